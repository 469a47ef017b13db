package dev.egov.validation.internal;

import dev.egov.validation.EgovValidationOptions;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Shared by the validators of the record rules: options and violation building. */
final class RecordRules {

  private RecordRules() {}

  /** Returns the options the validator factory or validator was configured with, or the defaults. */
  static EgovValidationOptions options(ConstraintValidatorContext context) {
    EgovValidationOptions options = context.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(EgovValidationOptions.class);
    return options != null ? options : EgovValidationOptions.defaults();
  }

  /** Starts a violation with the message of {@code code}; the caller adds the path. */
  static ConstraintValidatorContext.ConstraintViolationBuilder violation(
      ConstraintValidatorContext context, String code) {
    context.disableDefaultConstraintViolation();
    return context.buildConstraintViolationWithTemplate(Reporter.template(code));
  }
}
