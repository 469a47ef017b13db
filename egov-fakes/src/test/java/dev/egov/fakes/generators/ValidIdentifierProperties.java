package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.Identifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.TaxCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated valid value is valid for the model, reads back equal, and decodes to what was asked for. */
@Timeout(60)
class ValidIdentifierProperties {

  private static final int SAMPLES_PER_KIND = 300;
  private static final int BATCH = 50;

  /** A date after every birth year the random generators produce, for the findings about the future. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static final long VALID_SEED = 0x5EED_0001L;

  /** Batches of {@value #BATCH} values of each kind; a failure names the kind, the batch and the index in it. */
  static Stream<Arguments> validIdentifiers() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(VALID_SEED);
    List<Arguments> arguments = new ArrayList<>();
    for (IdentifierKind kind : IdentifierKind.values()) {
      List<Identifier> values = new ArrayList<>();
      for (int i = 0; i < SAMPLES_PER_KIND; i++) {
        values.add(ids.valid(kind));
      }
      List<List<Identifier>> batches = Identifiers.batches(values, BATCH);
      for (int b = 0; b < batches.size(); b++) {
        arguments.add(Arguments.of(kind, b, batches.get(b)));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("validIdentifiers")
  void valid_everyKind_checksValidAndParsesBackEqual(IdentifierKind kind, int batch, List<Identifier> ids) {
    for (int i = 0; i < ids.size(); i++) {
      Identifier id = ids.get(i);
      String text = id.format();
      String where = kind + " batch " + batch + " #" + i + " (seed " + VALID_SEED + ")";

      assertThat(id.kind()).as(where).isEqualTo(kind);
      assertThat(kind.check(text)).as(where).isEqualTo(IdentifierCheck.VALID);
      assertThat(kind.checkLenient(text)).as(where).isEqualTo(IdentifierCheck.VALID);
      Identifier parsed = kind.parse(text);
      assertThat(parsed).as(where).isEqualTo(id).hasSameHashCodeAs(id);
      assertThat(parsed.format()).as(where).isEqualTo(text);
      assertThat(Identifiers.isLenient(parsed)).as(where).isFalse();
      assertThat(kind.parseLenient(text)).as(where).isEqualTo(id);
      assertThat(IdentifierKind.plausibleKinds(text)).as(where).contains(kind);
      if (kind.isPersonalData()) {
        assertThat(id.toString()).as(where).isEqualTo(id.masked()).isNotEqualTo(text);
      }
    }
  }

  /** Every legacy province, both sexes, and years across all five centuries the number encodes. */
  static Stream<Arguments> requestedPeople() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0002L);
    List<Province> provinces = ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004);
    int[] edgeYears = {1900, 1901, 1999, 2000, 2099, 2100, 2199, 2200, 2299, 2300, 2398, 2399};
    List<Arguments> arguments = new ArrayList<>();
    for (int i = 0; i < 630; i++) {
      Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
      int year = i < 2 * edgeYears.length ? edgeYears[i / 2] : 1900 + (i * 37) % 500;
      Province province = provinces.get(i % provinces.size());
      arguments.add(Arguments.of(sex, year, province, ids.personalIdNumber(sex, year, province)));
    }
    return Identifiers.batches(arguments, 63).stream().map(batch -> Arguments.of(batch));
  }

  @ParameterizedTest
  @MethodSource("requestedPeople")
  void personalIdNumber_requestedSexYearAndProvince_decodesToThem(List<Arguments> people) {
    for (Arguments person : people) {
      Sex sex = (Sex) person.get()[0];
      int year = (Integer) person.get()[1];
      Province province = (Province) person.get()[2];
      PersonalIdNumber id = (PersonalIdNumber) person.get()[3];
      String where = sex + " " + year + " " + province.name();

      assertThat(id.sex()).as(where).isEqualTo(sex);
      assertThat(id.birthYear()).as(where).isEqualTo(year);
      assertThat(id.birthRegistrationProvince()).as(where).contains(province);
      assertThat(id.findings(PartialDate.ofYear(year), sex, LocalDate.of(2400, 1, 1))).as(where).isEmpty();
      assertThat(LegacyIdCardNumber.parse(id.format()).birthYear()).as(where).hasValue(year);
    }
  }

  @Test
  void personalIdNumber_random_hasDomesticPrefixARealisticBirthYearAndBothSexes() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0003L);
    TreeSet<String> prefixes = new TreeSet<>();
    int female = 0;
    int workingAge = 0;
    int samples = 6300;
    for (int i = 0; i < samples; i++) {
      PersonalIdNumber id = ids.personalIdNumber();
      assertThat(id.findings()).isEmpty();
      assertThat(id.findings(PartialDate.ofYear(id.birthYear()), id.sex(), TODAY)).isEmpty();
      assertThat(id.birthYear()).isBetween(1930, 2024);
      prefixes.add(id.prefix());
      female += id.sex() == Sex.FEMALE ? 1 : 0;
      workingAge += id.birthYear() >= 1960 && id.birthYear() <= 2009 ? 1 : 0;
    }
    assertThat(prefixes).hasSize(63);
    assertThat(female).isBetween(samples * 45 / 100, samples * 55 / 100);
    assertThat(workingAge).isGreaterThan(samples * 60 / 100);
  }

  @Test
  void legacyIdCardNumber_twelveDigits_isACardOf2012To2016() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0004L);
    for (int i = 0; i < 1000; i++) {
      LegacyIdCardNumber card = ids.legacyIdCardNumber(LegacyIdCardNumber.Form.TWELVE_DIGITS);
      assertThat(card.birthYear().getAsInt()).isBetween(1930, 2002);
      assertThat(card.birthRegistrationProvince()).isPresent();
      assertThat(card.likelyPersonalIdNumber()).isPresent();
      assertThat(card.findings(PartialDate.unknown(), Sex.UNKNOWN, TODAY)).isEmpty();
    }
  }

  @Test
  void taxCode_checkDigits_areSpreadOverAllTenDigits() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0005L);
    int[] byCheckDigit = new int[10];
    int samples = 5000;
    for (int i = 0; i < samples; i++) {
      byCheckDigit[ids.taxCode().format().charAt(9) - '0']++;
    }
    for (int count : byCheckDigit) {
      assertThat(count).isBetween(samples / 20, samples * 3 / 20);
    }
  }

  @Test
  void taxCodeWithCheckDigitZero_endsInZero_becauseTheRemainderIsTen() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0006L);
    for (int i = 0; i < 1000; i++) {
      String code = ids.taxCodeWithCheckDigitZero().format();
      assertThat(code).endsWith("0");
      assertThat(TaxCode.checkDigitFor(code.substring(0, 9))).hasValue(0);
      assertThat(TaxCode.check(code)).isEqualTo(IdentifierCheck.VALID);
    }
  }

  @Test
  void branchTaxCode_ofAParent_belongsToIt() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0007L);
    for (int i = 0; i < 1000; i++) {
      TaxCode parent = ids.taxCode();
      BranchTaxCode branch = ids.branchTaxCode(parent);
      assertThat(branch.parent()).isEqualTo(parent);
      assertThat(branch.number()).isBetween(1, 999);
      assertThat(branch.format()).startsWith(parent.format() + "-");
    }
  }

  @Test
  void healthInsuranceCardCode_partsAreInTheirRanges() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0008L);
    int[] byLevel = new int[6];
    for (int i = 0; i < 2000; i++) {
      HealthInsuranceCardCode card = ids.healthInsuranceCardCode();
      byLevel[card.benefitLevel()]++;
      assertThat(card.beneficiaryGroup()).matches("[A-Z]{2}");
      assertThat(card.province()).isPresent();
      assertThat(card.socialInsuranceNumber().format()).hasSize(10);
    }
    for (int level = 1; level <= 5; level++) {
      assertThat(byLevel[level]).as("benefit level %d", level).isPositive();
    }
    assertThat(byLevel[4]).isGreaterThan(byLevel[1] + byLevel[5]);
  }

  @Test
  void agencyCode_levelOneIsCatalogued_andEveryDepthOccurs() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0009L);
    int[] byDepth = new int[5];
    for (int i = 0; i < 2000; i++) {
      AgencyCode code = ids.agencyCode();
      byDepth[code.depth()]++;
      assertThat(code.topLevelAgency()).isPresent();
      assertThat(code.isLenient()).isFalse();
      AgencyCode top = code;
      while (top.parent().isPresent()) {
        top = top.parent().get();
      }
      assertThat(top.depth()).isEqualTo(1);
      assertThat(top.level1()).isEqualTo(code.level1());
    }
    for (int depth = 1; depth <= 4; depth++) {
      assertThat(byDepth[depth]).as("depth %d", depth).isPositive();
    }
  }

  @Test
  void procedureCode_nationalAndAgencyVariants_bothOccur() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_000AL);
    Map<Boolean, Integer> byHasAgency = new java.util.TreeMap<>();
    for (int i = 0; i < 1000; i++) {
      ProcedureCode code = ids.procedureCode();
      assertThat(code.nationalCode()).matches("[1-3]\\.\\d{6}");
      assertThat(code.national().format()).isEqualTo(code.nationalCode());
      byHasAgency.merge(code.agency().isPresent(), 1, Integer::sum);
    }
    assertThat(byHasAgency).containsKeys(true, false);
  }

  @Test
  void dossierCode_dateAndSequence_areInRange() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_000BL);
    for (int i = 0; i < 2000; i++) {
      DossierCode code = ids.dossierCode();
      assertThat(code.receiptDate()).isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31));
      assertThat(code.sequence()).isBetween(1, DossierCode.MAX_STANDARD_SEQUENCE);
      assertThat(code).isEqualTo(DossierCode.of(code.agency(), code.receiptDate(), code.sequence()));
    }
  }

  @Test
  void phoneNumber_eachType_hasThatType_andMobilesHaveANetwork() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_000CL);
    Map<PhoneNumber.Type, Integer> byType = new EnumMap<>(PhoneNumber.Type.class);
    for (int i = 0; i < 2000; i++) {
      PhoneNumber number = ids.phoneNumber();
      byType.merge(number.type(), 1, Integer::sum);
      assertThat(PhoneNumber.parse(number.e164())).isEqualTo(number);
      if (number.type() == PhoneNumber.Type.MOBILE) {
        assertThat(number.mobileNetwork()).isPresent();
      }
    }
    assertThat(byType).containsKeys(PhoneNumber.Type.MOBILE, PhoneNumber.Type.LANDLINE);
    for (PhoneNumber.Type type : PhoneNumber.Type.values()) {
      assertThat(ids.phoneNumber(type).type()).isEqualTo(type);
    }
  }

  @Test
  void sex_isMaleOrFemale_neverUnknown() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_000DL);
    Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
    for (int i = 0; i < 1000; i++) {
      bySex.merge(ids.sex(), 1, Integer::sum);
    }
    assertThat(bySex).containsOnlyKeys(Sex.MALE, Sex.FEMALE);
  }

  static Stream<Arguments> birthDates() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_000EL);
    List<PartialDate> dates = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      dates.add(ids.birthDate());
    }
    return Identifiers.batches(dates, 200).stream().map(batch -> Arguments.of(batch));
  }

  @ParameterizedTest
  @MethodSource("birthDates")
  void birthDate_random_isKnownInRangeAndParsesBackEqual(List<PartialDate> dates) {
    for (PartialDate date : dates) {
      assertThat(date.isKnown()).as(date.toString()).isTrue();
      assertThat(date.year().getAsInt()).as(date.toString()).isBetween(1930, 2024);
      assertThat(PartialDate.parse(date.format())).isEqualTo(date);
    }
  }

  @Test
  void birthDate_random_hasEveryKnownPrecision_mostlyFullDates() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_000FL);
    Map<PartialDate.Precision, Integer> byPrecision = new EnumMap<>(PartialDate.Precision.class);
    for (int i = 0; i < 2000; i++) {
      byPrecision.merge(ids.birthDate().precision(), 1, Integer::sum);
    }
    assertThat(byPrecision)
        .containsOnlyKeys(PartialDate.Precision.YEAR, PartialDate.Precision.MONTH, PartialDate.Precision.DAY);
    assertThat(byPrecision.get(PartialDate.Precision.DAY)).isGreaterThan(1500);
  }

  @Test
  void birthDate_givenYearAndPrecision_hasThem_andAPersonalIdAgreesWithIt() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0x5EED_0010L);
    for (int i = 0; i < 1000; i++) {
      int year = ids.birthYear();
      PartialDate.Precision precision = PartialDate.Precision.values()[1 + i % 3];
      PartialDate date = ids.birthDate(year, precision);
      Sex sex = ids.sex();

      assertThat(date.precision()).isEqualTo(precision);
      assertThat(date.year()).hasValue(year);
      assertThat(PartialDate.parse(date.format())).isEqualTo(date);
      assertThat(ids.personalIdNumber(sex, year).findings(date, sex, TODAY)).isEmpty();
    }
  }
}
