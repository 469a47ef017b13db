package dev.egov.benchmarks.validation;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical limit (L0): the form's 17 checks written by hand, calling the same model checks, returning
 * {@code "path: message"} strings. No reflection, no metadata, no interpolation.
 */
final class HandValidator {

  private HandValidator() {}

  static List<String> validate(Forms.EgovForm f) {
    List<String> out = new ArrayList<>(4);
    String name = f.fullName();
    if (name == null || name.isBlank()) {
      out.add("fullName: must not be blank");
    } else if (name.length() > 100) {
      out.add("fullName: size must be between 0 and 100");
    }
    if (f.personalId() == null) {
      out.add("personalId: must not be null");
    } else {
      identifier(out, "personalId", PersonalIdNumber.check(f.personalId()), "personal identification number");
    }
    identifier(out, "taxCode", f.taxCode() == null ? null : TaxCode.check(f.taxCode()), "tax code");
    identifier(out, "taxIdentifier",
        f.taxIdentifier() == null ? null : TaxIdentifier.checkLenient(f.taxIdentifier()), "tax identifier");
    identifier(out, "phone", f.phone() == null ? null : PhoneNumber.checkLenient(f.phone()), "phone number");
    if (f.receivingAgency() == null) {
      out.add("receivingAgency: must not be null");
    } else {
      identifier(out, "receivingAgency", AgencyCode.check(f.receivingAgency()), "agency code");
    }
    if (f.procedure() == null) {
      out.add("procedure: must not be null");
    } else {
      identifier(out, "procedure", ProcedureCode.check(f.procedure()), "procedure code");
    }
    identifier(out, "dossier", f.dossier() == null ? null : DossierCode.check(f.dossier()), "dossier code");
    identifier(out, "socialInsurance",
        f.socialInsurance() == null ? null : SocialInsuranceNumber.check(f.socialInsurance()),
        "social-insurance number");
    identifier(out, "healthInsuranceCard",
        f.healthInsuranceCard() == null ? null : HealthInsuranceCardCode.check(f.healthInsuranceCard()),
        "health-insurance card code");
    String address = f.address();
    if (address == null || address.isBlank()) {
      out.add("address: must not be blank");
    } else if (address.length() > 200) {
      out.add("address: size must be between 0 and 200");
    }
    if (f.submittedOn() == null) {
      out.add("submittedOn: must not be null");
    }
    return out;
  }

  private static void identifier(List<String> out, String path, IdentifierCheck result, String kind) {
    if (result != null && result != IdentifierCheck.VALID) {
      out.add(path + ": must be a valid " + kind);
    }
  }
}
