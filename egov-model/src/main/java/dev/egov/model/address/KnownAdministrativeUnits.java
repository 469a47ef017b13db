package dev.egov.model.address;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@link Address}'s codes exist in the catalogue of its era:
 *
 * <ul>
 *   <li>{@code ADDRESS.UNKNOWN_PROVINCE}: the province code is in egov's built-in catalogue of that era;
 *   <li>{@code ADDRESS.UNKNOWN_COMMUNE}: when a {@link CommuneCatalog} is configured for validation, the commune code is
 *       in it and belongs to the address's province. Without a catalogue, only the code's shape is checked (by the
 *       record itself).
 * </ul>
 *
 * <p>Declared here, validated by {@code egov-validation}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface KnownAdministrativeUnits {

  /**
   * The message template. By default each rule has its own message.
   *
   * @return the template
   */
  String message() default "{dev.egov.model.address.KnownAdministrativeUnits.message}";

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
