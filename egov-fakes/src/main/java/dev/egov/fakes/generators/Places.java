package dev.egov.fakes.generators;

import static dev.egov.fakes.generators.ModelTables.pad;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.address.Address;
import dev.egov.model.address.Commune;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.catalog.ProvinceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Provinces weighted by population, ethnic groups and where they live, and synthetic addresses.
 *
 * <h2>Synthetic communes</h2>
 *
 * egov ships no commune catalogue, so addresses use made-up communes whose codes are computed, not looked up: in an
 * era, a province with code {@code p} owns the five-digit codes {@code p × 300 + 1} to {@code p × 300 + 299}. In the
 * 2025 era it has {@value #COMMUNES_2025} communes, {@code p × 300 + i}; in the legacy era {@value #LEGACY_DISTRICTS}
 * districts coded {@code p × 10 + d} (three digits) of {@value #LEGACY_COMMUNES_PER_DISTRICT} communes each, {@code p ×
 * 300 + d × 20 + j}. Codes are therefore unique per era, as real ones are, and {@link SyntheticCommunes} recognises
 * exactly these. The names are common place-name stems.
 */
final class Places {

  static final ProvinceCatalog CATALOG = ProvinceCatalog.builtIn();

  static final int COMMUNES_2025 = 30;
  static final int LEGACY_DISTRICTS = 8;
  static final int LEGACY_COMMUNES_PER_DISTRICT = 12;
  private static final int CODE_BLOCK = 300;
  private static final int DISTRICT_BLOCK = 20;

  /** How often, in percent, a member of an ethnic group with home provinces is born in one of them. */
  private static final int HOME_PERCENT = 85;

  /** The scale of the probabilities in the conditional ethnic-group tables. */
  private static final long PROBABILITY_SCALE = 100_000_000L;

  /** Where people who left their province of birth live now: the big cities weigh three times their population. */
  private static final List<String> MIGRATION_CITIES = List.of("01", "79", "74", "75", "48", "31", "92", "27", "77");

  /** An ethnic group with its national weight and the legacy provinces most of its members live in. */
  record EthnicProfile(String code, int weight, List<Province> homeProvinces) {
    boolean livesIn(Province legacy) {
      return homeProvinces.isEmpty() || homeProvinces.contains(legacy);
    }
  }

  static final class Data {
    /** Population in thousands by legacy code (index = the code's value). */
    static final int[] POPULATION = new int[100];
    static final Weighted<Province> LEGACY_BY_POPULATION;
    static final Weighted<Province> REFORM_BY_POPULATION;
    static final Weighted<Province> LEGACY_MIGRATION;
    static final Weighted<Province> REFORM_MIGRATION;
    static final Weighted<EthnicProfile> ETHNIC;
    /** Ethnic groups conditioned on the legacy province of birth (index = its code's value). */
    static final List<Weighted<EthnicProfile>> ETHNIC_BY_BIRTH_PROVINCE;
    static final List<String> COMMUNE_STEMS;
    static final List<String> STREETS;
    /** For each 2025 province (index = its code's value), its legacy parts weighted by population. */
    static final List<Weighted<Province>> PARTS;
    /** Full names ("Tỉnh Thanh Hóa") by era ordinal and code value. */
    static final String[][] FULL_NAMES = new String[2][100];
    /** The synthetic communes of each province by era ordinal, code value and commune index (legacy: d × 20 + j). */
    static final Commune[][][] COMMUNES = new Commune[2][100][];
    /** The synthetic legacy districts' names by code value and district index. */
    static final String[][] DISTRICT_NAMES = new String[100][];

    static {
      DataTable population = DataTable.load("province-population.csv", "code", "population");
      for (String[] row : population.rows()) {
        POPULATION[index(population.field(row, "code"))] = population.intField(row, "population");
      }
      Weighted.Builder<Province> legacy = Weighted.builder();
      Weighted.Builder<Province> legacyMigration = Weighted.builder();
      for (Province p : ModelTables.LEGACY_PROVINCES) {
        int people = POPULATION[index(p.code().code())];
        if (people <= 0) {
          throw new IllegalStateException("province-population.csv has no population for " + p.code());
        }
        legacy.add(p, people);
        legacyMigration.add(p, MIGRATION_CITIES.contains(p.code().code()) ? 3 * people : people);
      }
      LEGACY_BY_POPULATION = legacy.build();
      LEGACY_MIGRATION = legacyMigration.build();
      Weighted.Builder<Province> reform = Weighted.builder();
      Weighted.Builder<Province> reformMigration = Weighted.builder();
      for (Province p : CATALOG.all(AdministrativeEra.REFORM_2025)) {
        int people = 0;
        int movers = 0;
        for (ProvinceCode part : p.formedFrom()) {
          int n = POPULATION[index(part.code())];
          people += n;
          movers += MIGRATION_CITIES.contains(part.code()) ? 3 * n : n;
        }
        reform.add(p, people);
        reformMigration.add(p, movers);
      }
      REFORM_BY_POPULATION = reform.build();
      REFORM_MIGRATION = reformMigration.build();
      List<Weighted<Province>> parts = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Province p = CATALOG.find(ProvinceCode.reform2025(pad(i, 2))).orElse(null);
        if (p == null) {
          parts.add(null);
          continue;
        }
        Weighted.Builder<Province> b = Weighted.builder();
        for (ProvinceCode part : p.formedFrom()) {
          b.add(legacy(part.code()), POPULATION[index(part.code())]);
        }
        parts.add(b.build());
      }
      PARTS = Collections.unmodifiableList(parts);

      DataTable ethnic = DataTable.load("ethnic-groups.csv", "code", "weight", "home_provinces");
      Weighted.Builder<EthnicProfile> groups = Weighted.builder();
      for (String[] row : ethnic.rows()) {
        List<Province> home = new ArrayList<>();
        String homes = ethnic.field(row, "home_provinces");
        if (!homes.isEmpty()) {
          for (String code : homes.split(" ", -1)) {
            home.add(CATALOG.find(ProvinceCode.legacy(code)).orElseThrow(
                () -> new IllegalStateException("ethnic-groups.csv names unknown legacy province " + code)));
          }
        }
        groups.add(new EthnicProfile(ethnic.field(row, "code"), ethnic.intField(row, "weight"), List.copyOf(home)),
            ethnic.intField(row, "weight"));
      }
      ETHNIC = groups.build();
      // P(group | province) ∝ P(group) × P(province | group), with P(province | group) as birthProvinceOf draws it:
      // a home province (uniformly) 85 % of the time, otherwise by population; by population for groups without homes.
      long totalPopulation = 0;
      for (int people : POPULATION) {
        totalPopulation += people;
      }
      List<Weighted<EthnicProfile>> byProvince = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Province born = CATALOG.find(ProvinceCode.legacy(pad(i, 2))).orElse(null);
        Weighted.Builder<EthnicProfile> b = Weighted.builder();
        for (EthnicProfile group : ETHNIC.values()) {
          long byPopulation = PROBABILITY_SCALE * POPULATION[i] / totalPopulation;
          long given;
          if (group.homeProvinces().isEmpty()) {
            given = byPopulation;
          } else {
            given = (100 - HOME_PERCENT) * byPopulation / 100;
            if (born != null && group.homeProvinces().contains(born)) {
              given += HOME_PERCENT * PROBABILITY_SCALE / 100 / group.homeProvinces().size();
            }
          }
          b.add(group, Math.toIntExact(group.weight() * given / 1000));
        }
        byProvince.add(b.isEmpty() ? ETHNIC : b.build());
      }
      ETHNIC_BY_BIRTH_PROVINCE = List.copyOf(byProvince);

      DataTable places = DataTable.load("place-names.csv", "kind", "name");
      List<String> stems = new ArrayList<>();
      List<String> streets = new ArrayList<>();
      for (String[] row : places.rows()) {
        String kind = places.field(row, "kind");
        if (kind.equals("COMMUNE")) {
          stems.add(places.field(row, "name"));
        } else if (kind.equals("STREET")) {
          streets.add(places.field(row, "name"));
        } else {
          throw new IllegalStateException("place-names.csv: unknown kind " + kind);
        }
      }
      if (stems.size() < COMMUNES_2025) {
        throw new IllegalStateException("place-names.csv needs at least " + COMMUNES_2025 + " commune stems");
      }
      COMMUNE_STEMS = List.copyOf(stems);
      STREETS = List.copyOf(streets);
      for (AdministrativeEra era : AdministrativeEra.values()) {
        for (Province p : CATALOG.all(era)) {
          int i = index(p.code().code());
          FULL_NAMES[era.ordinal()][i] = p.fullName();
          Commune[] communes = new Commune[CODE_BLOCK];
          for (int rest = 1; rest < CODE_BLOCK; rest++) {
            communes[rest] = makeCommune(era, p, i * CODE_BLOCK + rest);
          }
          COMMUNES[era.ordinal()][i] = communes;
          if (era == AdministrativeEra.LEGACY_2004) {
            String[] districts = new String[LEGACY_DISTRICTS];
            for (int d = 0; d < LEGACY_DISTRICTS; d++) {
              districts[d] = districtType(p, d) + ' ' + districtStem(i, d);
            }
            DISTRICT_NAMES[i] = districts;
          }
        }
      }
    }

    private Data() {}
  }

  private Places() {}

  static int index(CharSequence twoDigits) {
    return (twoDigits.charAt(0) - '0') * 10 + (twoDigits.charAt(1) - '0');
  }

  /** Returns a legacy province, weighted by population. */
  static Province legacyProvince(SplitMix64 random) {
    return Data.LEGACY_BY_POPULATION.pick(random);
  }

  /** Returns a province of {@code era}, weighted by population. */
  static Province province(SplitMix64 random, AdministrativeEra era) {
    return era == AdministrativeEra.LEGACY_2004 ? legacyProvince(random) : Data.REFORM_BY_POPULATION.pick(random);
  }

  /** Returns a province of {@code era} where someone who moved lives: big cities weigh more. */
  static Province migrationDestination(SplitMix64 random, AdministrativeEra era) {
    return (era == AdministrativeEra.LEGACY_2004 ? Data.LEGACY_MIGRATION : Data.REFORM_MIGRATION).pick(random);
  }

  /** Returns the unit of {@code era} that a legacy province is, or became part of. */
  static Province inEra(Province legacy, AdministrativeEra era) {
    return era == AdministrativeEra.LEGACY_2004 ? legacy : CATALOG.successorOf(legacy.code()).orElseThrow();
  }

  /** Returns one of the legacy units a province of either era covers, weighted by population. */
  static Province legacyPart(SplitMix64 random, Province province) {
    if (province.code().era() == AdministrativeEra.LEGACY_2004) {
      return province;
    }
    return Data.PARTS.get(index(province.code().code())).pick(random);
  }

  /** Returns the legacy unit with this code. */
  static Province legacy(String code) {
    return CATALOG.find(ProvinceCode.legacy(code)).orElseThrow();
  }

  /** Returns an ethnic group drawn by national weights. */
  static EthnicProfile ethnicGroup(SplitMix64 random) {
    return Data.ETHNIC.pick(random);
  }

  /**
   * Returns an ethnic group for someone born in this legacy province, as likely as the unconditional draws ({@link
   * #ethnicGroup} then {@link #birthProvinceOf}) make it: in Hà Giang the Hmong, Tày and Dao are many, in Hà Nội few.
   */
  static EthnicProfile ethnicGroupBornIn(SplitMix64 random, Province legacy) {
    return Data.ETHNIC_BY_BIRTH_PROVINCE.get(index(legacy.code().code())).pick(random);
  }

  /** Returns a legacy province of birth for a member of {@code group}: mostly a home province, if it has any. */
  static Province birthProvinceOf(SplitMix64 random, EthnicProfile group) {
    if (group.homeProvinces().isEmpty() || !random.percent(HOME_PERCENT)) {
      return legacyProvince(random);
    }
    List<Province> homes = group.homeProvinces();
    return homes.get(random.nextInt(homes.size()));
  }

  // --------------------------------------------------------------------------------------------- addresses

  /** Returns an address in a synthetic commune of {@code province}, of the province's era, with a detail line. */
  static Address address(SplitMix64 random, Province province) {
    AdministrativeEra era = province.code().era();
    int p = index(province.code().code());
    String fullName = Data.FULL_NAMES[era.ordinal()][p];
    Address.Builder b = Address.builder(era)
        .province(province.code().code(), fullName != null ? fullName : province.fullName());
    Commune commune;
    if (era == AdministrativeEra.REFORM_2025) {
      commune = Data.COMMUNES[era.ordinal()][p][random.between(1, COMMUNES_2025)];
    } else {
      int d = random.nextInt(LEGACY_DISTRICTS);
      commune = Data.COMMUNES[era.ordinal()][p][d * DISTRICT_BLOCK + random.between(1, LEGACY_COMMUNES_PER_DISTRICT)];
      b.district(Objects.requireNonNull(commune.districtCode()), Data.DISTRICT_NAMES[p][d]);
    }
    b.commune(commune.code(), commune.name());
    boolean urban = !commune.type().equals("Xã");
    return b.detail(detail(random, urban, p >= 70)).build();
  }

  /** Returns the synthetic commune with this code in this era, or {@code null} if there is none. */
  static @Nullable Commune commune(AdministrativeEra era, int code) {
    int p = code / CODE_BLOCK;
    if (p < 1 || p > 99) {
      return null;
    }
    Commune[] communes = Data.COMMUNES[era.ordinal()][p];
    return communes == null ? null : communes[code % CODE_BLOCK];
  }

  /** Builds the synthetic commune with this code of {@code province}, or returns {@code null} if there is none. */
  private static @Nullable Commune makeCommune(AdministrativeEra era, Province province, int code) {
    int p = code / CODE_BLOCK;
    int rest = code % CODE_BLOCK;
    String provinceCode = province.code().code();
    if (era == AdministrativeEra.REFORM_2025) {
      if (rest < 1 || rest > COMMUNES_2025) {
        return null;
      }
      String type = communeType2025(province, rest);
      return new Commune(era, pad(code, 5), type + ' ' + communeStem(p, 0, rest), provinceCode, null, type);
    }
    int d = rest / DISTRICT_BLOCK;
    int j = rest % DISTRICT_BLOCK;
    if (d >= LEGACY_DISTRICTS || j < 1 || j > LEGACY_COMMUNES_PER_DISTRICT) {
      return null;
    }
    String type = legacyCommuneType(districtType(province, d), j);
    return new Commune(era, pad(code, 5), legacyCommuneName(p, d, j, type), provinceCode, pad(p * 10 + d, 3), type);
  }

  private static String communeType2025(Province province, int i) {
    return i <= (province.type() == ProvinceType.CENTRAL_CITY ? 22 : 6) ? "Phường" : "Xã";
  }

  private static String districtType(Province province, int d) {
    if (province.type() == ProvinceType.CENTRAL_CITY) {
      return d <= 4 ? "Quận" : "Huyện";
    }
    return d == 0 ? "Thành phố" : d == 1 ? "Thị xã" : "Huyện";
  }

  private static String legacyCommuneType(String districtType, int j) {
    if (districtType.equals("Huyện")) {
      return j == 1 ? "Thị trấn" : "Xã";
    }
    return j <= 10 ? "Phường" : "Xã";
  }

  private static String legacyCommuneName(int p, int d, int j, String type) {
    // Hồ Chí Minh's inner districts numbered their wards before the reform: "Phường 7".
    if (p == 79 && d <= 3 && type.equals("Phường")) {
      return "Phường " + j;
    }
    return type + ' ' + communeStem(p, d, j);
  }

  private static String communeStem(int p, int d, int i) {
    List<String> stems = Data.COMMUNE_STEMS;
    return stems.get((p * 37 + d * 17 + i * 11) % stems.size());
  }

  private static String districtStem(int p, int d) {
    List<String> stems = Data.COMMUNE_STEMS;
    return stems.get((p * 13 + d * 7 + 5) % stems.size());
  }

  private static String detail(SplitMix64 random, boolean urban, boolean south) {
    if (urban) {
      String street = Data.STREETS.get(random.nextInt(Data.STREETS.size()));
      int number = random.between(1, 399);
      int roll = random.nextInt(100);
      if (roll < 60) {
        return "Số " + number + ' ' + street;
      }
      return south
          ? number + "/" + random.between(1, 60) + ' ' + street
          : "Số " + random.between(1, 80) + ", ngõ " + number + ", " + street;
    }
    int k = random.between(1, 15);
    if (south) {
      String hamlet = Data.COMMUNE_STEMS.get(random.nextInt(Data.COMMUNE_STEMS.size()));
      return random.percent(50) ? "Ấp " + hamlet : "Tổ " + k + ", ấp " + hamlet;
    }
    return random.percent(60) ? "Thôn " + k : "Xóm " + k;
  }
}
