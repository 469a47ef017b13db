package dev.egov.model.catalog;

/**
 * The kind of a provincial-level unit.
 *
 * @since 0.1.0
 */
public enum ProvinceType {
  /** A province (tỉnh). */
  PROVINCE("Tỉnh"),
  /** A centrally-run city (thành phố trực thuộc trung ương). */
  CENTRAL_CITY("Thành phố");

  private final String vietnamesePrefix;

  ProvinceType(String vietnamesePrefix) {
    this.vietnamesePrefix = vietnamesePrefix;
  }

  /**
   * Returns the word that precedes the name in the unit's full Vietnamese name: {@code "Tỉnh"} or {@code "Thành
   * phố"}.
   *
   * @return the prefix
   */
  public String vietnamesePrefix() {
    return vietnamesePrefix;
  }
}
