package dev.egov.model.address;

import dev.egov.model.catalog.AdministrativeEra;
import java.util.Optional;

/**
 * A source of commune codes: the official catalogue service (Cục Thống kê's {@code DanhMucPhuongXa},
 * docs/administrative-units.md, The official catalogue service), a file of the user's, or a test fixture. egov ships no commune data: the catalogue changes by resolution,
 * and about 10,000 legacy and 3,321 current communes belong with their official source.
 *
 * <p>Validation checks an address's commune code against a catalogue when one is configured, and only its shape
 * otherwise. Implementations must be thread-safe; a lookup should not block on the network (load or cache first).
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
}
