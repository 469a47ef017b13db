package dev.egov.model.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * The type of an administrative unit, which is part of its full name: {@code Phường Sài Gòn}, {@code Xã Văn Lang}.
 * Two units of different types are different units even when their names are the same (a thị trấn and a xã of one
 * name often lie side by side).
 *
 * <p>Sources: Quyết định 124/2004/QĐ-TTg (the legacy types), Luật 72/2025/QH15 (from 1 July 2025: tỉnh and thành phố
 * at the provincial level; xã, phường and đặc khu at the commune level).
 *
 * @since 0.1.0
 */
public enum AdministrativeUnitType {
  /** Tỉnh: a province. */
  PROVINCE(AdministrativeLevel.PROVINCE, "Tỉnh", "tỉnh"),
  /** Thành phố trực thuộc trung ương: a centrally-run city. */
  CENTRAL_CITY(AdministrativeLevel.PROVINCE, "Thành phố", "thành phố trực thuộc trung ương"),
  /** Quận: an urban district (legacy). */
  URBAN_DISTRICT(AdministrativeLevel.DISTRICT, "Quận", "quận"),
  /** Huyện: a rural district (legacy). */
  RURAL_DISTRICT(AdministrativeLevel.DISTRICT, "Huyện", "huyện"),
  /** Thị xã: a district-level town (legacy). */
  TOWN(AdministrativeLevel.DISTRICT, "Thị xã", "thị xã"),
  /**
   * Thành phố thuộc tỉnh: a city at the district level (legacy). Thủ Đức, a city inside a centrally-run city
   * (thành phố thuộc thành phố trực thuộc trung ương), is listed with this type too, as the official catalogue does.
   */
  PROVINCIAL_CITY(AdministrativeLevel.DISTRICT, "Thành phố", "thành phố thuộc tỉnh"),
  /** Phường: an urban ward. */
  WARD(AdministrativeLevel.COMMUNE, "Phường", "phường"),
  /** Xã: a rural commune. */
  RURAL_COMMUNE(AdministrativeLevel.COMMUNE, "Xã", "xã"),
  /** Thị trấn: a township, the seat of a rural district (legacy). */
  TOWNSHIP(AdministrativeLevel.COMMUNE, "Thị trấn", "thị trấn"),
  /** Đặc khu: a special (island) zone at the commune level, from 1 July 2025. */
  SPECIAL_ZONE(AdministrativeLevel.COMMUNE, "Đặc khu", "đặc khu");

  private final AdministrativeLevel level;
  private final String prefix;
  private final String vietnameseName;

  AdministrativeUnitType(AdministrativeLevel level, String prefix, String vietnameseName) {
    this.level = level;
    this.prefix = prefix;
    this.vietnameseName = vietnameseName;
  }

  /**
   * Returns the level of units of this type.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * Returns the type word that precedes the name in the unit's full name, as the official catalogue writes it:
   * {@code "Tỉnh"}, {@code "Thành phố"}, {@code "Quận"}, {@code "Phường"}, {@code "Thị trấn"}, …
   *
   * @return the type word
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns the type's Vietnamese name, lower-case: {@code "thành phố trực thuộc trung ương"}, {@code "thị xã"}.
   *
   * @return the name
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Returns the type a full name starts with at a level: {@code "Thành phố Huế"} is a {@link #CENTRAL_CITY} at the
   * provincial level and {@code "Thành phố Thủ Dầu Một"} a {@link #PROVINCIAL_CITY} at the district level. The type
   * word must be followed by a space and match exactly (as the official catalogue writes it).
   *
   * @param level the unit's level
   * @param fullName the full name
   * @return the type, or empty if the name starts with no type word of that level
   */
  public static Optional<AdministrativeUnitType> ofFullName(AdministrativeLevel level, String fullName) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(fullName, "fullName");
    for (AdministrativeUnitType type : values()) {
      if (type.level == level && fullName.length() > type.prefix.length() + 1
          && fullName.startsWith(type.prefix) && fullName.charAt(type.prefix.length()) == ' ') {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
