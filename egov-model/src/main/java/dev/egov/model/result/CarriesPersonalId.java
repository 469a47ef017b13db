package dev.egov.model.result;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link Result} issued to an individual carries their personal identification number ({@code
 * RESULT.PERSONAL_ID_MISSING} otherwise).
 *
 * <p>The rule is widely implemented (the portal's {@code SoDinhDanh} on results), but its legal article was not found
 * (docs/dossiers-and-portal.md, Results: candidates Nghị định 104/2022, Thông tư 01/2023/TT-VPCP, Nghị định 118/2025). So it runs in a
 * plain default validation, a result with only an old identity card number is still a valid {@link Result} object
 * (reported, not refused), and the rule can be switched off in {@code egov-validation}'s options.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CarriesPersonalId {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{dev.egov.model.result.CarriesPersonalId.message}";

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
}
