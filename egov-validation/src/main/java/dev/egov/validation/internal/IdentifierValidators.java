package dev.egov.validation.internal;

import static dev.egov.model.id.IdentifierKind.AGENCY_CODE;
import static dev.egov.model.id.IdentifierKind.BRANCH_TAX_CODE;
import static dev.egov.model.id.IdentifierKind.DOSSIER_CODE;
import static dev.egov.model.id.IdentifierKind.HEALTH_INSURANCE_CARD;
import static dev.egov.model.id.IdentifierKind.LEGACY_ID_CARD;
import static dev.egov.model.id.IdentifierKind.PERSONAL_ID;
import static dev.egov.model.id.IdentifierKind.PHONE_NUMBER;
import static dev.egov.model.id.IdentifierKind.PROCEDURE_CODE;
import static dev.egov.model.id.IdentifierKind.SOCIAL_INSURANCE_NUMBER;
import static dev.egov.model.id.IdentifierKind.TAX_CODE;
import static dev.egov.model.id.Strictness.SEMANTIC;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
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
import dev.egov.validation.internal.IdentifierValidator.OnText;
import dev.egov.validation.internal.IdentifierValidator.OnValue;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validators of the identifier constraints in {@code dev.egov.validation.constraints}, one on text and one on the
 * value type for each: subclasses of {@link IdentifierValidator.OnText} and {@link IdentifierValidator.OnValue} that
 * read their annotation (and, on text, call the check from an {@code isValid} of their own: see {@link
 * IdentifierValidator.OnText}), registered in {@code META-INF/services/jakarta.validation.ConstraintValidator} and in
 * the module descriptor.
 */
public final class IdentifierValidators {

  private static final IdentifierKind.Checker TAX_IDENTIFIER = (text, level) -> TaxIdentifier.check(text);
  private static final IdentifierKind.Checker TAX_IDENTIFIER_LENIENT =
      (text, level) -> TaxIdentifier.checkLenient(text);
  private static final IdentifierKind.Checker HEALTH_INSURANCE_IDENTIFIER =
      (text, level) -> HealthInsuranceIdentifier.check(text);
  private static final IdentifierKind.Checker HEALTH_INSURANCE_IDENTIFIER_LENIENT =
      (text, level) -> HealthInsuranceIdentifier.checkLenient(text);

  private IdentifierValidators() {}

  /** {@link ValidPersonalIdNumber} on text. */
  public static final class PersonalIdNumberOfText extends OnText<ValidPersonalIdNumber> {
    @Override
    public void initialize(ValidPersonalIdNumber a) {
      setUp(a, PERSONAL_ID, a.message(), false, SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidPersonalIdNumber} on a {@link PersonalIdNumber}. */
  public static final class PersonalIdNumberOfValue extends OnValue<ValidPersonalIdNumber, PersonalIdNumber> {
    @Override
    public void initialize(ValidPersonalIdNumber a) {
      setUp(a, PERSONAL_ID.name(), a.message(), false, SEMANTIC);
    }
  }

  /** {@link ValidLegacyIdCardNumber} on text. */
  public static final class LegacyIdCardNumberOfText extends OnText<ValidLegacyIdCardNumber> {
    @Override
    public void initialize(ValidLegacyIdCardNumber a) {
      setUp(a, LEGACY_ID_CARD, a.message(), false, SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidLegacyIdCardNumber} on a {@link LegacyIdCardNumber}. */
  public static final class LegacyIdCardNumberOfValue extends OnValue<ValidLegacyIdCardNumber, LegacyIdCardNumber> {
    @Override
    public void initialize(ValidLegacyIdCardNumber a) {
      setUp(a, LEGACY_ID_CARD.name(), a.message(), false, SEMANTIC);
    }
  }

  /** {@link ValidTaxCode} on text. */
  public static final class TaxCodeOfText extends OnText<ValidTaxCode> {
    @Override
    public void initialize(ValidTaxCode a) {
      setUp(a, TAX_CODE, a.message(), a.lenient(), a.strictness());
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidTaxCode} on a {@link TaxCode}. */
  public static final class TaxCodeOfValue extends OnValue<ValidTaxCode, TaxCode> {
    @Override
    public void initialize(ValidTaxCode a) {
      setUp(a, TAX_CODE.name(), a.message(), a.lenient(), a.strictness());
    }
  }

  /** {@link ValidBranchTaxCode} on text. */
  public static final class BranchTaxCodeOfText extends OnText<ValidBranchTaxCode> {
    @Override
    public void initialize(ValidBranchTaxCode a) {
      setUp(a, BRANCH_TAX_CODE, a.message(), a.lenient(), a.strictness());
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidBranchTaxCode} on a {@link BranchTaxCode}. */
  public static final class BranchTaxCodeOfValue extends OnValue<ValidBranchTaxCode, BranchTaxCode> {
    @Override
    public void initialize(ValidBranchTaxCode a) {
      setUp(a, BRANCH_TAX_CODE.name(), a.message(), a.lenient(), a.strictness());
    }
  }

  /** {@link ValidTaxIdentifier} on text. */
  public static final class TaxIdentifierOfText extends OnText<ValidTaxIdentifier> {
    @Override
    public void initialize(ValidTaxIdentifier a) {
      setUp(a, "TAX_IDENTIFIER", a.lenient() ? TAX_IDENTIFIER_LENIENT : TAX_IDENTIFIER, a.message(), SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidTaxIdentifier} on a {@link TaxIdentifier}. */
  public static final class TaxIdentifierOfValue extends OnValue<ValidTaxIdentifier, TaxIdentifier> {
    @Override
    public void initialize(ValidTaxIdentifier a) {
      setUp(a, "TAX_IDENTIFIER", a.message(), a.lenient(), SEMANTIC);
    }
  }

  /** {@link ValidSocialInsuranceNumber} on text. */
  public static final class SocialInsuranceNumberOfText extends OnText<ValidSocialInsuranceNumber> {
    @Override
    public void initialize(ValidSocialInsuranceNumber a) {
      setUp(a, SOCIAL_INSURANCE_NUMBER, a.message(), false, SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidSocialInsuranceNumber} on a {@link SocialInsuranceNumber}. */
  public static final class SocialInsuranceNumberOfValue
      extends OnValue<ValidSocialInsuranceNumber, SocialInsuranceNumber> {
    @Override
    public void initialize(ValidSocialInsuranceNumber a) {
      setUp(a, SOCIAL_INSURANCE_NUMBER.name(), a.message(), false, SEMANTIC);
    }
  }

  /** {@link ValidHealthInsuranceCardCode} on text. */
  public static final class HealthInsuranceCardCodeOfText extends OnText<ValidHealthInsuranceCardCode> {
    @Override
    public void initialize(ValidHealthInsuranceCardCode a) {
      setUp(a, HEALTH_INSURANCE_CARD, a.message(), a.lenient(), SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidHealthInsuranceCardCode} on a {@link HealthInsuranceCardCode}. */
  public static final class HealthInsuranceCardCodeOfValue
      extends OnValue<ValidHealthInsuranceCardCode, HealthInsuranceCardCode> {
    @Override
    public void initialize(ValidHealthInsuranceCardCode a) {
      setUp(a, HEALTH_INSURANCE_CARD.name(), a.message(), a.lenient(), SEMANTIC);
    }
  }

  /** {@link ValidHealthInsuranceIdentifier} on text. */
  public static final class HealthInsuranceIdentifierOfText extends OnText<ValidHealthInsuranceIdentifier> {
    @Override
    public void initialize(ValidHealthInsuranceIdentifier a) {
      setUp(a, "HEALTH_INSURANCE_IDENTIFIER",
          a.lenient() ? HEALTH_INSURANCE_IDENTIFIER_LENIENT : HEALTH_INSURANCE_IDENTIFIER, a.message(), SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidHealthInsuranceIdentifier} on a {@link HealthInsuranceIdentifier}. */
  public static final class HealthInsuranceIdentifierOfValue
      extends OnValue<ValidHealthInsuranceIdentifier, HealthInsuranceIdentifier> {
    @Override
    public void initialize(ValidHealthInsuranceIdentifier a) {
      setUp(a, "HEALTH_INSURANCE_IDENTIFIER", a.message(), a.lenient(), SEMANTIC);
    }
  }

  /** {@link ValidAgencyCode} on text. */
  public static final class AgencyCodeOfText extends OnText<ValidAgencyCode> {
    @Override
    public void initialize(ValidAgencyCode a) {
      setUp(a, AGENCY_CODE, a.message(), a.lenient(), SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidAgencyCode} on a {@link AgencyCode}. */
  public static final class AgencyCodeOfValue extends OnValue<ValidAgencyCode, AgencyCode> {
    @Override
    public void initialize(ValidAgencyCode a) {
      setUp(a, AGENCY_CODE.name(), a.message(), a.lenient(), SEMANTIC);
    }
  }

  /** {@link ValidProcedureCode} on text. */
  public static final class ProcedureCodeOfText extends OnText<ValidProcedureCode> {
    @Override
    public void initialize(ValidProcedureCode a) {
      setUp(a, PROCEDURE_CODE, a.message(), a.lenient(), SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidProcedureCode} on a {@link ProcedureCode}. */
  public static final class ProcedureCodeOfValue extends OnValue<ValidProcedureCode, ProcedureCode> {
    @Override
    public void initialize(ValidProcedureCode a) {
      setUp(a, PROCEDURE_CODE.name(), a.message(), a.lenient(), SEMANTIC);
    }
  }

  /** {@link ValidDossierCode} on text. */
  public static final class DossierCodeOfText extends OnText<ValidDossierCode> {
    @Override
    public void initialize(ValidDossierCode a) {
      setUp(a, DOSSIER_CODE, a.message(), a.lenient(), SEMANTIC);
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidDossierCode} on a {@link DossierCode}. */
  public static final class DossierCodeOfValue extends OnValue<ValidDossierCode, DossierCode> {
    @Override
    public void initialize(ValidDossierCode a) {
      setUp(a, DOSSIER_CODE.name(), a.message(), a.lenient(), SEMANTIC);
    }
  }

  /** {@link ValidPhoneNumber} on text. */
  public static final class PhoneNumberOfText extends OnText<ValidPhoneNumber> {
    @Override
    public void initialize(ValidPhoneNumber a) {
      setUp(a, PHONE_NUMBER, a.message(), a.lenient(), a.strictness());
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || verdict(checker.check(text, strictness), context);
    }
  }

  /** {@link ValidPhoneNumber} on a {@link PhoneNumber}. */
  public static final class PhoneNumberOfValue extends OnValue<ValidPhoneNumber, PhoneNumber> {
    @Override
    public void initialize(ValidPhoneNumber a) {
      setUp(a, PHONE_NUMBER.name(), a.message(), a.lenient(), a.strictness());
    }
  }
}
