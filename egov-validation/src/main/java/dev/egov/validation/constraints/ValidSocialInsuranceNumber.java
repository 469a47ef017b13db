package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.SocialInsuranceNumber;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link SocialInsuranceNumber} must be a valid social-insurance number (mã số
 * bảo hiểm xã hội): 10 ASCII digits. Rules: {@link SocialInsuranceNumber#check}; codes {@code
 * SOCIAL_INSURANCE_NUMBER.<reason>}. What every identifier constraint does (null, codes, messages, leniency, value
 * types) is in the {@linkplain dev.egov.validation.constraints package documentation}.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidSocialInsuranceNumber String bhxh) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidSocialInsuranceNumber.List.class)
public @interface ValidSocialInsuranceNumber {

  /** {@return the message of every reason; by default each reason has its own} */
  String message() default "{dev.egov.validation.constraints.ValidSocialInsuranceNumber.message}";

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ValidSocialInsuranceNumber} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /** {@return the constraints} */
    ValidSocialInsuranceNumber[] value();
  }
}
