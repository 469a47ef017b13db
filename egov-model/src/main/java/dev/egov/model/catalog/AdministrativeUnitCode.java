package dev.egov.model.catalog;

import java.util.Objects;

/**
 * The code of an administrative unit together with its catalogue era and level. The digits alone mean nothing: codes
 * are reused between eras (3,315 of the 3,321 communes of 1 July 2025 carry the code of a legacy commune, often of
 * one that was split), so {@code 00004} is Phường Trúc Bạch in the legacy catalogue and Phường Ba Đình after the
 * reform. A code never travels without its era.
 *
 * <pre>{@code
 * AdministrativeUnitCode truBach = AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, "00004");
 * AdministrativeUnitCode baDinh = AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "00004");
 * truBach.equals(baDinh);   // false
 * baDinh.toString();        // "00004@REFORM_2025"
 * }</pre>
 *
 * <p>A code is well-formed (2, 3 or 5 ASCII digits by level; districts only in the legacy era) but need not exist;
 * {@link AdministrativeUnitCatalog#lookUp} says whether it does.
 *
 * @param era the catalogue era
 * @param level the unit's level; it fixes the number of digits
 * @param code the digits
 * @since 0.1.0
 */
public record AdministrativeUnitCode(AdministrativeEra era, AdministrativeLevel level, String code) {

  /**
   * Checks the parts.
   *
   * @param era the catalogue era
   * @param level the unit's level; it fixes the number of digits
   * @param code the digits
   * @throws IllegalArgumentException if {@code code} does not have the level's number of ASCII digits, or a district
   *     code is not of the legacy era
   */
  public AdministrativeUnitCode {
    Objects.requireNonNull(era, "era");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    if (!isWellFormed(level, code)) {
      throw new IllegalArgumentException("code of level " + level + " must be " + level.codeLength()
          + " ASCII digits, got " + code.length() + " characters");
    }
    if (!level.existsIn(era)) {
      throw new IllegalArgumentException("level: districts were abolished on 1 July 2025, no district code is of "
          + era);
    }
  }

  /**
   * Returns a provincial-level code.
   *
   * @param era the catalogue era
   * @param code two digits
   * @return the code
   */
  public static AdministrativeUnitCode province(AdministrativeEra era, String code) {
    return new AdministrativeUnitCode(era, AdministrativeLevel.PROVINCE, code);
  }

  /**
   * Returns the unit code of a province code.
   *
   * @param code the province code and era
   * @return the same code as a unit code
   */
  public static AdministrativeUnitCode of(ProvinceCode code) {
    Objects.requireNonNull(code, "code");
    return new AdministrativeUnitCode(code.era(), AdministrativeLevel.PROVINCE, code.code());
  }

  /**
   * Returns a legacy district code (districts exist only in the legacy catalogue).
   *
   * @param code three digits
   * @return the code, of {@link AdministrativeEra#LEGACY_2004}
   */
  public static AdministrativeUnitCode district(String code) {
    return new AdministrativeUnitCode(AdministrativeEra.LEGACY_2004, AdministrativeLevel.DISTRICT, code);
  }

  /**
   * Returns a commune-level code.
   *
   * @param era the catalogue era
   * @param code five digits
   * @return the code
   */
  public static AdministrativeUnitCode commune(AdministrativeEra era, String code) {
    return new AdministrativeUnitCode(era, AdministrativeLevel.COMMUNE, code);
  }

  /**
   * Returns whether {@code code} has the form of a code of {@code level}: exactly its number of ASCII digits.
   *
   * @param level the level
   * @param code the text
   * @return whether a code of that level could be this text
   */
  public static boolean isWellFormed(AdministrativeLevel level, CharSequence code) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    if (code.length() != level.codeLength()) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns this code as a province code; only for the provincial level.
   *
   * @return the province code
   * @throws IllegalStateException if this is not a provincial-level code
   */
  public ProvinceCode toProvinceCode() {
    if (level != AdministrativeLevel.PROVINCE) {
      throw new IllegalStateException("Not a provincial-level code: " + this);
    }
    return new ProvinceCode(era, code);
  }

  /** The digits as a number, for table look-ups. */
  int value() {
    int value = 0;
    for (int i = 0, n = code.length(); i < n; i++) {
      value = value * 10 + (code.charAt(i) - '0');
    }
    return value;
  }

  /** Returns the code and its era, such as {@code 00004@REFORM_2025}; the length of the digits gives the level. */
  @Override
  public String toString() {
    return code + '@' + era;
  }
}
