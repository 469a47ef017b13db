package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.ProcedureCode;
import dev.egov.validation.internal.IdentifierValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link ProcedureCode} must be a valid procedure code (mã thủ tục hành chính): a national procedure code such as {@code 1.001193}, optionally with an agency suffix.
 *
 * <p>A thin adapter over {@link ProcedureCode#check}: the rules live in egov-model, once. {@code null} is valid; add
 * {@code @NotNull} to require a value. A violation's code is {@code PROCEDURE_CODE.<reason>}, the {@link
 * dev.egov.model.id.IdentifierCheck} that failed (such as {@code PROCEDURE_CODE.WRONG_LENGTH}), and its message says which
 * rule failed, in Vietnamese or English (see {@link dev.egov.validation.EgovValidation}). On a {@link ProcedureCode} value,
 * the constraint checks what parsing may have relaxed: a value read from a non-standard form is
 * reported.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidProcedureCode String procedure) {}
 * }</pre>
 *
 * @since 0.1.0
 */
// validatedBy names classes of a non-exported package: only the Bean Validation provider reflects on them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {IdentifierValidators.ProcedureCodeOfText.class, IdentifierValidators.ProcedureCodeOfValue.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidProcedureCode.List.class)
public @interface ValidProcedureCode {

  /**
   * The message template, used for every reason. By default each reason has its own message.
   *
   * @return the template
   */
  String message() default "{dev.egov.validation.constraints.ValidProcedureCode.message}";

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
   * Several {@link ValidProcedureCode} constraints on the same element.
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
    ValidProcedureCode[] value();
  }
}
