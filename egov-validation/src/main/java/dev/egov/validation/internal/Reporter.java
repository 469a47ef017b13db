package dev.egov.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Reports one violation with a stable code and, unless the constraint declares a message of its own, the message
 * template of that code: {@code {dev.egov.validation.<CODE>}}.
 *
 * <p>Codes and templates are built once per code, never per violation: the invalid path of a validation must cost
 * no more than a plain constraint's.
 */
final class Reporter {

  static final String TEMPLATE_PREFIX = "dev.egov.validation.";

  private Reporter() {}

  /** Returns the template of {@code code}, such as {@code {dev.egov.validation.TAX_CODE.INVALID_CHECKSUM}}. */
  static String template(String code) {
    return '{' + TEMPLATE_PREFIX + code + '}';
  }

  /**
   * Reports a violation.
   *
   * @param context the validator's context
   * @param code the code
   * @param template the code's message template, or {@code null} to keep the constraint's own message
   */
  static void report(ConstraintValidatorContext context, ViolationCode code, @Nullable String template) {
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code);
    if (template != null) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }
  }

  /** As {@link #report(ConstraintValidatorContext, ViolationCode, String)}, on a named property of the bean. */
  static void reportOnProperty(
      ConstraintValidatorContext context, ViolationCode code, @Nullable String template, String property) {
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code);
    context.disableDefaultConstraintViolation();
    ConstraintValidatorContext.ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(
            template != null ? template : context.getDefaultConstraintMessageTemplate());
    if (property.isEmpty()) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
  }
}
