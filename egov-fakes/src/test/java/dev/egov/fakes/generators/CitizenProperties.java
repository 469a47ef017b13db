package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.Relative;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated citizen is valid, consistent with their personal ID, and the population looks plausible. */
@Timeout(60)
class CitizenProperties {

  private static final long SEED = 0x5EED_C171L;
  private static final int COUNT = 3000;
  private static final int BATCH = 100;
  private static final ProvinceCatalog PROVINCES = ProvinceCatalog.builtIn();

  private static List<Citizen> generated;

  /** The citizens of {@link #SEED} with the default options, generated once for every test of the class. */
  static synchronized List<Citizen> generated() {
    if (generated == null) {
      CitizenGenerator people = CitizenGenerator.withSeed(SEED);
      List<Citizen> all = new ArrayList<>(COUNT);
      for (int i = 0; i < COUNT; i++) {
        all.add(people.citizen());
      }
      generated = List.copyOf(all);
    }
    return generated;
  }

  /** Batches of {@value #BATCH}: a failure names the batch, and the index in it with the seed reproduces the case. */
  static Stream<Arguments> citizens() {
    List<List<Citizen>> batches = Identifiers.batches(generated(), BATCH);
    List<Arguments> arguments = new ArrayList<>();
    for (int b = 0; b < batches.size(); b++) {
      arguments.add(Arguments.of(b, batches.get(b)));
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "batch {0}")
  @MethodSource("citizens")
  void citizen_anyGenerated_passesValidation(int batch, List<Citizen> citizens) {
    for (int i = 0; i < citizens.size(); i++) {
      Citizen c = citizens.get(i);
      assertThat(Records.violations(c)).as(where(batch, i, c)).isEmpty();
    }
  }

  @ParameterizedTest(name = "batch {0}")
  @MethodSource("citizens")
  void citizen_anyGenerated_agreesWithTheirPersonalId(int batch, List<Citizen> citizens) {
    for (int i = 0; i < citizens.size(); i++) {
      Citizen c = citizens.get(i);
      String where = where(batch, i, c);
      PersonalIdNumber id = c.personalId();
      assertThat(id).as(where).isNotNull();
      assertThat(id.sex()).as(where).isEqualTo(c.sex());
      assertThat(c.birthDate().year()).as(where).hasValue(id.birthYear());
      assertThat(c.personalIdFindings(CitizenOptions.DEFAULT_AS_OF)).as(where).isEmpty();
      assertThat(c.birthDate().couldBeOnOrBefore(CitizenOptions.DEFAULT_AS_OF)).as(where).isTrue();

      // The birth was registered in the province the prefix names, in the catalogue in force at the birth.
      Address registration = c.places().birthRegistrationPlace();
      assertThat(registration).as(where).isNotNull();
      assertThat(registration.provinceCode()).as(where).isEqualTo(id.prefix().substring(1));
      c.birthDate().toLocalDate().ifPresent(born ->
          assertThat(registration.era()).as(where).isEqualTo(AdministrativeEra.asOf(born)));
      if (registration.era() == AdministrativeEra.LEGACY_2004) {
        assertThat(id.birthRegistrationProvince()).as(where).isEqualTo(registration.province());
      }
    }
  }

  @ParameterizedTest(name = "batch {0}")
  @MethodSource("citizens")
  void citizen_anyGenerated_hasConsistentPlacesAndFamily(int batch, List<Citizen> citizens) {
    for (int i = 0; i < citizens.size(); i++) {
      Citizen c = citizens.get(i);
      String where = where(batch, i, c);
      for (Address address : new Address[] {c.places().birthRegistrationPlace(), c.places().homeTown(), c.places().permanentResidence(),
          c.places().currentResidence()}) {
        assertThat(address).as(where).isNotNull();
        assertThat(address.province()).as(where).isPresent();
        assertThat(SyntheticCommunes.catalog().find(address.era(), address.communeCode()))
            .as(where + " " + Records.address(address))
            .hasValueSatisfying(commune -> assertThat(commune.provinceCode()).isEqualTo(address.provinceCode()));
      }
      assertThat(c.places().permanentResidence().era()).as(where).isEqualTo(AdministrativeEra.REFORM_2025);
      assertThat(c.places().currentResidence().era()).as(where).isEqualTo(AdministrativeEra.REFORM_2025);
      assertThat(c.places().homeTown().era()).as(where).isEqualTo(c.places().birthRegistrationPlace().era());

      assertThat(c.particulars().ethnicity()).as(where).isNotNull();
      assertThat(c.particulars().ethnicity().isKnown()).as(where).isTrue();
      assertThat(c.particulars().nationality()).as(where).isEqualTo(People.VIETNAMESE);

      // A birth date known by year only leaves the age within a range: check what holds for every possible day.
      long youngest = age(c, c.birthDate().latest().orElseThrow());
      long oldest = age(c, c.birthDate().earliest().orElseThrow());
      if (oldest < 18) {
        assertThat(c.particulars().maritalStatus()).as(where).isEqualTo(MaritalStatus.NEVER_MARRIED);
        assertThat(c.otherIdentifiers().taxIdentifier()).as(where).isNull();
      }
      if (c.family().spouse() != null) {
        assertThat(c.particulars().maritalStatus()).as(where).isEqualTo(MaritalStatus.MARRIED);
        PersonalIdNumber spouseId = c.family().spouse().personalId();
        if (spouseId != null) {
          assertThat(spouseId.sex()).as(where).isNotEqualTo(c.sex());
        }
      }
      if (c.family().father() != null) {
        assertThat(c.family().father().name().family()).as(where).isEqualTo(c.name().family());
        assertParent(where, c.family().father(), Sex.MALE, c);
      }
      if (c.family().mother() != null) {
        assertParent(where, c.family().mother(), Sex.FEMALE, c);
      }
      if (c.family().representative() != null) {
        assertThat(youngest).as(where).isLessThan(18);
        assertThat(c.family().representative()).as(where).isIn(c.family().father(), c.family().mother());
      }
      assertThat(c.family().householdHead()).as(where).isNotNull();
      assertThat(c.family().householdHead().relation()).as(where).isNotNull();
      if (c.family().householdHead().relation().equals(People.HEAD)) {
        assertThat(c.family().householdHead().personalId()).as(where).isEqualTo(c.personalId());
      }
    }
  }

  private static void assertParent(String where, Relative parent, Sex sex, Citizen child) {
    if (parent.personalId() != null) {
      assertThat(parent.personalId().sex()).as(where).isEqualTo(sex);
      assertThat(parent.personalId().birthYear()).as(where).isLessThan(child.personalId().birthYear() - 17);
    }
  }

  /** Requested sexes, ages, provinces and dates, each with a few hundred citizens. */
  static Stream<Arguments> requests() {
    Province hanoi = PROVINCES.find(ProvinceCode.legacy("01")).orElseThrow();
    Province thanhHoa = PROVINCES.find(ProvinceCode.legacy("38")).orElseThrow();
    Province hoChiMinh = PROVINCES.find(ProvinceCode.reform2025("79")).orElseThrow();
    Province gialaiLegacy = PROVINCES.find(ProvinceCode.legacy("64")).orElseThrow();
    CitizenOptions defaults = CitizenOptions.defaults();
    return Stream.of(
        Arguments.of("women 18-25", defaults.sex(Sex.FEMALE).ageBetween(18, 25)),
        Arguments.of("men 60-120", defaults.sex(Sex.MALE).ageBetween(60, 120)),
        Arguments.of("children born in Hà Nội", defaults.ageBetween(0, 5).bornIn(hanoi)),
        Arguments.of("living in Hồ Chí Minh", defaults.livingIn(hoChiMinh)),
        Arguments.of("born in Thanh Hóa, living in Hồ Chí Minh", defaults.bornIn(thanhHoa).livingIn(hoChiMinh)),
        Arguments.of("before the reform, in Gia Lai",
            defaults.asOf(LocalDate.of(2024, 6, 1)).livingIn(gialaiLegacy).ageBetween(30, 40)),
        Arguments.of("in 1950, the oldest possible", defaults.asOf(LocalDate.of(1950, 1, 1)).ageBetween(40, 120)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void citizen_withOptions_honoursThem(String name, CitizenOptions options) {
    CitizenGenerator people = CitizenGenerator.withSeed(name.hashCode());
    for (int i = 0; i < 300; i++) {
      Citizen c = people.citizen(options);
      String where = name + " #" + i + ": " + Records.render(c);
      assertThat(Records.violations(c)).as(where).isEmpty();
      options.sex().ifPresent(sex -> assertThat(c.sex()).as(where).isEqualTo(sex));
      LocalDate earliest = options.asOf().minusYears(options.maxAge() + 1L).plusDays(1);
      LocalDate latest = options.asOf().minusYears(options.minAge());
      assertThat(c.birthDate().couldBeOnOrAfter(earliest)).as(where).isTrue();
      assertThat(c.birthDate().couldBeOnOrBefore(latest)).as(where).isTrue();
      c.birthDate().toLocalDate().ifPresent(born -> assertThat(born).as(where).isBetween(earliest, latest));
      assertThat(c.personalId().birthYear()).as(where).isGreaterThanOrEqualTo(1900);
      options.birthRegistrationProvince().ifPresent(province -> {
        if (c.places().birthRegistrationPlace().era() == AdministrativeEra.LEGACY_2004) {
          assertThat(c.personalId().birthRegistrationProvince()).as(where).contains(province);
        }
      });
      options.residenceProvince().ifPresent(province -> {
        assertThat(c.places().permanentResidence().province()).as(where).contains(province);
        assertThat(c.places().currentResidence().province()).as(where).contains(province);
      });
      assertThat(c.places().permanentResidence().era()).as(where).isEqualTo(AdministrativeEra.asOf(options.asOf()));
    }
  }

  @Test
  void citizens_manyGenerated_lookLikeThePopulation() {
    List<Citizen> all = generated();
    int nguyen = 0;
    int kinh = 0;
    int women = 0;
    int yearOnly = 0;
    int variantSpelling = 0;
    int traditionalSpelling = 0;
    int minors = 0;
    int marriedAdults = 0;
    int adults30to59 = 0;
    int withLegacyCard = 0;
    int withFather = 0;
    int unpaddedEthnicity = 0;
    int twoWordMiddle = 0;
    int noMiddle = 0;
    for (Citizen c : all) {
      nguyen += c.name().family().equals("Nguyễn") ? 1 : 0;
      kinh += c.particulars().ethnicity().group().orElseThrow().code().equals("01") ? 1 : 0;
      unpaddedEthnicity += c.particulars().ethnicity().code().length() == 1 ? 1 : 0;
      women += c.sex() == Sex.FEMALE ? 1 : 0;
      yearOnly += c.birthDate().precision() == PartialDate.Precision.YEAR ? 1 : 0;
      String given = c.name().given();
      variantSpelling += given.equals("Hoà") || given.equals("Thuỷ") || given.equals("Thuý") ? 1 : 0;
      traditionalSpelling += given.equals("Hòa") || given.equals("Thủy") || given.equals("Thúy") ? 1 : 0;
      twoWordMiddle += c.name().middle().contains(" ") ? 1 : 0;
      noMiddle += c.name().middle().isEmpty() ? 1 : 0;
      long age = age(c, c.birthDate().latest().orElseThrow());
      minors += age < 18 ? 1 : 0;
      if (age >= 30 && age < 60) {
        adults30to59++;
        marriedAdults += MaritalStatus.MARRIED.equals(c.particulars().maritalStatus()) ? 1 : 0;
      }
      withLegacyCard += c.legacyIdCard() != null ? 1 : 0;
      withFather += c.family().father() != null ? 1 : 0;
    }
    int n = all.size();
    assertThat(share(nguyen, n)).as("share of Nguyễn").isBetween(0.33, 0.43);
    assertThat(share(kinh, n)).as("share of Kinh").isBetween(0.80, 0.90);
    assertThat(share(women, n)).as("share of women").isBetween(0.46, 0.54);
    assertThat(share(yearOnly, n)).as("birth dates known by year only").isBetween(0.08, 0.17);
    assertThat(share(minors, n)).as("minors").isBetween(0.15, 0.35);
    assertThat(share(marriedAdults, adults30to59)).as("married among those aged 30-59").isBetween(0.70, 0.92);
    assertThat(share(withFather, n)).as("with a father recorded").isBetween(0.80, 0.90);
    assertThat(variantSpelling).as("Hoà, Thuỷ, Thuý").isPositive();
    assertThat(traditionalSpelling).as("Hòa, Thủy, Thúy").isGreaterThan(variantSpelling);
    assertThat(withLegacyCard).as("with an old identity card").isPositive();
    assertThat(unpaddedEthnicity).as("ethnic codes without the leading zero").isPositive();
    assertThat(twoWordMiddle).as("two-word middle names").isPositive();
    assertThat(noMiddle).as("no middle name").isPositive();
  }

  @Test
  void citizen_ofAnEthnicGroupWithItsOwnNames_usuallyBearsOne() {
    CitizenGenerator people = CitizenGenerator.withSeed(8L);
    Province haGiang = PROVINCES.find(ProvinceCode.legacy("02")).orElseThrow();
    int hmong = 0;
    int hmongNames = 0;
    for (int i = 0; i < 1000; i++) {
      Citizen c = people.citizen(CitizenOptions.defaults().bornIn(haGiang));
      if (c.particulars().ethnicity().group().orElseThrow().code().equals("08")) {
        hmong++;
        hmongNames += List.of("Giàng", "Vàng", "Sùng", "Thào", "Lý", "Mùa", "Hầu", "Vừ", "Hạng", "Lầu")
            .contains(c.name().family()) ? 1 : 0;
      }
    }
    assertThat(hmong).as("Hmong citizens born in Hà Giang").isGreaterThan(50);
    assertThat(share(hmongNames, hmong)).as("with a Hmong family name").isBetween(0.55, 0.90);
  }

  @Test
  void citizen_livingInAProvinceOfAnotherCatalogue_throws() {
    Province legacyHanoi = PROVINCES.find(ProvinceCode.legacy("01")).orElseThrow();
    CitizenGenerator people = CitizenGenerator.withSeed(1L);
    assertThatThrownBy(() -> people.citizen(CitizenOptions.defaults().livingIn(legacyHanoi)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("01@LEGACY_2004");
  }

  @Test
  void options_invalidValues_throw() {
    CitizenOptions defaults = CitizenOptions.defaults();
    Province reformHanoi = PROVINCES.find(ProvinceCode.reform2025("01")).orElseThrow();
    assertThatThrownBy(() -> defaults.sex(Sex.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.ageBetween(30, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.ageBetween(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.ageBetween(0, 121)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.bornIn(reformHanoi)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("formedFrom");
    assertThatThrownBy(() -> defaults.asOf(LocalDate.of(1900, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    CitizenOptions impossible = defaults.asOf(LocalDate.of(1950, 1, 1)).ageBetween(60, 120);
    assertThatThrownBy(() -> CitizenGenerator.withSeed(1L).citizen(impossible))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900");
  }

  @Test
  void options_equalWhenTheirValuesAre() {
    CitizenOptions a = CitizenOptions.defaults().sex(Sex.MALE).ageBetween(20, 30);
    CitizenOptions b = CitizenOptions.defaults().ageBetween(20, 30).sex(Sex.MALE);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(CitizenOptions.defaults());
    assertThat(a.toString()).contains("MALE", "20-30");
  }

  @Test
  void name_ofGeneratorForASexAndYear_isAVietnameseName() {
    CitizenGenerator people = CitizenGenerator.withSeed(3L);
    for (int i = 0; i < 200; i++) {
      var name = people.name(i % 2 == 0 ? Sex.MALE : Sex.FEMALE, 1940 + i % 80);
      assertThat(name.family()).isNotEmpty();
      assertThat(name.given()).isNotEmpty().doesNotContain(" ");
      assertThat(name.fullName()).isEqualTo(String.join(" ",
          Stream.of(name.family(), name.middle(), name.given()).filter(s -> !s.isEmpty()).toList()));
    }
    assertThatThrownBy(() -> people.name(Sex.UNKNOWN, 1990)).isInstanceOf(IllegalArgumentException.class);
  }

  private static long age(Citizen c, LocalDate born) {
    return ChronoUnit.YEARS.between(born, CitizenOptions.DEFAULT_AS_OF);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static String where(int batch, int index, Citizen c) {
    return "batch " + batch + " #" + index + " (seed " + SEED + "): " + Records.render(c);
  }
}
