package dev.egov.fakes.generators;

import dev.egov.model.address.Address;
import dev.egov.model.code.OpenCode;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.FinancialObligation;
import dev.egov.model.dossier.Representative;
import dev.egov.model.dossier.StatusChange;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.Identifier;
import dev.egov.model.organisation.LegalRepresentative;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.HouseholdHead;
import dev.egov.model.person.PersonName;
import dev.egov.model.person.Relative;
import dev.egov.model.result.Result;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.EgovValidationOptions;
import dev.egov.validation.Violation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Test helpers over generated records: validation, and a canonical text of every field. {@code toString()} of the
 * records masks personal data, so golden hashes and failure messages use {@link #render} instead.
 */
final class Records {

  /** Validates with egov's rules and the communes' catalogue, as {@code SyntheticCommunes} names it. */
  private static final Validator WITH_COMMUNES = EgovValidation.validator(
      Locale.ENGLISH, EgovValidationOptions.defaults().withCommuneCatalog(SyntheticCommunes.catalog()));

  private Records() {}

  /**
   * Returns the violations of the default validation (which checks addresses against the built-in catalogue of
   * administrative units) and of validation with the catalogue {@code SyntheticCommunes} names, the same one.
   */
  static List<Violation> violations(Object record) {
    List<Violation> plain = EgovValidation.validate(record, Locale.ENGLISH);
    return plain.isEmpty() ? Violation.listOf(WITH_COMMUNES.validate(record)) : plain;
  }

  static String render(Citizen c) {
    return String.join("|", id(c.personalId()), id(c.legacyIdCard()), name(c.name()), c.sex().name(),
        c.birthDate().format(), code(c.ethnicity()), code(c.religion()), code(c.nationality()),
        code(c.maritalStatus()), code(c.bloodGroup()), address(c.birthRegistrationPlace()), address(c.homeTown()),
        address(c.permanentResidence()), address(c.currentResidence()), relative(c.father()), relative(c.mother()),
        relative(c.spouse()), relative(c.representative()), head(c.householdHead()), text(c.householdBookNumber()),
        text(c.email()), text(c.phone()), id(c.taxIdentifier()), id(c.socialInsuranceNumber()),
        String.valueOf(c.dataQualityFlags()));
  }

  static String render(Organisation o) {
    LegalRepresentative r = o.legalRepresentative();
    return String.join("|", String.valueOf(o.kind()), o.taxIdentifier().kind().name(), o.taxIdentifier().format(),
        o.name(),
        text(o.foreignName()), text(o.shortName()), address(o.address()),
        r == null ? "-" : name(r.name()) + '/' + text(r.position()) + '/' + id(r.personalId()));
  }

  static String render(Dossier d) {
    StringBuilder out = new StringBuilder(512);
    out.append(d.code().format()).append('|').append(d.procedure().code().format())
        .append('|').append(text(d.processingAgencyName()))
        .append('|').append(applicant(d.applicant()))
        .append('|').append(representative(d.representative()))
        .append('|').append(code(d.channel())).append('|').append(code(d.onlineLevel()))
        .append('|').append(text(d.summary()))
        .append('|').append(code(d.status()))
        .append('|').append(instant(d.submittedAt())).append('|').append(instant(d.receivedAt()))
        .append('|').append(instant(d.dueAt())).append('|').append(instant(d.finishedAt()))
        .append('|').append(instant(d.returnedAt())).append('|').append(instant(d.refusedAt()));
    for (StatusChange change : d.statusHistory()) {
      out.append("|h:").append(change.status().code()).append('@').append(change.at()).append(':')
          .append(text(change.note()));
    }
    out.append("|steps:").append(d.steps().size());
    for (SubmittedDocument doc : d.submittedDocuments()) {
      out.append("|doc:").append(doc.name()).append(',').append(text(doc.downloadUrl())).append(',')
          .append(doc.digitised()).append(',').append(doc.reused()).append(',').append(doc.fromDataRepository());
    }
    for (Fee fee : d.fees()) {
      out.append("|fee:").append(fee.name()).append(',').append(fee.amount());
    }
    out.append('|').append(code(d.onlinePayment()));
    for (SupplementRequest s : d.supplements()) {
      out.append("|sup:").append(s.requestedAt()).append(',').append(instant(s.resubmittedAt())).append(',')
          .append(instant(s.dueBefore())).append(',').append(instant(s.dueAfter())).append(',').append(text(s.content()));
    }
    for (FinancialObligation f : d.financialObligations()) {
      out.append("|fin:").append(f.requestedAt()).append(',').append(instant(f.fulfilledAt())).append(',')
          .append(instant(f.dueBefore())).append(',').append(instant(f.dueAfter()));
    }
    for (DossierResultDocument r : d.results()) {
      out.append("|res:").append(r.name()).append(',').append(text(r.documentId())).append(',')
          .append(text(r.downloadUrl())).append(',').append(text(r.resultCode()));
    }
    out.append('|').append(code(d.resultDelivery())).append('|').append(d.hasDigitisedComponents())
        .append('|').append(d.vneidVerified()).append('|').append(d.nationalDatabases());
    return out.toString();
  }

  static String render(Result r) {
    return String.join("|", r.code(), text(r.number()), r.name(), id(r.issuingAgency()), text(r.issuingAgencyName()),
        text(r.signer()), r.issuedOn().toString(), String.valueOf(r.validFrom()), String.valueOf(r.validUntil()),
        text(r.link()), id(r.dossier()), code(r.holder().type()), r.holder().name(), id(r.holder().personalId()),
        id(r.holder().legacyIdCard()), id(r.holder().taxIdentifier()));
  }

  private static String applicant(Applicant a) {
    StringBuilder out = new StringBuilder();
    out.append(code(a.type())).append(',').append(a.name()).append(',').append(text(a.documentNumber()));
    for (ApplicantIdentifier id : a.identifiers()) {
      out.append(',').append(code(id.type())).append(':').append(id.number());
    }
    return out.append(',').append(text(a.portalAccountId())).append(',').append(text(a.email())).append(',')
        .append(text(a.phone())).append(',').append(address(a.address())).toString();
  }

  private static String representative(@Nullable Representative r) {
    return r == null ? "-" : name(r.name()) + ',' + id(r.personalId()) + ',' + text(r.phone()) + ',' + text(r.capacity());
  }

  static String address(@Nullable Address a) {
    return a == null ? "-" : a.era() + ":" + text(a.provinceCode()) + '/' + text(a.provinceName()) + '/'
        + text(a.districtCode()) + '/' + text(a.districtName()) + '/' + text(a.communeCode()) + '/'
        + text(a.communeName()) + '/' + text(a.detail()) + '/' + text(a.country());
  }

  private static String relative(@Nullable Relative r) {
    return r == null ? "-" : name(r.name()) + ',' + code(r.nationality()) + ',' + id(r.personalId());
  }

  private static String head(@Nullable HouseholdHead h) {
    return h == null ? "-" : code(h.relation()) + ',' + name(h.name()) + ',' + id(h.personalId());
  }

  static String name(PersonName name) {
    return name.family() + '/' + name.middle() + '/' + name.given();
  }

  private static String id(@Nullable Identifier id) {
    return id == null ? "-" : id.format();
  }

  private static String code(@Nullable OpenCode code) {
    return code == null ? "-" : code.code();
  }

  private static String text(@Nullable String text) {
    return text == null ? "-" : text;
  }

  private static String instant(@Nullable Instant instant) {
    return instant == null ? "-" : instant.toString();
  }
}
