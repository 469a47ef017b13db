package dev.egov.model.catalog;

import java.util.Objects;

/**
 * One of the 54 ethnic groups of Viet Nam (dân tộc), as coded by the statistics office.
 *
 * @param code the two-digit code, {@code "01"} (Kinh) to {@code "54"} (Rơ-măm)
 * @param name the name as the code list spells it; spellings vary between sources, so match on the code
 * @since 0.1.0
 */
public record EthnicGroup(String code, String name) {

  /**
   * Checks the parts.
   *
   * @param code the two-digit code, {@code "01"} (Kinh) to {@code "54"} (Rơ-măm)
   * @param name the name as the code list spells it; spellings vary between sources, so match on the code
   * @throws IllegalArgumentException if the code is not two ASCII digits or the name is blank
   */
  public EthnicGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!ProvinceCode.isWellFormed(code)) {
      throw new IllegalArgumentException("Ethnic group code must be two ASCII digits");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }
}
