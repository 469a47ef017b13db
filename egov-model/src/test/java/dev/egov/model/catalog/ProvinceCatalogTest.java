package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class ProvinceCatalogTest {

  private static final ProvinceCatalog CATALOG = ProvinceCatalog.builtIn();
  private static final LocalDate LAST_LEGACY_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate FIRST_REFORM_DAY = LocalDate.of(2025, 7, 1);

  /** The 63 legacy codes (Quyết định 124/2004/QĐ-TTg). */
  private static final List<String> LEGACY_CODES = List.of(
      "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24", "25", "26", "27",
      "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54",
      "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75", "77", "79", "80", "82", "83", "84",
      "86", "87", "89", "91", "92", "93", "94", "95", "96");

  /** The 34 units from 1 July 2025 and the legacy units each was formed from (Nghị quyết 202/2025/QH15). */
  private static final Map<String, String> REFORM_2025 = Map.ofEntries(
      Map.entry("01", "01"), Map.entry("04", "04"), Map.entry("08", "08 02"), Map.entry("11", "11"),
      Map.entry("12", "12"), Map.entry("14", "14"), Map.entry("15", "10 15"), Map.entry("19", "19 06"),
      Map.entry("20", "20"), Map.entry("22", "22"), Map.entry("24", "27 24"), Map.entry("25", "25 26 17"),
      Map.entry("31", "31 30"), Map.entry("33", "33 34"), Map.entry("37", "37 35 36"), Map.entry("38", "38"),
      Map.entry("40", "40"), Map.entry("42", "42"), Map.entry("44", "45 44"), Map.entry("46", "46"),
      Map.entry("48", "48 49"), Map.entry("51", "51 62"), Map.entry("52", "64 52"), Map.entry("56", "56 58"),
      Map.entry("66", "66 54"), Map.entry("68", "68 67 60"), Map.entry("75", "75 70"), Map.entry("79", "79 74 77"),
      Map.entry("80", "72 80"), Map.entry("82", "87 82"), Map.entry("86", "86 83 84"), Map.entry("91", "89 91"),
      Map.entry("92", "92 94 93"), Map.entry("96", "96 95"));

  private static List<String> codes(List<Province> provinces) {
    return provinces.stream().map(p -> p.code().code()).collect(Collectors.toList());
  }

  @Test
  void all_legacy_the63ReferenceCodesInCodeOrder() {
    List<Province> legacy = CATALOG.all(AdministrativeEra.LEGACY_2004);
    assertThat(legacy).hasSize(63);
    assertThat(codes(legacy)).containsExactlyElementsOf(LEGACY_CODES);
    assertThat(legacy).allSatisfy(p -> {
      assertThat(p.code().era()).isEqualTo(AdministrativeEra.LEGACY_2004);
      assertThat(p.formedFrom()).isEmpty();
      assertThat(p.name()).isNotBlank().isEqualTo(p.name().strip());
    });
  }

  @Test
  void all_reform2025_the34ReferenceUnitsInCodeOrder() {
    List<Province> reform = CATALOG.all(AdministrativeEra.REFORM_2025);
    assertThat(reform).hasSize(34);
    assertThat(codes(reform)).isSorted().doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
        REFORM_2025.keySet());
    for (Province p : reform) {
      assertThat(p.code().era()).isEqualTo(AdministrativeEra.REFORM_2025);
      assertThat(p.name()).isNotBlank();
      assertThat(String.join(" ", codes(p.formedFrom().stream()
          .map(c -> CATALOG.find(c).orElseThrow()).collect(Collectors.toList()))))
          .as(p.toString()).isEqualTo(REFORM_2025.get(p.code().code()));
    }
  }

  @Test
  void all_reform2025_everyCodeIsALegacyCode() {
    assertThat(LEGACY_CODES).containsAll(codes(CATALOG.all(AdministrativeEra.REFORM_2025)));
  }

  @Test
  void formedFrom_everyLegacyUnit_inExactlyOneReformUnit() {
    Map<String, Integer> count = new HashMap<>();
    for (Province p : CATALOG.all(AdministrativeEra.REFORM_2025)) {
      for (ProvinceCode part : p.formedFrom()) {
        assertThat(part.era()).isEqualTo(AdministrativeEra.LEGACY_2004);
        count.merge(part.code(), 1, Integer::sum);
      }
    }
    assertThat(count.keySet()).containsExactlyInAnyOrderElementsOf(LEGACY_CODES);
    assertThat(count.values()).containsOnly(1);
  }

  @Test
  void successorOf_everyLegacyUnit_theReformUnitListingIt() {
    for (Province legacy : CATALOG.all(AdministrativeEra.LEGACY_2004)) {
      Province successor = CATALOG.successorOf(legacy.code()).orElseThrow();
      assertThat(successor.formedFrom()).contains(legacy.code());
    }
  }

  @Test
  void formedFrom_unchangedUnits_listOnlyThemselvesUnderTheirCode() {
    List<String> unchanged = new ArrayList<>();
    for (Province p : CATALOG.all(AdministrativeEra.REFORM_2025)) {
      if (p.formedFrom().size() == 1) {
        assertThat(p.formedFrom().get(0).code()).isEqualTo(p.code().code());
        unchanged.add(p.code().code());
      }
    }
    assertThat(unchanged).containsExactly("01", "04", "11", "12", "14", "20", "22", "38", "40", "42", "46");
  }

  @Test
  void find_giaLai_52In2025And64Legacy() {
    Province giaLai = CATALOG.find(ProvinceCode.reform2025("52")).orElseThrow();
    assertThat(giaLai.name()).isEqualTo("Gia Lai");
    assertThat(giaLai.formedFrom()).containsExactly(ProvinceCode.legacy("64"), ProvinceCode.legacy("52"));
    assertThat(CATALOG.find(ProvinceCode.legacy("64")).orElseThrow().name()).isEqualTo("Gia Lai");
    assertThat(CATALOG.find(ProvinceCode.legacy("52")).orElseThrow().name()).isEqualTo("Bình Định");
    assertThat(CATALOG.find(ProvinceCode.reform2025("64"))).isEmpty();
  }

  @Test
  void find_code52_dependsOnTheDayAroundFirstJuly2025() {
    assertThat(CATALOG.find("52", LAST_LEGACY_DAY).orElseThrow().name()).isEqualTo("Bình Định");
    assertThat(CATALOG.find("52", FIRST_REFORM_DAY).orElseThrow().name()).isEqualTo("Gia Lai");
    assertThat(CATALOG.find("64", LAST_LEGACY_DAY).orElseThrow().name()).isEqualTo("Gia Lai");
    assertThat(CATALOG.find("64", FIRST_REFORM_DAY)).isEmpty();
    assertThat(CATALOG.find(new StringBuilder("01"), LocalDate.of(1990, 1, 1)).orElseThrow().name())
        .isEqualTo("Hà Nội");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "052", "5a", "٥٢", "99", "00"})
  void find_malformedOrUnknownCode_empty(String code) {
    assertThat(CATALOG.find(code, FIRST_REFORM_DAY)).isEmpty();
    assertThat(CATALOG.find(code, LAST_LEGACY_DAY)).isEmpty();
  }

  @Test
  void asOf_boundary_switchesCatalogue() {
    assertThat(CATALOG.asOf(LAST_LEGACY_DAY)).hasSize(63);
    assertThat(CATALOG.asOf(FIRST_REFORM_DAY)).hasSize(34);
  }

  @Test
  void successorOf_documentedMergers_newUnit() {
    assertThat(CATALOG.successorOf(ProvinceCode.legacy("64")).orElseThrow().code())
        .isEqualTo(ProvinceCode.reform2025("52"));
    assertThat(CATALOG.successorOf(ProvinceCode.legacy("52")).orElseThrow().name()).isEqualTo("Gia Lai");
    assertThat(CATALOG.successorOf(ProvinceCode.legacy("15")).orElseThrow().name()).isEqualTo("Lào Cai");
    assertThat(CATALOG.successorOf(ProvinceCode.legacy("02")).orElseThrow().name()).isEqualTo("Tuyên Quang");
    assertThat(CATALOG.successorOf(ProvinceCode.legacy("01")).orElseThrow().code())
        .isEqualTo(ProvinceCode.reform2025("01"));
  }

  @Test
  void successorOf_unknownLegacyCode_empty() {
    assertThat(CATALOG.successorOf(ProvinceCode.legacy("03"))).isEmpty();
  }

  @Test
  void successorOf_reformCode_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CATALOG.successorOf(ProvinceCode.reform2025("52")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "15 | Lào Cai | 10 15",
    "91 | An Giang | 89 91",
    "79 | Hồ Chí Minh | 79 74 77",
    "24 | Bắc Ninh | 27 24",
    "92 | Cần Thơ | 92 94 93",
    "46 | Huế | 46"
  })
  void find_reformUnit_documentedFormedFrom(String code, String name, String formedFrom) {
    Province p = CATALOG.find(ProvinceCode.reform2025(code)).orElseThrow();
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.formedFrom()).extracting(ProvinceCode::code).containsExactly(formedFrom.split(" "));
  }

  /** Nghị quyết 175/2024/QH15: Thừa Thiên Huế became the centrally-run Thành phố Huế on 1 January 2025. */
  @Test
  void centralCities_sixFrom2025FiveBefore() {
    assertThat(CATALOG.all(AdministrativeEra.REFORM_2025).stream()
        .filter(p -> p.type() == ProvinceType.CENTRAL_CITY).map(Province::name))
        .containsExactly("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
    assertThat(CATALOG.all(AdministrativeEra.LEGACY_2004).stream()
        .filter(p -> p.type() == ProvinceType.CENTRAL_CITY).map(Province::name))
        .containsExactly("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
    assertThat(CATALOG.asOf(LocalDate.of(2025, 1, 1)).stream()
        .filter(p -> p.type() == ProvinceType.CENTRAL_CITY).map(Province::name))
        .containsExactly("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
    assertThat(CATALOG.asOf(LocalDate.of(2024, 12, 31)).stream()
        .filter(p -> p.type() == ProvinceType.CENTRAL_CITY).map(Province::name))
        .containsExactly("Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
  }

  @Test
  void find_hue_provinceUntil2024CentralCityFrom2025() {
    assertThat(CATALOG.find("46", LocalDate.of(2024, 12, 31)).orElseThrow().fullName())
        .isEqualTo("Tỉnh Thừa Thiên Huế");
    assertThat(CATALOG.find("46", LocalDate.of(2025, 1, 1)).orElseThrow().fullName()).isEqualTo("Thành phố Huế");
    assertThat(CATALOG.find("46", LAST_LEGACY_DAY).orElseThrow().code()).isEqualTo(ProvinceCode.legacy("46"));
    assertThat(CATALOG.find(ProvinceCode.legacy("46")).orElseThrow().fullName()).isEqualTo("Thành phố Huế");
    assertThat(CATALOG.asOf(LocalDate.of(2024, 12, 31))).hasSize(63).extracting(Province::name)
        .contains("Thừa Thiên Huế").doesNotContain("Huế");
  }

  @Test
  void fullName_anyUnit_typeWordAndName() {
    assertThat(CATALOG.find(ProvinceCode.reform2025("79")).orElseThrow().fullName())
        .isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(CATALOG.find(ProvinceCode.legacy("38")).orElseThrow().fullName()).isEqualTo("Tỉnh Thanh Hóa");
    assertThat(CATALOG.find(ProvinceCode.reform2025("46")).orElseThrow().fullName()).isEqualTo("Thành phố Huế");
  }

  @ParameterizedTest
  @CsvSource({"001, Hà Nội", "079, Hồ Chí Minh", "052, Bình Định", "064, Gia Lai", "096, Cà Mau", "002, Hà Giang"})
  void byPersonalIdPrefix_domestic_legacyUnit(String prefix, String name) {
    Province p = CATALOG.byPersonalIdPrefix(prefix).orElseThrow();
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.code().era()).isEqualTo(AdministrativeEra.LEGACY_2004);
  }

  @ParameterizedTest
  @ValueSource(strings = {"003", "100", "0a1", "", "01", "0011", "000", "097", "099", "٠٠١"})
  void byPersonalIdPrefix_notDomestic_empty(String prefix) {
    assertThat(CATALOG.byPersonalIdPrefix(prefix)).isEmpty();
  }

  @Test
  void byPersonalIdPrefix_everyLegacyCode_found() {
    for (String code : LEGACY_CODES) {
      assertThat(CATALOG.byPersonalIdPrefix("0" + code)).isPresent();
    }
  }

  @Test
  void builtIn_repeatedCalls_sharedUnmodifiableInstance() {
    assertThat(ProvinceCatalog.builtIn()).isSameAs(CATALOG);
    assertThat(CATALOG).hasToString("ProvinceCatalog[63 legacy, 34 from 2025]");
    assertThat(CATALOG.all(AdministrativeEra.LEGACY_2004)).isUnmodifiable();
  }

  @Test
  void province_legacyUnitWithFormedFrom_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Province(ProvinceCode.legacy("01"), "Hà Nội",
        ProvinceType.CENTRAL_CITY, List.of(ProvinceCode.legacy("01"))));
    assertThatIllegalArgumentException().isThrownBy(() -> new Province(ProvinceCode.reform2025("01"), "Hà Nội",
        ProvinceType.CENTRAL_CITY, List.of(ProvinceCode.reform2025("01"))));
    assertThatIllegalArgumentException().isThrownBy(() -> new Province(ProvinceCode.reform2025("01"), " ",
        ProvinceType.CENTRAL_CITY, List.of()));
  }
}
