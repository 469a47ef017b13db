package dev.egov.benchmarks.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

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
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The baseline (L1) twins of egov's identifier constraints: plain Hibernate Validator constraints whose validators
 * call the same model check and answer valid or not, with one literal default message, no dynamic payload, no
 * per-reason template and no egov interpolator. What a user would write without egov, calling egov-model directly.
 */
public final class BareConstraints {

  private BareConstraints() {}

  /** Bare twin of egov's constraint for a personal identification number: {@code PersonalIdNumber.check(text) == VALID}. */
  @Constraint(validatedBy = BarePersonalIdValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BarePersonalId {
    String message() default "must be a valid personal identification number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BarePersonalId}. */
  public static final class BarePersonalIdValidator implements ConstraintValidator<BarePersonalId, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || PersonalIdNumber.check(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a tax code: {@code TaxCode.check(text) == VALID}. */
  @Constraint(validatedBy = BareTaxCodeValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BareTaxCode {
    String message() default "must be a valid tax code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BareTaxCode}. */
  public static final class BareTaxCodeValidator implements ConstraintValidator<BareTaxCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || TaxCode.check(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a tax identifier: {@code TaxIdentifier.checkLenient(text) == VALID}. */
  @Constraint(validatedBy = BareTaxIdentifierLenientValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BareTaxIdentifierLenient {
    String message() default "must be a valid tax identifier";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BareTaxIdentifierLenient}. */
  public static final class BareTaxIdentifierLenientValidator implements ConstraintValidator<BareTaxIdentifierLenient, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || TaxIdentifier.checkLenient(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a phone number: {@code PhoneNumber.checkLenient(text) == VALID}. */
  @Constraint(validatedBy = BarePhoneNumberLenientValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BarePhoneNumberLenient {
    String message() default "must be a valid phone number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BarePhoneNumberLenient}. */
  public static final class BarePhoneNumberLenientValidator implements ConstraintValidator<BarePhoneNumberLenient, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || PhoneNumber.checkLenient(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a agency code: {@code AgencyCode.check(text) == VALID}. */
  @Constraint(validatedBy = BareAgencyCodeValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BareAgencyCode {
    String message() default "must be a valid agency code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BareAgencyCode}. */
  public static final class BareAgencyCodeValidator implements ConstraintValidator<BareAgencyCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || AgencyCode.check(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a procedure code: {@code ProcedureCode.check(text) == VALID}. */
  @Constraint(validatedBy = BareProcedureCodeValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BareProcedureCode {
    String message() default "must be a valid procedure code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BareProcedureCode}. */
  public static final class BareProcedureCodeValidator implements ConstraintValidator<BareProcedureCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || ProcedureCode.check(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a dossier code: {@code DossierCode.check(text) == VALID}. */
  @Constraint(validatedBy = BareDossierCodeValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BareDossierCode {
    String message() default "must be a valid dossier code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BareDossierCode}. */
  public static final class BareDossierCodeValidator implements ConstraintValidator<BareDossierCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || DossierCode.check(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a social-insurance number: {@code SocialInsuranceNumber.check(text) == VALID}. */
  @Constraint(validatedBy = BareSocialInsuranceNumberValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BareSocialInsuranceNumber {
    String message() default "must be a valid social-insurance number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BareSocialInsuranceNumber}. */
  public static final class BareSocialInsuranceNumberValidator implements ConstraintValidator<BareSocialInsuranceNumber, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || SocialInsuranceNumber.check(value) == IdentifierCheck.VALID;
    }
  }

  /** Bare twin of egov's constraint for a health-insurance card code: {@code HealthInsuranceCardCode.check(text) == VALID}. */
  @Constraint(validatedBy = BareHealthInsuranceCardCodeValidator.class)
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface BareHealthInsuranceCardCode {
    String message() default "must be a valid health-insurance card code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link BareHealthInsuranceCardCode}. */
  public static final class BareHealthInsuranceCardCodeValidator implements ConstraintValidator<BareHealthInsuranceCardCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || HealthInsuranceCardCode.check(value) == IdentifierCheck.VALID;
    }
  }

}
