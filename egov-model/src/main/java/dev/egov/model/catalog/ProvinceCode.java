package dev.egov.model.catalog;

import java.util.Objects;

/**
 * A provincial-level code together with the catalogue era it belongs to. The two-digit text alone is ambiguous: 52
 * is Bình Định in the legacy catalogue and Gia Lai after the 2025 reform.
 *
 * <p>A code is well-formed (two ASCII digits) but need not exist in the catalogue; {@link ProvinceCatalog#find}
 * says whether it does.
 *
 * @param era the catalogue era
 * @param code the two-digit code, such as {@code "01"}
 * @since 0.1.0
 */
public record ProvinceCode(AdministrativeEra era, String code) {

  /**
   * Checks the parts.
   *
   * @param era the catalogue era
   * @param code the two-digit code, such as {@code "01"}
   * @throws IllegalArgumentException if {@code code} is not two ASCII digits
   */
  public ProvinceCode {
    Objects.requireNonNull(era, "era");
    Objects.requireNonNull(code, "code");
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException("Province code must be two ASCII digits, got " + code.length() + " chars");
    }
  }

  /**
   * Returns a legacy (2004-catalogue) code.
   *
   * @param code the two-digit code
   * @return the code in {@link AdministrativeEra#LEGACY_2004}
   */
  public static ProvinceCode legacy(String code) {
    return new ProvinceCode(AdministrativeEra.LEGACY_2004, code);
  }

  /**
   * Returns a code of the catalogue in force from 1 July 2025.
   *
   * @param code the two-digit code
   * @return the code in {@link AdministrativeEra#REFORM_2025}
   */
  public static ProvinceCode reform2025(String code) {
    return new ProvinceCode(AdministrativeEra.REFORM_2025, code);
  }

  static boolean isWellFormed(CharSequence code) {
    return code.length() == 2
        && code.charAt(0) >= '0'
        && code.charAt(0) <= '9'
        && code.charAt(1) >= '0'
        && code.charAt(1) <= '9';
  }

  /** Returns the code and its era, such as {@code 52@REFORM_2025}. */
  @Override
  public String toString() {
    return code + '@' + era;
  }
}
