package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.validation.internal.IdentifierValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link HealthInsuranceIdentifier} must be a valid health-insurance identifier (mã bảo hiểm y tế): a health-insurance card code, a social-insurance number or a personal identification number.
 *
 * <p>A thin adapter over {@link HealthInsuranceIdentifier#check}: the rules live in egov-model, once. {@code null} is valid; add
 * {@code @NotNull} to require a value. A violation's code is {@code HEALTH_INSURANCE_IDENTIFIER.<reason>}, the {@link
 * dev.egov.model.id.IdentifierCheck} that failed (such as {@code HEALTH_INSURANCE_IDENTIFIER.WRONG_LENGTH}), and its message says which
 * rule failed, in Vietnamese or English (see {@link dev.egov.validation.EgovValidation}). On a {@link HealthInsuranceIdentifier} value,
 * the constraint checks what parsing may have relaxed: a value read from a non-standard form is
 * reported.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidHealthInsuranceIdentifier String healthInsurance) {}
 * }</pre>
 *
 * @since 0.1.0
 */
// validatedBy names classes of a non-exported package: only the Bean Validation provider reflects on them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {IdentifierValidators.HealthInsuranceIdentifierOfText.class, IdentifierValidators.HealthInsuranceIdentifierOfValue.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidHealthInsuranceIdentifier.List.class)
public @interface ValidHealthInsuranceIdentifier {

  /**
   * The message template, used for every reason. By default each reason has its own message.
   *
   * @return the template
   */
  String message() default "{dev.egov.validation.constraints.ValidHealthInsuranceIdentifier.message}";

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
   * Several {@link ValidHealthInsuranceIdentifier} constraints on the same element.
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
    ValidHealthInsuranceIdentifier[] value();
  }
}
