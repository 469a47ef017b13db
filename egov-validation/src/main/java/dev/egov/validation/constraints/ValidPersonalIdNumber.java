package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.PersonalIdNumber;
import dev.egov.validation.internal.IdentifierValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link PersonalIdNumber} must be a valid personal identification number (số định danh cá nhân): 12 ASCII digits; there is no check digit (docs/identifiers.md, Personal identification number).
 *
 * <p>A thin adapter over {@link PersonalIdNumber#check}: the rules live in egov-model, once. {@code null} is valid; add
 * {@code @NotNull} to require a value. A violation's code is {@code PERSONAL_ID.<reason>}, the {@link
 * dev.egov.model.id.IdentifierCheck} that failed (such as {@code PERSONAL_ID.WRONG_LENGTH}), and its message says which
 * rule failed, in Vietnamese or English (see {@link dev.egov.validation.EgovValidation}). On a {@link PersonalIdNumber} value,
 * the constraint checks what parsing may have relaxed: a value read from a non-standard form is
 * reported.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidPersonalIdNumber String cccd) {}
 * }</pre>
 *
 * @since 0.1.0
 */
// validatedBy names classes of a non-exported package: only the Bean Validation provider reflects on them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {IdentifierValidators.PersonalIdNumberOfText.class, IdentifierValidators.PersonalIdNumberOfValue.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPersonalIdNumber.List.class)
public @interface ValidPersonalIdNumber {

  /**
   * The message template, used for every reason. By default each reason has its own message.
   *
   * @return the template
   */
  String message() default "{dev.egov.validation.constraints.ValidPersonalIdNumber.message}";

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
   * Several {@link ValidPersonalIdNumber} constraints on the same element.
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
    ValidPersonalIdNumber[] value();
  }
}
