package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.HealthInsuranceIdentifier;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link HealthInsuranceIdentifier} must be a valid health-insurance identifier
 * (mã bảo hiểm y tế): a health-insurance card code, a social-insurance number or a personal identification number.
 * Rules: {@link HealthInsuranceIdentifier#check}; codes {@code HEALTH_INSURANCE_IDENTIFIER.<reason>}. What every
 * identifier constraint does (null, codes, messages, leniency, value types) is in the {@linkplain
 * dev.egov.validation.constraints package documentation}.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidHealthInsuranceIdentifier String healthInsurance) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidHealthInsuranceIdentifier.List.class)
public @interface ValidHealthInsuranceIdentifier {

  /** {@return the message of every reason; by default each reason has its own} */
  String message() default "{dev.egov.validation.constraints.ValidHealthInsuranceIdentifier.message}";

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** {@return whether the non-standard forms of real data are valid too; {@code false} by default} */
  boolean lenient() default false;

  /** Several {@code @ValidHealthInsuranceIdentifier} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /** {@return the constraints} */
    ValidHealthInsuranceIdentifier[] value();
  }
}
