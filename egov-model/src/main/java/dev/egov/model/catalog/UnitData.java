package dev.egov.model.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the built-in catalogue's two resources, generated from the official lists by the conversion tool kept with
 * the tests (never edited by hand; {@code docs/administrative-units-data.md}).
 *
 * <p>Format, UTF-8, one record a line, fields separated by tabs, {@code #} lines ignored:
 *
 * <ul>
 *   <li>{@code @ERA asOf source release} starts the units of an era's list;
 *   <li>{@code code tag name [key=value …]} is a unit: its level is given by the code's length, its type by the
 *       tag ({@link #TAGS}), and its parent is the last unit of the level above (the last district for a legacy
 *       commune, else the last province). Consecutive lines with the same code are the states of one unit, oldest
 *       first. Keys: {@code from} and {@code until} (ISO dates), {@code basis} (the legal act of the state), {@code
 *       formed} (a 2025 province's legacy provinces, space-separated);
 *   <li>{@code >code}, in the communes resource, names the province whose districts and communes follow (the
 *       province itself is in the provinces resource).
 * </ul>
 *
 * <p>The resources are part of the library: a malformed line is a bug and fails loudly with the line number.
 */
final class UnitData {

  static final String PROVINCES = "admin-units-provinces.txt";
  static final String COMMUNES = "admin-units-communes.txt";

  /** The type tags of the resources. */
  static final Map<AdministrativeUnitType, String> TAGS = tags();

  private static Map<AdministrativeUnitType, String> tags() {
    Map<AdministrativeUnitType, String> tags = new EnumMap<>(AdministrativeUnitType.class);
    tags.put(AdministrativeUnitType.PROVINCE, "T");
    tags.put(AdministrativeUnitType.CENTRAL_CITY, "TW");
    tags.put(AdministrativeUnitType.URBAN_DISTRICT, "Q");
    tags.put(AdministrativeUnitType.RURAL_DISTRICT, "H");
    tags.put(AdministrativeUnitType.TOWN, "TX");
    tags.put(AdministrativeUnitType.PROVINCIAL_CITY, "TP");
    tags.put(AdministrativeUnitType.WARD, "P");
    tags.put(AdministrativeUnitType.RURAL_COMMUNE, "X");
    tags.put(AdministrativeUnitType.TOWNSHIP, "TT");
    tags.put(AdministrativeUnitType.SPECIAL_ZONE, "DK");
    return tags;
  }

  private static final Map<String, AdministrativeUnitType> BY_TAG = byTag();

  private static Map<String, AdministrativeUnitType> byTag() {
    Map<String, AdministrativeUnitType> byTag = new LinkedHashMap<>();
    TAGS.forEach((type, tag) -> byTag.put(tag, type));
    return byTag;
  }

  /** The provinces of the resource, every state, and the legacy provinces each 2025 province was formed from. */
  record Provinces(Map<AdministrativeEra, List<AdministrativeUnit>> units,
      Map<AdministrativeUnitCode, List<ProvinceCode>> formedFrom) {}

  private UnitData() {}

  static Provinces provinces() {
    Map<AdministrativeEra, List<AdministrativeUnit>> units = new EnumMap<>(AdministrativeEra.class);
    Map<AdministrativeUnitCode, List<ProvinceCode>> formedFrom = new LinkedHashMap<>();
    new Reader(PROVINCES, units, formedFrom, null).read();
    return new Provinces(units, formedFrom);
  }

  static AdministrativeUnitCatalog builtInCatalog() {
    Provinces provinces = provinces();
    Map<AdministrativeEra, List<AdministrativeUnit>> units = new EnumMap<>(AdministrativeEra.class);
    provinces.units().forEach((era, list) -> units.put(era, new ArrayList<>(list)));
    new Reader(COMMUNES, units, null, provinces.units()).read();
    AdministrativeUnitCatalog.Builder builder = AdministrativeUnitCatalog.builder();
    for (List<AdministrativeUnit> list : units.values()) {
      builder.addAll(list);
    }
    return builder.build();
  }

  /** One pass over one resource. */
  private static final class Reader {
    private final String resource;
    private final Map<AdministrativeEra, List<AdministrativeUnit>> units;
    private final @Nullable Map<AdministrativeUnitCode, List<ProvinceCode>> formedFrom;
    private final @Nullable Map<AdministrativeEra, List<AdministrativeUnit>> knownProvinces;
    private int lineNumber;
    private @Nullable CatalogVersion version;
    private @Nullable AdministrativeUnit province;
    private @Nullable AdministrativeUnit district;

    Reader(String resource, Map<AdministrativeEra, List<AdministrativeUnit>> units,
        @Nullable Map<AdministrativeUnitCode, List<ProvinceCode>> formedFrom,
        @Nullable Map<AdministrativeEra, List<AdministrativeUnit>> knownProvinces) {
      this.resource = resource;
      this.units = units;
      this.formedFrom = formedFrom;
      this.knownProvinces = knownProvinces;
    }

    void read() {
      try (InputStream in = UnitData.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing data file " + where());
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lineNumber++;
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          try {
            readLine(line);
          } catch (RuntimeException e) {
            throw new IllegalStateException(where() + ":" + lineNumber + ": " + e.getMessage(), e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read data file " + where(), e);
      }
    }

    private String where() {
      return UnitData.class.getPackageName().replace('.', '/') + '/' + resource;
    }

    private void readLine(String line) {
      String[] fields = line.split("\t", -1);
      if (line.charAt(0) == '@') {
        if (fields.length != 4) {
          throw new IllegalStateException("an era line has 4 fields");
        }
        AdministrativeEra era = AdministrativeEra.valueOf(fields[0].substring(1));
        version = new CatalogVersion(fields[2], fields[3], LocalDate.parse(fields[1]));
        if (version.era() != era) {
          throw new IllegalStateException("the list's date is not of " + era);
        }
        units.computeIfAbsent(era, e -> new ArrayList<>());
        province = null;
        district = null;
        return;
      }
      CatalogVersion v = current(version, "era line");
      if (line.charAt(0) == '>') {
        AdministrativeUnitCode code = AdministrativeUnitCode.province(v.era(), line.substring(1));
        province = null;
        for (AdministrativeUnit known : current(knownProvinces, "provinces").getOrDefault(v.era(), List.of())) {
          if (known.code().equals(code)) {
            province = known;
          }
        }
        current(province, "known province");
        district = null;
        return;
      }
      if (fields.length < 3) {
        throw new IllegalStateException("a unit line has at least 3 fields");
      }
      AdministrativeUnitType type = BY_TAG.get(fields[1]);
      if (type == null) {
        throw new IllegalStateException("unknown type tag");
      }
      AdministrativeUnitCode code = new AdministrativeUnitCode(v.era(), type.level(), fields[0]);
      LocalDate from = null;
      LocalDate until = null;
      String basis = null;
      List<ProvinceCode> formed = null;
      for (int i = 3; i < fields.length; i++) {
        String field = fields[i];
        int eq = field.indexOf('=');
        String key = eq < 0 ? field : field.substring(0, eq);
        String value = field.substring(eq + 1);
        switch (key) {
          case "from":
            from = LocalDate.parse(value);
            break;
          case "until":
            until = LocalDate.parse(value);
            break;
          case "basis":
            basis = value;
            break;
          case "formed":
            formed = new ArrayList<>();
            for (String part : value.split(" ", -1)) {
              formed.add(ProvinceCode.legacy(part));
            }
            break;
          default:
            throw new IllegalStateException("unknown key " + key);
        }
      }
      AdministrativeUnit unit;
      switch (type.level()) {
        case PROVINCE:
          unit = new AdministrativeUnit(code, fields[2], type, null, code.toProvinceCode(), from, until, basis, v);
          province = unit;
          district = null;
          if (formed != null) {
            current(formedFrom, "formed= only in the provinces resource").put(code, List.copyOf(formed));
          }
          break;
        case DISTRICT:
          AdministrativeUnit p = current(province, "province before a district");
          unit = new AdministrativeUnit(code, fields[2], type, p.code(), p.province(), from, until, basis, v);
          district = unit;
          break;
        default:
          AdministrativeUnit parent = v.era() == AdministrativeEra.LEGACY_2004
              ? current(district, "district before a legacy commune") : current(province, "province before a commune");
          unit = new AdministrativeUnit(code, fields[2], type, parent.code(), parent.province(), from, until, basis,
              v);
          break;
      }
      if (formed != null && type.level() != AdministrativeLevel.PROVINCE) {
        throw new IllegalStateException("formed= only for provinces");
      }
      units.get(v.era()).add(unit);
    }

    private static <T> T current(@Nullable T value, String what) {
      if (value == null) {
        throw new IllegalStateException("expected a " + what);
      }
      return value;
    }
  }
}
