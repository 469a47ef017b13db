package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.AgencyCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link AgencyCode} must be a valid agency code (mã định danh điện tử cơ quan):
 * {@code DDD.DD.DD.LDD} (Quyết định 20/2020/QĐ-TTg); leniently also the short form {@code H56.14}. Rules: {@link
 * AgencyCode#check}; codes {@code AGENCY_CODE.<reason>}. What every identifier constraint does (null, codes, messages,
 * leniency, value types) is in the {@linkplain dev.egov.validation.constraints package documentation}.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidAgencyCode String agency) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidAgencyCode.List.class)
public @interface ValidAgencyCode {

  /** {@return the message of every reason; by default each reason has its own} */
  String message() default "{dev.egov.validation.constraints.ValidAgencyCode.message}";

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** {@return whether the non-standard forms of real data are valid too; {@code false} by default} */
  boolean lenient() default false;

  /** Several {@code @ValidAgencyCode} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /** {@return the constraints} */
    ValidAgencyCode[] value();
  }
}
