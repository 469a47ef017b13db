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
 * An {@link Address}'s codes exist in the catalogue of its era, belong together, and agree with the names given:
 *
 * <ul>
 *   <li>{@code ADDRESS.UNKNOWN_PROVINCE}: the province code is in egov's built-in catalogue of that era;
 *   <li>{@code ADDRESS.UNKNOWN_DISTRICT}: a legacy district code is in the catalogue and belongs to the province;
 *   <li>{@code ADDRESS.UNKNOWN_COMMUNE}: the commune code is in the catalogue of the address's era and belongs to its
 *       province; {@code ADDRESS.COMMUNE_NOT_IN_DISTRICT}: in the legacy era, it belongs to the address's district;
 *   <li>{@code ADDRESS.NAME_MISMATCH}: a province, district or commune name given names the unit of that code, by the
 *       {@linkplain dev.egov.model.catalog.PlaceName#identityKey() place-name identity key} (tone-mark placement, case
 *       and spacing aside), with or without its type word ({@code Phường Sài Gòn} or {@code Sài Gòn}), in any of
 *       its dated states in the era ({@code Tỉnh Thừa Thiên Huế} and {@code Thành phố Huế} are both names of 46 in
 *       the legacy era). Reported on the name's property.
 * </ul>
 *
 * <p>The catalogue is the commune catalogue configured for validation: by default egov's built-in one ({@link
 * CommuneCatalog#builtIn()}), or one of the user's. A catalogue backed by an {@code AdministrativeUnitCatalog}
 * ({@link CommuneCatalog#units()}) is used for the eras it holds and checks everything above; a plain {@link
 * CommuneCatalog} checks communes and their names only. With the catalogue switched off ({@code
 * withCommuneCatalog(null)}), only the province and the codes' shape (by the record itself) are checked.
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
