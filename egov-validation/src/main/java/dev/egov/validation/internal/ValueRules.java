package dev.egov.validation.internal;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.Identifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.Strictness;
import dev.egov.model.id.TaxCode;

/**
 * Checks an already-parsed identifier against a constraint's demands: a value read from a non-standard form fails a
 * constraint that does not allow lenient forms, and a value verified at a lower {@link Strictness} than the
 * constraint asks for is checked again at that level.
 */
final class ValueRules {

  private ValueRules() {}

  static IdentifierCheck check(Identifier value, boolean lenientAllowed, Strictness required) {
    if (!lenientAllowed && isLenient(value)) {
      return IdentifierCheck.NON_STANDARD_FORM;
    }
    if (value instanceof TaxCode) {
      TaxCode code = (TaxCode) value;
      return code.strictness().includes(required) ? IdentifierCheck.VALID : TaxCode.check(code.format(), required);
    }
    if (value instanceof BranchTaxCode) {
      BranchTaxCode code = (BranchTaxCode) value;
      return code.strictness().includes(required)
          ? IdentifierCheck.VALID
          : BranchTaxCode.check(code.format(), required);
    }
    if (value instanceof PhoneNumber) {
      PhoneNumber phone = (PhoneNumber) value;
      return phone.strictness().includes(required) ? IdentifierCheck.VALID : PhoneNumber.check(phone.format(), required);
    }
    return IdentifierCheck.VALID;
  }

  private static boolean isLenient(Identifier value) {
    if (value instanceof TaxCode) {
      return ((TaxCode) value).isLenient();
    }
    if (value instanceof BranchTaxCode) {
      return ((BranchTaxCode) value).isLenient();
    }
    if (value instanceof HealthInsuranceCardCode) {
      return ((HealthInsuranceCardCode) value).isLenient();
    }
    if (value instanceof AgencyCode) {
      return ((AgencyCode) value).isLenient();
    }
    if (value instanceof ProcedureCode) {
      return ((ProcedureCode) value).isLenient();
    }
    if (value instanceof DossierCode) {
      return ((DossierCode) value).isLenient();
    }
    if (value instanceof PhoneNumber) {
      return ((PhoneNumber) value).isLenient();
    }
    return false;
  }
}
