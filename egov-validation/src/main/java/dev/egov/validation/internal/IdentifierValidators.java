package dev.egov.validation.internal;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.Strictness;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.validation.constraints.ValidAgencyCode;
import dev.egov.validation.constraints.ValidBranchTaxCode;
import dev.egov.validation.constraints.ValidDossierCode;
import dev.egov.validation.constraints.ValidHealthInsuranceCardCode;
import dev.egov.validation.constraints.ValidHealthInsuranceIdentifier;
import dev.egov.validation.constraints.ValidLegacyIdCardNumber;
import dev.egov.validation.constraints.ValidPersonalIdNumber;
import dev.egov.validation.constraints.ValidPhoneNumber;
import dev.egov.validation.constraints.ValidProcedureCode;
import dev.egov.validation.constraints.ValidSocialInsuranceNumber;
import dev.egov.validation.constraints.ValidTaxCode;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validators of the identifier constraints in {@code dev.egov.validation.constraints}: for each, one on text and
 * one on the parsed value type. Written from one table to stay uniform; each delegates to the model's checks.
 */
public final class IdentifierValidators {

  private IdentifierValidators() {}

  /** {@link ValidPersonalIdNumber} on text. */
  public static final class PersonalIdNumberOfText extends IdentifierValidator<ValidPersonalIdNumber, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    @Override
    public void initialize(ValidPersonalIdNumber a) {
      setUp("PERSONAL_ID", a.message(), "{dev.egov.validation.constraints.ValidPersonalIdNumber.message}");
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return PersonalIdNumber.check(value);
    }
  }

  /** {@link ValidPersonalIdNumber} on a parsed {@link PersonalIdNumber}. */
  public static final class PersonalIdNumberOfValue extends IdentifierValidator<ValidPersonalIdNumber, PersonalIdNumber> {
    @Override
    public boolean isValid(@Nullable PersonalIdNumber value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    @Override
    public void initialize(ValidPersonalIdNumber a) {
      setUp("PERSONAL_ID", a.message(), "{dev.egov.validation.constraints.ValidPersonalIdNumber.message}");
    }

    @Override
    IdentifierCheck check(PersonalIdNumber value) {
      return ValueRules.check(value, false, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidLegacyIdCardNumber} on text. */
  public static final class LegacyIdCardNumberOfText extends IdentifierValidator<ValidLegacyIdCardNumber, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    @Override
    public void initialize(ValidLegacyIdCardNumber a) {
      setUp("LEGACY_ID_CARD", a.message(), "{dev.egov.validation.constraints.ValidLegacyIdCardNumber.message}");
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return LegacyIdCardNumber.check(value);
    }
  }

  /** {@link ValidLegacyIdCardNumber} on a parsed {@link LegacyIdCardNumber}. */
  public static final class LegacyIdCardNumberOfValue extends IdentifierValidator<ValidLegacyIdCardNumber, LegacyIdCardNumber> {
    @Override
    public boolean isValid(@Nullable LegacyIdCardNumber value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    @Override
    public void initialize(ValidLegacyIdCardNumber a) {
      setUp("LEGACY_ID_CARD", a.message(), "{dev.egov.validation.constraints.ValidLegacyIdCardNumber.message}");
    }

    @Override
    IdentifierCheck check(LegacyIdCardNumber value) {
      return ValueRules.check(value, false, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidTaxCode} on text. */
  public static final class TaxCodeOfText extends IdentifierValidator<ValidTaxCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;
    private Strictness strictness = Strictness.SEMANTIC;

    @Override
    public void initialize(ValidTaxCode a) {
      setUp("TAX_CODE", a.message(), "{dev.egov.validation.constraints.ValidTaxCode.message}");
      lenient = a.lenient();
      strictness = a.strictness();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? TaxCode.checkLenient(value, strictness) : TaxCode.check(value, strictness);
    }
  }

  /** {@link ValidTaxCode} on a parsed {@link TaxCode}. */
  public static final class TaxCodeOfValue extends IdentifierValidator<ValidTaxCode, TaxCode> {
    @Override
    public boolean isValid(@Nullable TaxCode value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;
    private Strictness strictness = Strictness.SEMANTIC;

    @Override
    public void initialize(ValidTaxCode a) {
      setUp("TAX_CODE", a.message(), "{dev.egov.validation.constraints.ValidTaxCode.message}");
      lenient = a.lenient();
      strictness = a.strictness();
    }

    @Override
    IdentifierCheck check(TaxCode value) {
      return ValueRules.check(value, lenient, strictness);
    }
  }

  /** {@link ValidBranchTaxCode} on text. */
  public static final class BranchTaxCodeOfText extends IdentifierValidator<ValidBranchTaxCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;
    private Strictness strictness = Strictness.SEMANTIC;

    @Override
    public void initialize(ValidBranchTaxCode a) {
      setUp("BRANCH_TAX_CODE", a.message(), "{dev.egov.validation.constraints.ValidBranchTaxCode.message}");
      lenient = a.lenient();
      strictness = a.strictness();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? BranchTaxCode.checkLenient(value, strictness) : BranchTaxCode.check(value, strictness);
    }
  }

  /** {@link ValidBranchTaxCode} on a parsed {@link BranchTaxCode}. */
  public static final class BranchTaxCodeOfValue extends IdentifierValidator<ValidBranchTaxCode, BranchTaxCode> {
    @Override
    public boolean isValid(@Nullable BranchTaxCode value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;
    private Strictness strictness = Strictness.SEMANTIC;

    @Override
    public void initialize(ValidBranchTaxCode a) {
      setUp("BRANCH_TAX_CODE", a.message(), "{dev.egov.validation.constraints.ValidBranchTaxCode.message}");
      lenient = a.lenient();
      strictness = a.strictness();
    }

    @Override
    IdentifierCheck check(BranchTaxCode value) {
      return ValueRules.check(value, lenient, strictness);
    }
  }

  /** {@link ValidTaxIdentifier} on text. */
  public static final class TaxIdentifierOfText extends IdentifierValidator<ValidTaxIdentifier, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidTaxIdentifier a) {
      setUp("TAX_IDENTIFIER", a.message(), "{dev.egov.validation.constraints.ValidTaxIdentifier.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? TaxIdentifier.checkLenient(value) : TaxIdentifier.check(value);
    }
  }

  /** {@link ValidTaxIdentifier} on a parsed {@link TaxIdentifier}. */
  public static final class TaxIdentifierOfValue extends IdentifierValidator<ValidTaxIdentifier, TaxIdentifier> {
    @Override
    public boolean isValid(@Nullable TaxIdentifier value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidTaxIdentifier a) {
      setUp("TAX_IDENTIFIER", a.message(), "{dev.egov.validation.constraints.ValidTaxIdentifier.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(TaxIdentifier value) {
      return ValueRules.check(value, lenient, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidSocialInsuranceNumber} on text. */
  public static final class SocialInsuranceNumberOfText extends IdentifierValidator<ValidSocialInsuranceNumber, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    @Override
    public void initialize(ValidSocialInsuranceNumber a) {
      setUp("SOCIAL_INSURANCE_NUMBER", a.message(), "{dev.egov.validation.constraints.ValidSocialInsuranceNumber.message}");
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return SocialInsuranceNumber.check(value);
    }
  }

  /** {@link ValidSocialInsuranceNumber} on a parsed {@link SocialInsuranceNumber}. */
  public static final class SocialInsuranceNumberOfValue extends IdentifierValidator<ValidSocialInsuranceNumber, SocialInsuranceNumber> {
    @Override
    public boolean isValid(@Nullable SocialInsuranceNumber value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    @Override
    public void initialize(ValidSocialInsuranceNumber a) {
      setUp("SOCIAL_INSURANCE_NUMBER", a.message(), "{dev.egov.validation.constraints.ValidSocialInsuranceNumber.message}");
    }

    @Override
    IdentifierCheck check(SocialInsuranceNumber value) {
      return ValueRules.check(value, false, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidHealthInsuranceCardCode} on text. */
  public static final class HealthInsuranceCardCodeOfText extends IdentifierValidator<ValidHealthInsuranceCardCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidHealthInsuranceCardCode a) {
      setUp("HEALTH_INSURANCE_CARD", a.message(), "{dev.egov.validation.constraints.ValidHealthInsuranceCardCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? HealthInsuranceCardCode.checkLenient(value) : HealthInsuranceCardCode.check(value);
    }
  }

  /** {@link ValidHealthInsuranceCardCode} on a parsed {@link HealthInsuranceCardCode}. */
  public static final class HealthInsuranceCardCodeOfValue extends IdentifierValidator<ValidHealthInsuranceCardCode, HealthInsuranceCardCode> {
    @Override
    public boolean isValid(@Nullable HealthInsuranceCardCode value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidHealthInsuranceCardCode a) {
      setUp("HEALTH_INSURANCE_CARD", a.message(), "{dev.egov.validation.constraints.ValidHealthInsuranceCardCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(HealthInsuranceCardCode value) {
      return ValueRules.check(value, lenient, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidHealthInsuranceIdentifier} on text. */
  public static final class HealthInsuranceIdentifierOfText extends IdentifierValidator<ValidHealthInsuranceIdentifier, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidHealthInsuranceIdentifier a) {
      setUp("HEALTH_INSURANCE_IDENTIFIER", a.message(), "{dev.egov.validation.constraints.ValidHealthInsuranceIdentifier.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? HealthInsuranceIdentifier.checkLenient(value) : HealthInsuranceIdentifier.check(value);
    }
  }

  /** {@link ValidHealthInsuranceIdentifier} on a parsed {@link HealthInsuranceIdentifier}. */
  public static final class HealthInsuranceIdentifierOfValue extends IdentifierValidator<ValidHealthInsuranceIdentifier, HealthInsuranceIdentifier> {
    @Override
    public boolean isValid(@Nullable HealthInsuranceIdentifier value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidHealthInsuranceIdentifier a) {
      setUp("HEALTH_INSURANCE_IDENTIFIER", a.message(), "{dev.egov.validation.constraints.ValidHealthInsuranceIdentifier.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(HealthInsuranceIdentifier value) {
      return ValueRules.check(value, lenient, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidAgencyCode} on text. */
  public static final class AgencyCodeOfText extends IdentifierValidator<ValidAgencyCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidAgencyCode a) {
      setUp("AGENCY_CODE", a.message(), "{dev.egov.validation.constraints.ValidAgencyCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? AgencyCode.checkLenient(value) : AgencyCode.check(value);
    }
  }

  /** {@link ValidAgencyCode} on a parsed {@link AgencyCode}. */
  public static final class AgencyCodeOfValue extends IdentifierValidator<ValidAgencyCode, AgencyCode> {
    @Override
    public boolean isValid(@Nullable AgencyCode value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidAgencyCode a) {
      setUp("AGENCY_CODE", a.message(), "{dev.egov.validation.constraints.ValidAgencyCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(AgencyCode value) {
      return ValueRules.check(value, lenient, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidProcedureCode} on text. */
  public static final class ProcedureCodeOfText extends IdentifierValidator<ValidProcedureCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidProcedureCode a) {
      setUp("PROCEDURE_CODE", a.message(), "{dev.egov.validation.constraints.ValidProcedureCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? ProcedureCode.checkLenient(value) : ProcedureCode.check(value);
    }
  }

  /** {@link ValidProcedureCode} on a parsed {@link ProcedureCode}. */
  public static final class ProcedureCodeOfValue extends IdentifierValidator<ValidProcedureCode, ProcedureCode> {
    @Override
    public boolean isValid(@Nullable ProcedureCode value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidProcedureCode a) {
      setUp("PROCEDURE_CODE", a.message(), "{dev.egov.validation.constraints.ValidProcedureCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(ProcedureCode value) {
      return ValueRules.check(value, lenient, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidDossierCode} on text. */
  public static final class DossierCodeOfText extends IdentifierValidator<ValidDossierCode, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidDossierCode a) {
      setUp("DOSSIER_CODE", a.message(), "{dev.egov.validation.constraints.ValidDossierCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? DossierCode.checkLenient(value) : DossierCode.check(value);
    }
  }

  /** {@link ValidDossierCode} on a parsed {@link DossierCode}. */
  public static final class DossierCodeOfValue extends IdentifierValidator<ValidDossierCode, DossierCode> {
    @Override
    public boolean isValid(@Nullable DossierCode value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;

    @Override
    public void initialize(ValidDossierCode a) {
      setUp("DOSSIER_CODE", a.message(), "{dev.egov.validation.constraints.ValidDossierCode.message}");
      lenient = a.lenient();
    }

    @Override
    IdentifierCheck check(DossierCode value) {
      return ValueRules.check(value, lenient, Strictness.SEMANTIC);
    }
  }

  /** {@link ValidPhoneNumber} on text. */
  public static final class PhoneNumberOfText extends IdentifierValidator<ValidPhoneNumber, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;
    private Strictness strictness = Strictness.SEMANTIC;

    @Override
    public void initialize(ValidPhoneNumber a) {
      setUp("PHONE_NUMBER", a.message(), "{dev.egov.validation.constraints.ValidPhoneNumber.message}");
      lenient = a.lenient();
      strictness = a.strictness();
    }

    @Override
    IdentifierCheck check(CharSequence value) {
      return lenient ? PhoneNumber.checkLenient(value, strictness) : PhoneNumber.check(value, strictness);
    }
  }

  /** {@link ValidPhoneNumber} on a parsed {@link PhoneNumber}. */
  public static final class PhoneNumberOfValue extends IdentifierValidator<ValidPhoneNumber, PhoneNumber> {
    @Override
    public boolean isValid(@Nullable PhoneNumber value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private boolean lenient;
    private Strictness strictness = Strictness.SEMANTIC;

    @Override
    public void initialize(ValidPhoneNumber a) {
      setUp("PHONE_NUMBER", a.message(), "{dev.egov.validation.constraints.ValidPhoneNumber.message}");
      lenient = a.lenient();
      strictness = a.strictness();
    }

    @Override
    IdentifierCheck check(PhoneNumber value) {
      return ValueRules.check(value, lenient, strictness);
    }
  }
}
