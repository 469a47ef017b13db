package dev.egov.validation.internal;

import dev.egov.model.id.IdentifierCheck;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * Base of every identifier validator: a thin adapter over the model's {@code check}. {@code null} is valid (presence
 * is {@code @NotNull}'s business); the validator never throws.
 *
 * @param <A> the constraint
 * @param <T> the validated type
 */
abstract class IdentifierValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

  private static final IdentifierCheck[] REASONS = IdentifierCheck.values();

  private final ViolationCode[] codes = new ViolationCode[REASONS.length];
  private final String[] templates = new String[REASONS.length];
  private boolean customMessage;

  /**
   * Prepares codes and templates.
   *
   * @param codePrefix such as {@code TAX_CODE}
   * @param message the constraint's {@code message()}
   * @param defaultMessage the constraint's default message
   */
  final void setUp(String codePrefix, String message, String defaultMessage) {
    for (IdentifierCheck reason : REASONS) {
      String code = codePrefix + '.' + reason.name();
      codes[reason.ordinal()] = new ViolationCode(code);
      templates[reason.ordinal()] = Reporter.template(code);
    }
    customMessage = !message.equals(defaultMessage);
  }

  /** Checks a non-null value. Must not throw. */
  abstract IdentifierCheck check(T value);

  /**
   * Reports {@code result} as a violation unless it is {@link IdentifierCheck#VALID}. Each validator calls it from its
   * own {@code isValid}, so that the model's check is a direct call the JIT inlines there, not one virtual call shared
   * by every identifier kind.
   */
  final boolean verdict(IdentifierCheck result, ConstraintValidatorContext context) {
    if (result == IdentifierCheck.VALID) {
      return true;
    }
    int i = result.ordinal();
    Reporter.report(context, codes[i], customMessage ? null : templates[i]);
    return false;
  }
}
