package dev.egov.model.address;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import java.util.Objects;
import java.util.Optional;

/**
 * A source of commune codes: egov's built-in catalogue ({@link #builtIn()}), a newer official list read with {@code
 * StatisticsOfficeCatalog} ({@link #of}), a file of the user's, or a test fixture.
 *
 * <p>Validation checks an address's commune code against the built-in catalogue by default ({@code
 * EgovValidationOptions}): the code exists in the address's era and belongs to its province (and district, in the
 * legacy era), and a name given agrees with the code. A catalogue that is backed by an {@link
 * AdministrativeUnitCatalog} ({@link #units()}) also lets validation check districts and the names of provinces and
 * districts. Implementations must be thread-safe; a look-up should not block on the network (load or cache first).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CommuneCatalog {

  /**
   * Returns the commune with this code in this era.
   *
   * @param era the catalogue era
   * @param code five digits
   * @return the commune, or empty if the era's catalogue has no such code
   */
  Optional<Commune> find(AdministrativeEra era, String code);

  /**
   * Returns the unit catalogue behind this one, if any, so that validation can also check districts and names.
   *
   * @return the unit catalogue; empty by default
   */
  default Optional<AdministrativeUnitCatalog> units() {
    return Optional.empty();
  }

  /**
   * Returns the communes of egov's built-in catalogue ({@link AdministrativeUnitCatalog#builtIn()}), loaded on the
   * first look-up, not before.
   *
   * @return the built-in commune catalogue
   */
  static CommuneCatalog builtIn() {
    return UnitCatalogCommunes.BUILT_IN;
  }

  /**
   * Returns the communes of a unit catalogue, such as a newer list read with {@code StatisticsOfficeCatalog} or {@code
   * AdministrativeUnitCatalog.builtIn().with(newer)}.
   *
   * @param units the unit catalogue
   * @return its communes
   */
  static CommuneCatalog of(AdministrativeUnitCatalog units) {
    return new UnitCatalogCommunes(Objects.requireNonNull(units, "units"));
  }
}
