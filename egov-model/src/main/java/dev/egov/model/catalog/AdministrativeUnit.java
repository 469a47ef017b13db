package dev.egov.model.catalog;

import dev.egov.model.internal.PlaceNameText;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An administrative unit (province, legacy district or commune) of one catalogue era, in one state: a unit whose name
 * or type changed inside its era has one {@code AdministrativeUnit} per state, each with the dates it was in force
 * (Thừa Thiên Huế was a tỉnh until 31 December 2024 and the centrally-run Thành phố Huế from 1 January 2025, Nghị
 * quyết 175/2024/QH15, under the same code 46).
 *
 * <pre>{@code
 * AdministrativeUnit baDinh = AdministrativeUnitCatalog.builtIn()
 *     .find(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "00004")).orElseThrow();
 * baDinh.fullName();    // "Phường Ba Đình"
 * baDinh.province();    // 01@REFORM_2025
 * baDinh.version();     // … as of 2025-07-01 …
 * }</pre>
 *
 * @param code the unit's code, era and level
 * @param name the name without its type word, such as {@code "Ba Đình"} or {@code "1"} (for {@code Quận 1}), as the
 *     official list writes it
 * @param type the type, of the code's level
 * @param parent the unit it belongs to: the province of a district or of a commune of the 2025 catalogue, the
 *     district of a legacy commune; {@code null} for a province
 * @param province the province it is in (for a province, its own code)
 * @param validFrom the first day of this state, or {@code null} if it is in force from the start of its era or since
 *     before its list's date
 * @param validUntil the last day of this state, or {@code null} if it lasts until the end of its era
 * @param basis the legal act that made this state, when the catalogue records a dated change; {@code null} otherwise
 * @param version the official list this unit comes from
 * @since 0.1.0
 */
public record AdministrativeUnit(
    AdministrativeUnitCode code,
    String name,
    AdministrativeUnitType type,
    @Nullable AdministrativeUnitCode parent,
    ProvinceCode province,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    @Nullable String basis,
    CatalogVersion version) {

  /**
   * Checks that the parts agree: level, era and parent, dates in order, a clean name.
   *
   * @param code the unit's code, era and level
   * @param name the name without its type word, such as {@code "Ba Đình"} or {@code "1"} (for {@code Quận 1}), as the
   *   official list writes it
   * @param type the type, of the code's level
   * @param parent the unit it belongs to: the province of a district or of a commune of the 2025 catalogue, the
   *   district of a legacy commune; {@code null} for a province
   * @param province the province it is in (for a province, its own code)
   * @param validFrom the first day of this state, or {@code null} if it is in force from the start of its era or since
   *   before its list's date
   * @param validUntil the last day of this state, or {@code null} if it lasts until the end of its era
   * @param basis the legal act that made this state, when the catalogue records a dated change; {@code null} otherwise
   * @param version the official list this unit comes from
   * @throws IllegalArgumentException naming the part that does not fit
   */
  public AdministrativeUnit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(version, "version");
    if (name.isBlank() || !name.equals(name.strip()) || name.contains("  ")) {
      throw new IllegalArgumentException("name must be non-blank with single inner spaces");
    }
    if (type.level() != code.level()) {
      throw new IllegalArgumentException("type " + type + " is not of the code's level " + code.level());
    }
    if (province.era() != code.era()) {
      throw new IllegalArgumentException("province " + province + " is not of the code's era " + code.era());
    }
    if (version.era() != code.era()) {
      throw new IllegalArgumentException("version is of " + version.era() + ", the code of " + code.era());
    }
    if (code.level() == AdministrativeLevel.PROVINCE) {
      if (parent != null) {
        throw new IllegalArgumentException("parent: a province has none");
      }
      if (!province.code().equals(code.code())) {
        throw new IllegalArgumentException("province: a province is its own province");
      }
    } else {
      Objects.requireNonNull(parent, "parent");
      AdministrativeLevel expected = code.level() == AdministrativeLevel.COMMUNE
          && code.era() == AdministrativeEra.LEGACY_2004 ? AdministrativeLevel.DISTRICT : AdministrativeLevel.PROVINCE;
      if (parent.era() != code.era() || parent.level() != expected) {
        throw new IllegalArgumentException("parent " + parent + " must be a " + expected + " of " + code.era());
      }
      if (expected == AdministrativeLevel.PROVINCE && !parent.code().equals(province.code())) {
        throw new IllegalArgumentException("parent " + parent + " is not the province " + province);
      }
    }
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil is before validFrom");
    }
    for (LocalDate day : new LocalDate[] {validFrom, validUntil}) {
      if (day != null && !code.era().includes(day)) {
        throw new IllegalArgumentException("validity dates must fall in the era " + code.era());
      }
    }
    if (basis != null && basis.isBlank()) {
      throw new IllegalArgumentException("basis is blank");
    }
  }

  /**
   * Returns the full name, the type word and the name: {@code "Phường Ba Đình"}, {@code "Thành phố Huế"}.
   *
   * @return the full name
   */
  public String fullName() {
    return type.prefix() + ' ' + name;
  }

  /**
   * Returns the {@linkplain PlaceName#identityKey() identity key} of the full name: the same for every writing of this
   * unit's name and type that differs only in tone-mark placement, case, Unicode form or spacing.
   *
   * @return the key
   */
  public String identityKey() {
    return PlaceNameText.identityKey(fullName());
  }

  /**
   * Returns whether a name, as a source wrote it, names this unit: it has the identity key of the full name, or of
   * the name without its type word ({@code "Ba Đình"} and {@code "phường ba đình"} both name Phường Ba Đình; {@code
   * "Xã Ba Đình"} does not).
   *
   * @param text a name
   * @return whether the text names this unit in this state
   */
  public boolean isNamed(String text) {
    Objects.requireNonNull(text, "text");
    String key = PlaceNameText.identityKey(text);
    return key.equals(identityKey()) || key.equals(PlaceNameText.identityKey(name));
  }

  /**
   * Returns whether this state is in force on a day: the day falls in the code's era and between {@link #validFrom}
   * and {@link #validUntil}. A legacy unit with no {@code validFrom} counts as in force on any day of its era; {@link
   * AdministrativeUnitCatalog#lookUp} says when that is only an assumption (a day before the list's date).
   *
   * @param day the day
   * @return whether this state applies that day
   */
  public boolean inForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return code.era().includes(day)
        && (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || !day.isAfter(validUntil));
  }

  /** Returns the full name, code and era: {@code "Phường Ba Đình 00004@REFORM_2025"}. */
  @Override
  public String toString() {
    return fullName() + ' ' + code + (validFrom == null ? "" : " from " + validFrom)
        + (validUntil == null ? "" : " until " + validUntil);
  }
}
