package dev.egov.fakes.generators;

import static dev.egov.fakes.generators.ModelTables.pad;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.AdministrativeUnitType;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Provinces weighted by population, ethnic groups and where they live, and addresses in real communes.
 *
 * <h2>Communes</h2>
 *
 * Addresses use the real communes of egov's built-in catalogue of administrative units ({@link
 * AdministrativeUnitCatalog#builtIn()}), so that they validate against it: in an era, a commune of the province is
 * drawn uniformly from the province's communes in code order (in the legacy era with its district, which thereby
 * weighs as many communes as it has). The official names and types come with it: {@code Phường 7} of Quận 5, {@code
 * Thị trấn Yên Viên}, {@code Đặc khu Côn Đảo}.
 */
final class Places {

  static final ProvinceCatalog CATALOG = ProvinceCatalog.builtIn();

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
    /** The communes of each province by era ordinal and code value, in code order. */
    static final List<List<List<AdministrativeUnit>>> COMMUNES;

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
      if (stems.isEmpty()) {
        throw new IllegalStateException("place-names.csv has no commune stem");
      }
      COMMUNE_STEMS = List.copyOf(stems);
      STREETS = List.copyOf(streets);
      AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
      List<List<List<AdministrativeUnit>>> communes = new ArrayList<>();
      for (AdministrativeEra era : AdministrativeEra.values()) {
        List<List<AdministrativeUnit>> inEra = new ArrayList<>(Collections.nCopies(100, List.of()));
        for (Province p : CATALOG.all(era)) {
          int i = index(p.code().code());
          FULL_NAMES[era.ordinal()][i] = p.fullName();
          List<AdministrativeUnit> list = units.communes(p.code());
          if (list.isEmpty()) {
            throw new IllegalStateException("the unit catalogue has no commune in " + p.code());
          }
          inEra.set(i, list);
        }
        communes.add(List.copyOf(inEra));
      }
      COMMUNES = List.copyOf(communes);
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

  /** Returns an address in a real commune of {@code province}, of the province's era, with a detail line. */
  static Address address(SplitMix64 random, Province province) {
    AdministrativeEra era = province.code().era();
    int p = index(province.code().code());
    String fullName = Data.FULL_NAMES[era.ordinal()][p];
    Address.Builder b = Address.builder(era)
        .province(province.code().code(), fullName != null ? fullName : province.fullName());
    List<AdministrativeUnit> communes = Data.COMMUNES.get(era.ordinal()).get(p);
    AdministrativeUnit commune = communes.get(random.nextInt(communes.size()));
    AdministrativeUnitCode parent = Objects.requireNonNull(commune.parent());
    if (era == AdministrativeEra.LEGACY_2004) {
      AdministrativeUnit district = AdministrativeUnitCatalog.builtIn().find(parent).orElseThrow();
      b.district(parent.code(), district.fullName());
    }
    b.commune(commune.code().code(), commune.fullName());
    boolean urban = commune.type() == AdministrativeUnitType.WARD || commune.type() == AdministrativeUnitType.TOWNSHIP;
    return b.detail(detail(random, urban, p >= 70)).build();
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
