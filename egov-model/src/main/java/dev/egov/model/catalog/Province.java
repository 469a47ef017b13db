package dev.egov.model.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A provincial-level administrative unit of one catalogue era.
 *
 * @param code the unit's code and era
 * @param name the name without its type word, such as {@code "Hồ Chí Minh"} or {@code "Thanh Hóa"}
 * @param type province or centrally-run city
 * @param formedFrom for a unit of the 2025 catalogue, the legacy units it was formed from (a unit that did not merge
 *     lists its own legacy code); empty for legacy units
 * @since 0.1.0
 */
public record Province(ProvinceCode code, String name, ProvinceType type, List<ProvinceCode> formedFrom) {

  /**
   * Checks the parts and copies the list.
   *
   * @param code the unit's code and era
   * @param name the name without its type word, such as {@code "Hồ Chí Minh"} or {@code "Thanh Hóa"}
   * @param type province or centrally-run city
   * @param formedFrom for a unit of the 2025 catalogue, the legacy units it was formed from (a unit that did not merge
   *     lists its own legacy code); empty for legacy units
   * @throws IllegalArgumentException if the name is blank, or {@code formedFrom} holds codes that are not legacy or
   *     is non-empty for a legacy unit
   */
  public Province {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    formedFrom = List.copyOf(formedFrom);
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (code.era() == AdministrativeEra.LEGACY_2004 && !formedFrom.isEmpty()) {
      throw new IllegalArgumentException("A legacy unit is not formed from others: " + code);
    }
    for (ProvinceCode part : formedFrom) {
      if (part.era() != AdministrativeEra.LEGACY_2004) {
        throw new IllegalArgumentException("formedFrom must hold legacy codes, got " + part);
      }
    }
  }

  /**
   * Returns the full Vietnamese name, such as {@code "Thành phố Hồ Chí Minh"} or {@code "Tỉnh Thanh Hóa"}.
   *
   * @return the name with its type word
   */
  public String fullName() {
    return type.vietnamesePrefix() + ' ' + name;
  }
}
