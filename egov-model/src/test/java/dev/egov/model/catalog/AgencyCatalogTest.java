package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class AgencyCatalogTest {

  private static final AgencyCatalog CATALOG = AgencyCatalog.builtIn();

  private static List<TopLevelAgency> hRows() {
    return CATALOG.all().stream().filter(a -> a.code().startsWith("H")).collect(Collectors.toList());
  }

  /** The sort key of docs/identifiers.md, Agency codes: diacritics ignored, Đ as D. */
  static String sortKey(String name) {
    String withoutD = name.replace('Đ', 'D').replace('đ', 'd');
    String stripped = Normalizer.normalize(withoutD, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped.toLowerCase(Locale.ROOT);
  }

  @Test
  void sortKey_documentedCases_orderAsReferenceSays() {
    // "Hồ Chí Minh" precedes "Hòa Bình", and "Cần Thơ" precedes "Cao Bằng".
    assertThat(sortKey("Hồ Chí Minh")).isLessThan(sortKey("Hòa Bình"));
    assertThat(sortKey("Cần Thơ")).isLessThan(sortKey("Cao Bằng"));
    assertThat(sortKey("Đắk Lắk")).isEqualTo("dak lak");
  }

  @Test
  void all_builtIn_22GAnd63HRowsInCodeOrder() {
    List<String> codes = CATALOG.all().stream().map(TopLevelAgency::code).collect(Collectors.toList());
    assertThat(codes).hasSize(85).isSorted().doesNotHaveDuplicates();
    assertThat(codes.stream().filter(c -> c.startsWith("G"))).hasSize(22);
    assertThat(hRows()).hasSize(63);
    assertThat(codes).allSatisfy(c -> assertThat(c).matches("[GH]\\d\\d"));
    assertThat(CATALOG).hasToString("AgencyCatalog[85 level-1 units]");
  }

  @Test
  void hRows_derivedRule_alphabeticalOrderOfTheLegacyProvinces() {
    // The codes follow the provinces' names when they were assigned (Quyết định 20/2020/QĐ-TTg): Thừa Thiên Huế.
    List<Province> alphabetical = ProvinceCatalog.builtIn().asOf(LocalDate.of(2020, 6, 1)).stream()
        .sorted(Comparator.comparing((Province p) -> sortKey(p.name())))
        .collect(Collectors.toList());
    List<TopLevelAgency> rows = hRows();
    for (int i = 0; i < 63; i++) {
      TopLevelAgency row = rows.get(i);
      Province province = alphabetical.get(i);
      String expectedCode = String.format(Locale.ROOT, "H%02d", i + 1);
      assertThat(row.code()).isEqualTo(expectedCode);
      assertThat(row.legacyProvince()).as(expectedCode).contains(province.code());
      String typeWord = province.type() == ProvinceType.CENTRAL_CITY ? "thành phố" : "tỉnh";
      // Compared by the place-name key: the agency list writes Hòa Bình and Bà Rịa-Vũng Tàu, the unit list Hoà Bình
      // and Bà Rịa - Vũng Tàu.
      assertThat(PlaceName.of(row.name()).sameAs(PlaceName.of("Ủy ban nhân dân " + typeWord + " " + province.name())))
          .as("%s %s", expectedCode, row.name()).isTrue();
    }
  }

  @Test
  void hRows_sortKeysDistinct_soTheRuleIsUnambiguous() {
    assertThat(ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004).stream().map(p -> sortKey(p.name())))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({
    "H14, Cao Bằng, 04",
    "H22, Hà Giang, 02",
    "H29, Hồ Chí Minh, 79",
    "H41, Nghệ An, 40",
    "H56, Thanh Hóa, 38"
  })
  void find_anchorCode_confirmed(String code, String province, String legacyCode) {
    TopLevelAgency agency = CATALOG.find(code).orElseThrow();
    assertThat(agency.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(agency.name()).endsWith(province);
    assertThat(agency.legacyProvince()).contains(ProvinceCode.legacy(legacyCode));
  }

  @Test
  void hRows_onlyTheFiveAnchorsConfirmed_restDerived() {
    assertThat(hRows().stream().filter(a -> a.confidence() == Confidence.CONFIRMED).map(TopLevelAgency::code))
        .containsExactly("H14", "H22", "H29", "H41", "H56");
    assertThat(hRows().stream().filter(a -> a.confidence() != Confidence.CONFIRMED))
        .allSatisfy(a -> assertThat(a.confidence()).isEqualTo(Confidence.DERIVED));
  }

  @Test
  void find_gCodes_vpcpConfirmedFinanceAndEnvironmentUncertain() {
    TopLevelAgency vpcp = CATALOG.find("G22").orElseThrow();
    assertThat(vpcp.name()).isEqualTo("Văn phòng Chính phủ");
    assertThat(vpcp.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(vpcp.legacyProvince()).isEmpty();
    assertThat(CATALOG.find("G12").orElseThrow().confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(CATALOG.find("G13").orElseThrow().confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(CATALOG.find("G01").orElseThrow().name()).isEqualTo("Bộ Công an");
    assertThat(CATALOG.all().stream().filter(a -> a.code().startsWith("G")))
        .allSatisfy(a -> assertThat(a.legacyProvince()).isEmpty());
    assertThat(CATALOG.all().stream().filter(a -> a.confidence() == Confidence.UNCERTAIN).map(TopLevelAgency::code))
        .containsExactly("G12", "G13");
  }

  @ParameterizedTest
  @ValueSource(strings = {"G23", "H64", "H00", "h56", "", "000.00.00.H56", "X01"})
  void find_unlisted_empty(String code) {
    assertThat(CATALOG.find(code)).isEmpty();
  }

  @Test
  void find_charSequence_sameAsString() {
    assertThat(CATALOG.find(new StringBuilder("H56"))).isEqualTo(CATALOG.find("H56"));
  }

  @Test
  void toStringAndEquals_row_codeNameConfidence() {
    TopLevelAgency h56 = CATALOG.find("H56").orElseThrow();
    assertThat(h56).hasToString("H56 Ủy ban nhân dân tỉnh Thanh Hóa (CONFIRMED)");
    assertThat(h56).isEqualTo(CATALOG.find("H56").orElseThrow()).isNotEqualTo(CATALOG.find("H55").orElseThrow());
  }
}
