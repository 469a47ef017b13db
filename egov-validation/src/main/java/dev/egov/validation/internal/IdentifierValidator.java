package dev.egov.validation.internal;

import dev.egov.model.id.Identifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.Strictness;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * The validator of every identifier constraint, on text ({@link OnText}, keyed by an {@link IdentifierKind} or a
 * composite type's check) and on parsed values ({@link OnValue}). {@code null} is valid (presence is {@code
 * @NotNull}'s business); the validator never throws. Hibernate Validator ties a service-loaded validator to one
 * annotation type, so each constraint has a subclass of each that reads its annotation ({@link
 * IdentifierValidators}).
 *
 * @param <A> the constraint
 * @param <T> the validated type
 */
abstract class IdentifierValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

  private static final IdentifierCheck[] REASONS = IdentifierCheck.values();

  private final ViolationCode[] codes = new ViolationCode[REASONS.length];
  private final String[] templates = new String[REASONS.length];
  private boolean customMessage;

  /** The level the constraint asks for. */
  Strictness strictness = Strictness.SEMANTIC;

  /**
   * Prepares codes and templates.
   *
   * @param annotation the constraint, whose default message is {@code {<annotation type>.message}}
   * @param codePrefix such as {@code TAX_CODE}
   * @param message the constraint's {@code message()}
   * @param strictness the constraint's {@code strictness()}, or {@link Strictness#SEMANTIC}
   */
  final void setUp(A annotation, String codePrefix, String message, Strictness strictness) {
    for (IdentifierCheck reason : REASONS) {
      String code = codePrefix + '.' + reason.name();
      codes[reason.ordinal()] = new ViolationCode(code);
      templates[reason.ordinal()] = Reporter.template(code);
    }
    customMessage = !message.equals('{' + annotation.annotationType().getName() + ".message}");
    this.strictness = strictness;
  }

  /** Reports {@code result} as a violation unless it is {@link IdentifierCheck#VALID}. */
  final boolean verdict(IdentifierCheck result, ConstraintValidatorContext context) {
    if (result == IdentifierCheck.VALID) {
      return true;
    }
    int i = result.ordinal();
    Reporter.report(context, codes[i], customMessage ? null : templates[i]);
    return false;
  }

  /**
   * An identifier constraint on text: the check of a kind, or of a composite type ({@code TaxIdentifier}). Each
   * subclass writes its own {@code isValid}, {@code text == null || verdict(checker.check(text, strictness), context)},
   * so that the call of the checker is a call site of its own: it sees one checker (two with lenient and strict uses
   * of the constraint), and the JIT inlines the model's check there. Shared by all kinds, the call would see every
   * kind's checker and stay a virtual call.
   *
   * @param <A> the constraint
   */
  abstract static class OnText<A extends Annotation> extends IdentifierValidator<A, CharSequence> {

    /** The check, set from the annotation. */
    IdentifierKind.Checker checker = (text, level) -> {
      throw new IllegalStateException("not initialised");
    };

    /** Validates text as {@code kind}; the code prefix is the kind's name. */
    final void setUp(A annotation, IdentifierKind kind, String message, boolean lenient, Strictness strictness) {
      setUp(annotation, kind.name(), kind.checker(lenient), message, strictness);
    }

    /** Validates text with {@code checker}. */
    final void setUp(
        A annotation, String codePrefix, IdentifierKind.Checker checker, String message, Strictness strictness) {
      setUp(annotation, codePrefix, message, strictness);
      this.checker = checker;
    }
  }

  /**
   * An identifier constraint on a parsed value: what parsing may have relaxed. A value read from a non-standard form
   * fails a constraint that does not allow lenient forms, and a value verified at a lower {@link Strictness} than the
   * constraint asks for is checked again at that level.
   *
   * @param <A> the constraint
   * @param <T> the value type
   */
  abstract static class OnValue<A extends Annotation, T extends Identifier> extends IdentifierValidator<A, T> {

    private boolean lenient;

    /** Validates values; the code prefix is that of the constraint, not necessarily the value's kind. */
    final void setUp(A annotation, String codePrefix, String message, boolean lenient, Strictness strictness) {
      setUp(annotation, codePrefix, message, strictness);
      this.lenient = lenient;
    }

    @Override
    public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
      return value == null || verdict(check(value), context);
    }

    private IdentifierCheck check(T value) {
      if (!lenient && value.isLenient()) {
        return IdentifierCheck.NON_STANDARD_FORM;
      }
      return value.strictness().includes(strictness)
          ? IdentifierCheck.VALID
          : value.kind().checker(false).check(value.format(), strictness);
    }
  }
}
