package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.TaxCode;
import dev.egov.model.id.Strictness;
import dev.egov.validation.internal.IdentifierValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link TaxCode} must be a valid tax code (mã số thuế): 10 digits with a valid check digit and a sequence that is not all zeros.
 *
 * <p>A thin adapter over {@link TaxCode#check}: the rules live in egov-model, once. {@code null} is valid; add
 * {@code @NotNull} to require a value. A violation's code is {@code TAX_CODE.<reason>}, the {@link
 * dev.egov.model.id.IdentifierCheck} that failed (such as {@code TAX_CODE.WRONG_LENGTH}), and its message says which
 * rule failed, in Vietnamese or English (see {@link dev.egov.validation.EgovValidation}). On a {@link TaxCode} value,
 * the constraint checks what parsing may have relaxed: a value read from a non-standard form, or verified at a lower strictness, is
 * reported.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidTaxCode String taxCode) {}
 * }</pre>
 *
 * @since 0.1.0
 */
// validatedBy names classes of a non-exported package: only the Bean Validation provider reflects on them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {IdentifierValidators.TaxCodeOfText.class, IdentifierValidators.TaxCodeOfValue.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidTaxCode.List.class)
public @interface ValidTaxCode {

  /**
   * The message template, used for every reason. By default each reason has its own message.
   *
   * @return the template
   */
  String message() default "{dev.egov.validation.constraints.ValidTaxCode.message}";

  /**
   * The groups the constraint belongs to.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload, for clients of the Bean Validation API.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Whether forms seen in real data but not normative are accepted (see {@code parseLenient} of the identifier type).
   *
   * @return {@code false} by default: only the standard form is valid
   */
  boolean lenient() default false;

  /**
   * How deeply to check.
   *
   * @return {@link Strictness#SEMANTIC} by default
   */
  Strictness strictness() default Strictness.SEMANTIC;

  /**
   * Several {@link ValidTaxCode} constraints on the same element.
   *
   * @since 0.1.0
   */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidTaxCode[] value();
  }
}
