package dev.egov.validation.internal;

import dev.egov.model.address.Address;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.ConsistentDossier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxIdentifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link ConsistentDossier}. */
public final class ConsistentDossierValidator implements ConstraintValidator<ConsistentDossier, Dossier> {

  @Override
  public boolean isValid(@Nullable Dossier dossier, ConstraintValidatorContext context) {
    if (dossier == null) {
      return true;
    }
    boolean valid = true;
    Instant received = dossier.receivedAt();
    if (received != null && dossier.dueAt() != null && dossier.dueAt().isBefore(received)) {
      RecordRules.violation(context, "DOSSIER.DUE_BEFORE_RECEIPT").addPropertyNode("dueAt").addConstraintViolation();
      valid = false;
    }
    if (received != null && dossier.finishedAt() != null && dossier.finishedAt().isBefore(received)) {
      RecordRules.violation(context, "DOSSIER.FINISHED_BEFORE_RECEIPT")
          .addPropertyNode("finishedAt")
          .addConstraintViolation();
      valid = false;
    }
    List<SupplementRequest> supplements = dossier.supplements();
    for (int i = 0; i < supplements.size(); i++) {
      SupplementRequest s = supplements.get(i);
      if (s.dueBefore() != null && s.dueAfter() != null && s.dueAfter().isBefore(s.dueBefore())) {
        RecordRules.violation(context, "DOSSIER.SUPPLEMENT_DUE_MOVED_BACK")
            .addPropertyNode("supplements")
            .addPropertyNode("dueAfter").inIterable().atIndex(i)
            .addConstraintViolation();
        valid = false;
      }
    }
    if (!applicantIdentifiersFit(dossier.applicant())) {
      RecordRules.violation(context, "DOSSIER.APPLICANT_ID_MISMATCH")
          .addPropertyNode("applicant")
          .addConstraintViolation();
      valid = false;
    }
    Address address = dossier.applicant().address();
    if (address != null && address.provinceCode() != null && !provinceInForce(address, referenceDate(dossier))) {
      RecordRules.violation(context, "DOSSIER.PROVINCE_NOT_IN_FORCE")
          .addPropertyNode("applicant")
          .addPropertyNode("address")
          .addPropertyNode("provinceCode")
          .addConstraintViolation();
      valid = false;
    }
    return valid;
  }

  /** A citizen's numbers are personal IDs or old card numbers; an enterprise's document number a tax identifier. */
  private static boolean applicantIdentifiersFit(Applicant applicant) {
    ApplicantType type = applicant.type();
    String document = applicant.documentNumber();
    if (type == ApplicantType.CITIZEN) {
      for (ApplicantIdentifier id : applicant.identifiers()) {
        boolean fits = id.type() == IdDocumentType.PERSONAL_ID
            ? PersonalIdNumber.check(id.number()).isValid()
            : id.type() != IdDocumentType.LEGACY_ID_CARD || id.number().length() == 9
                && LegacyIdCardNumber.check(id.number()).isValid();
        if (!fits) {
          return false;
        }
      }
      return document == null
          || PersonalIdNumber.check(document).isValid()
          || LegacyIdCardNumber.check(document).isValid();
    }
    if (type == ApplicantType.ENTERPRISE) {
      return document == null || TaxIdentifier.checkLenient(document).isValid();
    }
    return true;
  }

  private static LocalDate referenceDate(Dossier dossier) {
    Instant at = dossier.receivedAt() != null ? dossier.receivedAt() : dossier.submittedAt();
    return at != null ? LocalDate.ofInstant(at, WorkingCalendar.VIETNAM) : dossier.code().receiptDate();
  }

  /** The address's era is the one in force; whether its code exists there is the address's own rule. */
  private static boolean provinceInForce(Address address, LocalDate date) {
    return address.era() == AdministrativeEra.asOf(date);
  }
}
