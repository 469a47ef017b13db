package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole data set is the test: every legacy commune's conversion, every new commune's formation, the province
 * mapping and the generated docs are checked against the loaded lineage; a few well-known communes pin the meaning.
 */
@Timeout(30)
class CommuneLineageTest {

  private static final CommuneLineage LINEAGE = CommuneLineage.builtIn();
  private static final AdministrativeUnitCatalog UNITS = AdministrativeUnitCatalog.builtIn();
  private static final Path DOC = Path.of("..", "docs", "administrative-units-lineage.md");

  private static AdministrativeUnitCode legacy(String code) {
    return AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, code);
  }

  private static AdministrativeUnitCode reform(String code) {
    return AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, code);
  }

  // ------------------------------------------------------------------------------------------- the whole data set

  @Test
  void conversions_everyLegacyCommune_oneConversionInCodeOrder() {
    List<AdministrativeUnit> communes = UNITS.all(AdministrativeEra.LEGACY_2004, AdministrativeLevel.COMMUNE);
    assertThat(LINEAGE.conversions()).hasSize(10_035);
    for (int i = 0; i < communes.size(); i++) {
      assertThat(LINEAGE.conversions().get(i).legacy()).isEqualTo(communes.get(i).code());
      assertThat(LINEAGE.convert(communes.get(i).code())).isSameAs(LINEAGE.conversions().get(i));
    }
  }

  @Test
  void conversions_placed_atLeast99Percent() {
    long placed = LINEAGE.conversions().stream().filter(CommuneConversion::isPlaced).count();
    assertThat(placed).isGreaterThanOrEqualTo((long) Math.ceil(0.99 * 10_035));
    assertThat(LINEAGE.summary().get(ConversionConfidence.EXACT) + LINEAGE.summary().get(ConversionConfidence.AMBIGUOUS))
        .isEqualTo((int) placed);
  }

  @Test
  void conversions_everyUnplaced_notInLineageAndListedInDocs() throws IOException {
    Set<String> documented = new HashSet<>();
    Matcher m = Pattern.compile("\\| [^|]+ \\| (\\d{5}) \\| [^|]+ \\| [^|]+ \\| `([A-Z_]+)` \\|").matcher(doc());
    while (m.find()) {
      assertThat(m.group(2)).isEqualTo(ConversionReason.NOT_IN_LINEAGE.name());
      documented.add(m.group(1));
    }
    Set<String> unplaced = new HashSet<>();
    for (CommuneConversion c : LINEAGE.conversions()) {
      if (!c.isPlaced()) {
        assertThat(c.confidence()).isEqualTo(ConversionConfidence.UNKNOWN);
        assertThat(c.reason()).isEqualTo(ConversionReason.NOT_IN_LINEAGE);
        unplaced.add(c.legacy().code());
      }
    }
    assertThat(documented).isEqualTo(unplaced);
  }

  @Test
  void summary_countsInDocs_sameAsLoadedLineage() throws IOException {
    String doc = doc();
    assertThat(doc).contains("| `EXACT`: named whole by one description | "
        + String.format(Locale.ROOT, "%,d", LINEAGE.summary().get(ConversionConfidence.EXACT)) + " |");
    assertThat(doc).contains("| `AMBIGUOUS`: named by several descriptions, or in part | "
        + String.format(Locale.ROOT, "%,d", LINEAGE.summary().get(ConversionConfidence.AMBIGUOUS)) + " |");
    assertThat(doc).contains("| `UNKNOWN` (`NOT_IN_LINEAGE`): named by no description | "
        + String.format(Locale.ROOT, "%,d", LINEAGE.summary().get(ConversionConfidence.UNKNOWN)) + " |");
  }

  @Test
  void conversions_confidence_followsTheCandidates() {
    for (CommuneConversion c : LINEAGE.conversions()) {
      switch (c.confidence()) {
        case EXACT:
          assertThat(c.candidates()).singleElement().extracting(LineageLink::portion).isEqualTo(Portion.WHOLE);
          assertThat(c.commune()).contains(c.candidates().get(0).unit());
          break;
        case AMBIGUOUS:
          assertThat(c.candidates().size() > 1 || c.candidates().get(0).portion() == Portion.PART).isTrue();
          assertThat(c.commune()).isEmpty();
          break;
        default:
          assertThat(c.candidates()).isEmpty();
          break;
      }
      assertThat(c.version()).isEqualTo(LINEAGE.version());
    }
  }

  @Test
  void conversions_everyCandidate_inTheSuccessorOfTheLegacyProvince() {
    ProvinceCatalog provinces = ProvinceCatalog.builtIn();
    for (CommuneConversion c : LINEAGE.conversions()) {
      ProvinceCode legacyProvince = UNITS.find(c.legacy()).orElseThrow().province();
      ProvinceCode successor = provinces.successorOf(legacyProvince).orElseThrow().code();
      for (LineageLink link : c.candidates()) {
        assertThat(link.unit().province()).as("%s -> %s", c.legacy(), link.unit()).isEqualTo(successor);
      }
    }
  }

  @Test
  void formedFrom_everyNewCommune_formedFromLegacyUnitsOfItsProvince() {
    ProvinceCatalog provinces = ProvinceCatalog.builtIn();
    for (AdministrativeUnit commune : UNITS.all(AdministrativeEra.REFORM_2025, AdministrativeLevel.COMMUNE)) {
      CommuneFormation formation = LINEAGE.formedFrom(commune.code()).orElseThrow();
      assertThat(formation.commune()).isEqualTo(commune);
      assertThat(formation.formedFrom()).isNotEmpty();
      for (LineageLink link : formation.formedFrom()) {
        assertThat(provinces.successorOf(link.unit().province()).orElseThrow().code())
            .as("%s formed from %s", commune, link.unit()).isEqualTo(commune.province());
      }
    }
  }

  @Test
  void conversions_everyNewCommune_someonesSuccessor() {
    Set<AdministrativeUnitCode> successors = new HashSet<>();
    for (CommuneConversion c : LINEAGE.conversions()) {
      c.candidates().forEach(link -> successors.add(link.unit().code()));
    }
    List<AdministrativeUnit> fromDistrictsOnly = new ArrayList<>();
    for (AdministrativeUnit commune : UNITS.all(AdministrativeEra.REFORM_2025, AdministrativeLevel.COMMUNE)) {
      if (!successors.contains(commune.code())) {
        fromDistrictsOnly.add(commune);
        // Only an island district without communes (huyện Côn Đảo, Bạch Long Vĩ, …) may have no legacy commune.
        assertThat(LINEAGE.formedFrom(commune.code()).orElseThrow().formedFrom())
            .allSatisfy(link -> assertThat(link.unit().code().level()).isEqualTo(AdministrativeLevel.DISTRICT))
            .allSatisfy(link -> assertThat(UNITS.children(link.unit().code())).isEmpty());
      }
    }
    assertThat(fromDistrictsOnly).extracting(AdministrativeUnit::fullName)
        .contains("Đặc khu Côn Đảo", "Đặc khu Bạch Long Vĩ");
  }

  @Test
  void formedFrom_portionsOfASplitCommune_agreeBothWays() {
    for (AdministrativeUnit commune : UNITS.all(AdministrativeEra.REFORM_2025, AdministrativeLevel.COMMUNE)) {
      for (LineageLink link : LINEAGE.formedFrom(commune.code()).orElseThrow().formedFrom()) {
        if (link.unit().code().level() == AdministrativeLevel.COMMUNE) {
          assertThat(LINEAGE.convert(link.unit().code()).candidates())
              .contains(new LineageLink(commune, link.portion()));
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------- known units

  @Test
  void convert_trucBachWholeIntoBaDinh_exact() {
    CommuneConversion c = LINEAGE.convert("01", "001", "00004");
    assertThat(c.confidence()).isEqualTo(ConversionConfidence.EXACT);
    assertThat(c.commune()).map(AdministrativeUnit::fullName).contains("Phường Ba Đình");
    assertThat(c.commune()).map(u -> u.code().code()).contains("00004");
    assertThat(c.reason()).isNull();
  }

  @Test
  void convert_dienBienSplit_ambiguousWithEveryCandidateMarked() {
    CommuneConversion c = LINEAGE.convert(legacy("00019"));
    assertThat(c.confidence()).isEqualTo(ConversionConfidence.AMBIGUOUS);
    assertThat(c.candidates()).extracting(l -> l.unit().fullName() + " " + l.portion()).containsExactly(
        "Phường Ba Đình PART", "Phường Hoàn Kiếm WHOLE", "Phường Ô Chợ Dừa PART",
        "Phường Văn Miếu - Quốc Tử Giám WHOLE");
  }

  @Test
  void convert_sameNameInTwoDistricts_theOneTheBracketNames() {
    // "Minh Khai (quận Hai Bà Trưng)" in the descriptions of Bạch Mai and Tương Mai; the other Minh Khai is in Bắc Từ Liêm.
    AdministrativeUnit haiBaTrung = UNITS.districts(ProvinceCode.legacy("01")).stream()
        .filter(d -> d.name().equals("Hai Bà Trưng")).findFirst().orElseThrow();
    AdministrativeUnit minhKhai = UNITS.children(haiBaTrung.code()).stream()
        .filter(c -> c.name().equals("Minh Khai")).findFirst().orElseThrow();
    assertThat(LINEAGE.convert(minhKhai.code()).candidates()).extracting(l -> l.unit().fullName())
        .containsExactly("Phường Bạch Mai", "Phường Tương Mai");
  }

  @Test
  void convert_unchangedCommune_exactIntoItself() {
    // "giữ nguyên": Xã Đăk Long of huyện Đắk Glei, not the Đăk Long of huyện Đắk Hà that another row names.
    CommuneConversion c = LINEAGE.convert(legacy("23368"));
    assertThat(c.commune()).map(u -> u.code()).contains(reform("23368"));
    assertThat(LINEAGE.convert(legacy("23504")).commune()).map(u -> u.code()).contains(reform("23504"));
  }

  @Test
  void convert_mergedProvince_communeOfTheNewProvince() {
    // Phường Nhơn Bình of Bình Định (52) is in Gia Lai (52 from 2025), not in the legacy Gia Lai (64).
    CommuneConversion c = LINEAGE.convert("52", "540", "21550");
    assertThat(c.commune()).map(AdministrativeUnit::province).contains(ProvinceCode.reform2025("52"));
  }

  @Test
  void formedFrom_baDinh_wholeThenPartsInTheDescriptionsOrder() {
    CommuneFormation baDinh = LINEAGE.formedFrom(reform("00004")).orElseThrow();
    assertThat(baDinh.whole()).extracting(AdministrativeUnit::fullName)
        .containsExactly("Phường Quán Thánh", "Phường Trúc Bạch");
    assertThat(baDinh.parts()).extracting(AdministrativeUnit::fullName).containsExactly("Phường Cửa Nam",
        "Phường Điện Biên", "Phường Đội Cấn", "Phường Kim Mã", "Phường Ngọc Hà", "Phường Thụy Khuê",
        "Phường Cửa Đông", "Phường Đồng Xuân");
    assertThat(baDinh.version().asOf()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void formedFrom_specialZoneFromADistrictWithoutCommunes_thatDistrict() {
    CommuneFormation conDao = LINEAGE.formedFrom(reform("26732")).orElseThrow();
    assertThat(conDao.formedFrom()).extracting(l -> l.unit().fullName() + " " + l.portion())
        .containsExactly("Huyện Côn Đảo WHOLE");
  }

  @Test
  void formedFrom_codeNotInThe2025List_empty() {
    assertThat(LINEAGE.formedFrom(reform("99999"))).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------- bad input

  @ParameterizedTest
  @CsvSource({
      "01, 002, 00004, DISTRICT_MISMATCH",
      "79, 001, 00004, PROVINCE_MISMATCH",
      "01, 001, 99999, UNKNOWN_COMMUNE",
      "01, 001, 00000, UNKNOWN_COMMUNE"})
  void convert_codesThatDoNotBelongTogether_unknownWithReason(String province, String district, String commune,
      ConversionReason reason) {
    CommuneConversion c = LINEAGE.convert(province, district, commune);
    assertThat(c.confidence()).isEqualTo(ConversionConfidence.UNKNOWN);
    assertThat(c.reason()).isEqualTo(reason);
    assertThat(c.candidates()).isEmpty();
    assertThat(c.legacy().code()).isEqualTo(commune);
    assertThat(c.version()).isEqualTo(LINEAGE.version());
  }

  @Test
  void convert_noProvinceOrDistrict_communeAlone() {
    assertThat(LINEAGE.convert(null, null, "00004")).isSameAs(LINEAGE.convert(legacy("00004")));
  }

  @ParameterizedTest
  @CsvSource({"1, 001, 00004, provinceCode", "01, 01, 00004, districtCode", "01, 001, 0004x, communeCode"})
  void convert_malformedCode_illegalArgumentNamingTheField(String province, String district, String commune,
      String field) {
    assertThatIllegalArgumentException().isThrownBy(() -> LINEAGE.convert(province, district, commune))
        .withMessageStartingWith(field);
  }

  @Test
  void convertAndFormedFrom_codeOfTheWrongEra_illegalArgument() {
    assertThatIllegalArgumentException().isThrownBy(() -> LINEAGE.convert(reform("00004")));
    assertThatIllegalArgumentException().isThrownBy(() -> LINEAGE.convert(AdministrativeUnitCode.district("001")));
    assertThatIllegalArgumentException().isThrownBy(() -> LINEAGE.formedFrom(legacy("00004")));
  }

  @Test
  void communeConversion_confidenceThatDoesNotFit_illegalArgument() {
    AdministrativeUnit baDinh = UNITS.find(reform("00004")).orElseThrow();
    AdministrativeUnit hoanKiem = UNITS.find(reform("00070")).orElseThrow();
    CatalogVersion v = LINEAGE.version();
    assertThatIllegalArgumentException().isThrownBy(() -> new CommuneConversion(legacy("00019"),
        ConversionConfidence.EXACT, List.of(new LineageLink(baDinh, Portion.WHOLE),
            new LineageLink(hoanKiem, Portion.WHOLE)), null, v));
    assertThatIllegalArgumentException().isThrownBy(() -> new CommuneConversion(legacy("00019"),
        ConversionConfidence.EXACT, List.of(new LineageLink(baDinh, Portion.PART)), null, v));
    assertThatIllegalArgumentException().isThrownBy(() -> new CommuneConversion(legacy("00019"),
        ConversionConfidence.UNKNOWN, List.of(), null, v));
    assertThatIllegalArgumentException().isThrownBy(() -> new CommuneConversion(legacy("00019"),
        ConversionConfidence.AMBIGUOUS, List.of(), null, v));
    assertThatIllegalArgumentException().isThrownBy(() -> new CommuneConversion(reform("00019"),
        ConversionConfidence.UNKNOWN, List.of(), ConversionReason.UNKNOWN_COMMUNE, v));
  }

  @Test
  void version_lineageOfTheFirstDayOfTheReform() {
    assertThat(LINEAGE.version().asOf()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(LINEAGE.version().era()).isEqualTo(AdministrativeEra.REFORM_2025);
    assertThat(LINEAGE.toString()).contains("EXACT=", "AMBIGUOUS=", "UNKNOWN=");
  }

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }
}
