package dev.egov.model.catalog;

/**
 * The level of an administrative unit. The legacy catalogue has three levels; the catalogue in force from 1 July 2025
 * has two, the district level having been abolished (Luật 72/2025/QH15).
 *
 * @since 0.1.0
 */
public enum AdministrativeLevel {
  /** Provincial level (cấp tỉnh): tỉnh and thành phố trực thuộc trung ương; two-digit codes. */
  PROVINCE(2),
  /** District level (cấp huyện), legacy catalogue only: quận, huyện, thị xã, thành phố thuộc tỉnh; three digits. */
  DISTRICT(3),
  /** Commune level (cấp xã): phường, xã, thị trấn (legacy only), đặc khu (from 2025); five-digit codes. */
  COMMUNE(5);

  private final int codeLength;

  AdministrativeLevel(int codeLength) {
    this.codeLength = codeLength;
  }

  /**
   * Returns the number of digits of a code of this level (Quyết định 124/2004/QĐ-TTg, kept by Quyết định
   * 19/2025/QĐ-TTg).
   *
   * @return 2, 3 or 5
   */
  public int codeLength() {
    return codeLength;
  }

  /**
   * Returns whether units of this level exist in an era.
   *
   * @param era the catalogue era
   * @return false only for districts from 1 July 2025
   */
  public boolean existsIn(AdministrativeEra era) {
    return this != DISTRICT || era == AdministrativeEra.LEGACY_2004;
  }
}
