package dev.egov.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link PersonalIdHolder}'s personal identification number must agree with its birth date and sex: the
 * birth year encoded in the number equals the recorded year (when one is recorded), the encoded sex equals the
 * recorded sex (unless unknown), and the encoded birth year is not after the current year (from the validator
 * factory's {@link jakarta.validation.ClockProvider}).
 *
 * <p>These are data-quality findings ({@link dev.egov.model.id.PersonalIdNumber#findings}): historic data-entry errors
 * exist and the number stays the person's number, so a mismatch does not prove the number wrong (docs/identifiers.md, Personal identification number).
 * Put the constraint in a group of its own to report such findings without refusing the record:
 *
 * <pre>{@code
 * public interface DataQuality {}
 *
 * @ConsistentPersonalId(groups = DataQuality.class)
 * record Citizen(...) implements PersonalIdHolder { ... }
 *
 * validator.validate(citizen, DataQuality.class);  // findings only
 * }</pre>
 *
 * <p>Codes: {@code PERSONAL_ID.BIRTH_YEAR_MISMATCH}, {@code PERSONAL_ID.SEX_MISMATCH}, {@code
 * PERSONAL_ID.BIRTH_YEAR_IN_FUTURE}, each a violation on {@link #property()}. A missing or malformed number is not
 * this constraint's concern (use {@link ValidPersonalIdNumber}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentPersonalId {

  /**
   * The message template. By default each finding has its own message.
   *
   * @return the template
   */
  String message() default "{dev.egov.validation.constraints.ConsistentPersonalId.message}";

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
   * The name of the property the violations are reported on.
   *
   * @return {@code "personalIdNumber"} by default; empty to report on the object itself
   */
  String property() default "personalIdNumber";
}
