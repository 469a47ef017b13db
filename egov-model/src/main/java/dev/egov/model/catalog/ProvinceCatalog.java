package dev.egov.model.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provincial-level units of both catalogue eras, and the links between them.
 *
 * <pre>{@code
 * ProvinceCatalog provinces = ProvinceCatalog.builtIn();
 * provinces.find("52", LocalDate.of(2025, 7, 1));   // Gia Lai (2025 catalogue)
 * provinces.find("52", LocalDate.of(2025, 6, 30));  // Bình Định (legacy catalogue)
 * provinces.successorOf(ProvinceCode.legacy("64")); // Gia Lai, 52@REFORM_2025
 * }</pre>
 *
 * <p><b>Changes inside an era</b> are dated: Thừa Thiên Huế (46) was a province until 31 December 2024 and is the
 * centrally-run Thành phố Huế from 1 January 2025 (Nghị quyết 175/2024/QH15). {@link #find(ProvinceCode)} and {@link
 * #all} give each unit's latest state in its era; {@link #find(CharSequence, LocalDate)} and {@link #asOf} the state
 * on a day.
 *
 * <p>The built-in catalogue is derived from the same data as {@link AdministrativeUnitCatalog} (its provinces, without
 * the districts and communes), loaded on first use and shared; it is immutable and thread-safe. Sources: Quyết định
 * 124/2004/QĐ-TTg (legacy codes), Nghị quyết 202/2025/QH15 (the merger) and Quyết định 19/2025/QĐ-TTg (codes from 1
 * July 2025), as the statistics office's catalogue lists them.
 *
 * @since 0.1.0
 */
public final class ProvinceCatalog {

  private static final class BuiltIn {
    static final ProvinceCatalog INSTANCE = load();
  }

  private final List<Province> legacy;
  private final List<Province> reform2025;
  private final Province[] legacyByCode = new Province[100];
  private final Province[] reformByCode = new Province[100];
  private final Province[] successorByLegacyCode = new Province[100];
  /** Every state of the units whose name or type changed inside their era, with its dates. */
  private final Map<ProvinceCode, List<Dated>> history;

  /** A state of a unit and the days it was in force. */
  private record Dated(Province province, AdministrativeUnit state) {}

  private ProvinceCatalog(List<Province> legacy, List<Province> reform2025, Map<ProvinceCode, List<Dated>> history) {
    this.history = Map.copyOf(history);
    this.legacy = List.copyOf(legacy);
    this.reform2025 = List.copyOf(reform2025);
    for (Province p : this.legacy) {
      put(legacyByCode, p.code(), p);
    }
    for (Province p : this.reform2025) {
      put(reformByCode, p.code(), p);
      for (ProvinceCode part : p.formedFrom()) {
        if (legacyByCode[index(part.code())] == null) {
          throw new IllegalStateException(p.code() + " is formed from unknown legacy unit " + part);
        }
        put(successorByLegacyCode, part, p);
      }
    }
    for (Province p : this.legacy) {
      if (successorByLegacyCode[index(p.code().code())] == null) {
        throw new IllegalStateException("Legacy unit " + p.code() + " has no successor");
      }
    }
  }

  private static void put(Province[] table, ProvinceCode code, Province province) {
    int i = index(code.code());
    if (table[i] != null) {
      throw new IllegalStateException("Duplicate province code " + code);
    }
    table[i] = province;
  }

  private static int index(CharSequence code) {
    return (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
  }

  /**
   * Returns the catalogue bundled with egov.
   *
   * @return the shared built-in catalogue
   */
  public static ProvinceCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static ProvinceCatalog load() {
    UnitData.Provinces data = UnitData.provinces();
    List<Province> legacy = new ArrayList<>();
    List<Province> reform = new ArrayList<>();
    Map<ProvinceCode, List<Dated>> history = new HashMap<>();
    for (AdministrativeEra era : AdministrativeEra.values()) {
      List<AdministrativeUnit> states = data.units().getOrDefault(era, List.of());
      for (int i = 0; i < states.size(); i++) {
        AdministrativeUnit state = states.get(i);
        ProvinceCode code = state.code().toProvinceCode();
        Province province = new Province(code, state.name(),
            state.type() == AdministrativeUnitType.CENTRAL_CITY ? ProvinceType.CENTRAL_CITY : ProvinceType.PROVINCE,
            data.formedFrom().getOrDefault(state.code(), List.of()));
        boolean latest = i + 1 == states.size() || !states.get(i + 1).code().equals(state.code());
        boolean changed = history.containsKey(code) || !latest;
        if (changed) {
          history.computeIfAbsent(code, c -> new ArrayList<>()).add(new Dated(province, state));
        }
        if (latest) {
          (era == AdministrativeEra.LEGACY_2004 ? legacy : reform).add(province);
        }
      }
    }
    history.replaceAll((code, states) -> List.copyOf(states));
    return new ProvinceCatalog(legacy, reform, history);
  }

  /**
   * Returns every unit of an era, in code order, each in its latest state in that era (Huế as the centrally-run city
   * it was from 1 January 2025 until the legacy catalogue ended).
   *
   * @param era the catalogue era
   * @return 63 legacy units or 34 units of the 2025 catalogue
   */
  public List<Province> all(AdministrativeEra era) {
    Objects.requireNonNull(era, "era");
    return era == AdministrativeEra.LEGACY_2004 ? legacy : reform2025;
  }

  /**
   * Returns the units in force on {@code date}, in code order, each in its state that day.
   *
   * @param date the day
   * @return the units of the era in force that day
   */
  public List<Province> asOf(LocalDate date) {
    List<Province> all = all(AdministrativeEra.asOf(date));
    if (history.isEmpty()) {
      return all;
    }
    List<Province> states = new ArrayList<>(all.size());
    for (Province p : all) {
      states.add(stateOn(p, date));
    }
    return List.copyOf(states);
  }

  private Province stateOn(Province latest, LocalDate date) {
    List<Dated> states = history.get(latest.code());
    if (states != null) {
      for (Dated d : states) {
        if (d.state().inForceOn(date)) {
          return d.province();
        }
      }
    }
    return latest;
  }

  /**
   * Returns the unit with this code in its era, in its latest state in that era.
   *
   * @param code the code and era
   * @return the unit, or empty if the era has no such code
   */
  public Optional<Province> find(ProvinceCode code) {
    Objects.requireNonNull(code, "code");
    Province[] table = code.era() == AdministrativeEra.LEGACY_2004 ? legacyByCode : reformByCode;
    return Optional.ofNullable(table[index(code.code())]);
  }

  /**
   * Returns the unit with this code in the era in force on {@code asOf}, in its state that day: {@code find("46",
   * LocalDate.of(2024, 12, 31))} is Tỉnh Thừa Thiên Huế, {@code find("46", LocalDate.of(2025, 1, 1))} Thành phố Huế.
   *
   * @param code a two-digit code; anything else finds nothing
   * @param asOf the day whose catalogue applies
   * @return the unit, or empty
   */
  public Optional<Province> find(CharSequence code, LocalDate asOf) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(asOf, "asOf");
    if (!ProvinceCode.isWellFormed(code)) {
      return Optional.empty();
    }
    return find(new ProvinceCode(AdministrativeEra.asOf(asOf), code.toString())).map(p -> stateOn(p, asOf));
  }

  /**
   * Returns the unit of the 2025 catalogue that a legacy unit became part of.
   *
   * @param legacyCode a legacy code
   * @return the successor, or empty if {@code legacyCode} is not a legacy unit
   * @throws IllegalArgumentException if {@code legacyCode} is not of the legacy era
   */
  public Optional<Province> successorOf(ProvinceCode legacyCode) {
    Objects.requireNonNull(legacyCode, "legacyCode");
    if (legacyCode.era() != AdministrativeEra.LEGACY_2004) {
      throw new IllegalArgumentException("Not a legacy code: " + legacyCode);
    }
    return Optional.ofNullable(successorByLegacyCode[index(legacyCode.code())]);
  }

  /**
   * Returns the legacy unit whose code a personal identification number's first three digits name ({@code "0"} and
   * the legacy code, Thông tư 07/2016/TT-BCA Phụ lục 1). The legacy table applies to every number, including those
   * issued after the 2025 reform: the 34 new codes are a subset of the legacy ones and numbers are never re-issued.
   *
   * @param prefix three characters
   * @return the legacy unit, or empty for a prefix outside the domestic table (a birth registered abroad, or an
   *     error)
   */
  public Optional<Province> byPersonalIdPrefix(CharSequence prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.length() != 3 || prefix.charAt(0) != '0' || !ProvinceCode.isWellFormed(prefix.subSequence(1, 3))) {
      return Optional.empty();
    }
    return Optional.ofNullable(legacyByCode[index(prefix.subSequence(1, 3))]);
  }

  /** Returns a summary, such as {@code ProvinceCatalog[63 legacy, 34 from 2025]}. */
  @Override
  public String toString() {
    return "ProvinceCatalog[" + legacy.size() + " legacy, " + reform2025.size() + " from 2025]";
  }
}
