package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.Strictness;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link BranchTaxCode} must be a valid branch tax code (mã số thuế đơn vị phụ
 * thuộc): a valid tax code, a hyphen and a dependent-unit number from 001 to 999. Rules: {@link BranchTaxCode#check};
 * codes {@code BRANCH_TAX_CODE.<reason>}. What every identifier constraint does (null, codes, messages, leniency, value
 * types) is in the {@linkplain dev.egov.validation.constraints package documentation}.
 *
 * <pre>{@code
 * record Application(@NotNull @ValidBranchTaxCode String branchTaxCode) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidBranchTaxCode.List.class)
public @interface ValidBranchTaxCode {

  /** {@return the message of every reason; by default each reason has its own} */
  String message() default "{dev.egov.validation.constraints.ValidBranchTaxCode.message}";

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** {@return whether the non-standard forms of real data are valid too; {@code false} by default} */
  boolean lenient() default false;

  /** {@return how deeply to check; {@link Strictness#SEMANTIC} by default} */
  Strictness strictness() default Strictness.SEMANTIC;

  /** Several {@code @ValidBranchTaxCode} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /** {@return the constraints} */
    ValidBranchTaxCode[] value();
  }
}
