package dev.egov.model.catalog;

import static dev.egov.model.catalog.AdministrativeEra.LEGACY_2004;
import static dev.egov.model.catalog.AdministrativeEra.REFORM_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class AdministrativeUnitCatalogTest {

  private static final AdministrativeUnitCatalog UNITS = AdministrativeUnitCatalog.builtIn();
  private static final LocalDate LAST_LEGACY_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate FIRST_REFORM_DAY = LocalDate.of(2025, 7, 1);

  private static AdministrativeUnitCode legacyCommune(String code) {
    return AdministrativeUnitCode.commune(LEGACY_2004, code);
  }

  private static AdministrativeUnitCode reformCommune(String code) {
    return AdministrativeUnitCode.commune(REFORM_2025, code);
  }

  private static Map<AdministrativeUnitType, Long> typeCounts(List<AdministrativeUnit> units) {
    return units.stream().collect(Collectors.groupingBy(AdministrativeUnit::type, Collectors.counting()));
  }

  // --- Contents ---------------------------------------------------------------------------------------------------

  @Test
  void builtIn_legacyList_63Provinces696Districts10035Communes() {
    assertThat(UNITS.provinces(LEGACY_2004)).hasSize(63);
    assertThat(UNITS.all(LEGACY_2004, AdministrativeLevel.DISTRICT)).hasSize(696);
    assertThat(typeCounts(UNITS.all(LEGACY_2004, AdministrativeLevel.COMMUNE))).containsExactlyInAnyOrderEntriesOf(
        Map.of(AdministrativeUnitType.RURAL_COMMUNE, 7692L, AdministrativeUnitType.WARD, 1726L,
            AdministrativeUnitType.TOWNSHIP, 617L));
    assertThat(typeCounts(UNITS.all(LEGACY_2004, AdministrativeLevel.DISTRICT))).containsExactlyInAnyOrderEntriesOf(
        Map.of(AdministrativeUnitType.RURAL_DISTRICT, 508L, AdministrativeUnitType.PROVINCIAL_CITY, 87L,
            AdministrativeUnitType.TOWN, 52L, AdministrativeUnitType.URBAN_DISTRICT, 49L));
  }

  @Test
  void builtIn_reformList_34Provinces3321CommunesNoDistrict() {
    assertThat(UNITS.provinces(REFORM_2025)).hasSize(34);
    assertThat(UNITS.all(REFORM_2025, AdministrativeLevel.DISTRICT)).isEmpty();
    assertThat(typeCounts(UNITS.all(REFORM_2025, AdministrativeLevel.COMMUNE))).containsExactlyInAnyOrderEntriesOf(
        Map.of(AdministrativeUnitType.RURAL_COMMUNE, 2621L, AdministrativeUnitType.WARD, 687L,
            AdministrativeUnitType.SPECIAL_ZONE, 13L));
    assertThat(typeCounts(UNITS.provinces(REFORM_2025))).containsExactlyInAnyOrderEntriesOf(
        Map.of(AdministrativeUnitType.PROVINCE, 28L, AdministrativeUnitType.CENTRAL_CITY, 6L));
  }

  @Test
  void version_eachEra_itsListAndDate() {
    assertThat(UNITS.eras()).containsExactly(LEGACY_2004, REFORM_2025);
    CatalogVersion legacy = UNITS.version(LEGACY_2004).orElseThrow();
    CatalogVersion reform = UNITS.version(REFORM_2025).orElseThrow();
    assertThat(legacy.asOf()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(legacy.release()).isEqualTo("vietnamese-provinces-database v2.4.1");
    assertThat(reform.asOf()).isEqualTo(FIRST_REFORM_DAY);
    assertThat(reform.release()).isEqualTo("vietnamese-provinces-database v3.0.2");
    assertThat(legacy.source()).isEqualTo(reform.source()).isEqualTo("Danh mục đơn vị hành chính (Cục Thống kê)");
    assertThat(reform).hasToString("Danh mục đơn vị hành chính (Cục Thống kê) as of 2025-07-01"
        + " (vietnamese-provinces-database v3.0.2)");
    for (AdministrativeEra era : AdministrativeEra.values()) {
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        assertThat(UNITS.all(era, level)).allSatisfy(u -> assertThat(u.version()).isEqualTo(
            UNITS.version(era).orElseThrow()));
      }
    }
  }

  @Test
  void all_everyList_inCodeOrderAndUnique() {
    for (AdministrativeEra era : AdministrativeEra.values()) {
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        List<String> codes = UNITS.all(era, level).stream().map(u -> u.code().code()).collect(Collectors.toList());
        assertThat(codes).isSorted().doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void codes_reusedAcrossEras_3315Of3321NewCommunesCarryALegacyCode() {
    Set<String> legacy = UNITS.all(LEGACY_2004, AdministrativeLevel.COMMUNE).stream().map(u -> u.code().code())
        .collect(Collectors.toSet());
    assertThat(UNITS.all(REFORM_2025, AdministrativeLevel.COMMUNE).stream()
        .filter(u -> legacy.contains(u.code().code()))).hasSize(3315);
    assertThat(UNITS.find(legacyCommune("00004")).orElseThrow().fullName()).isEqualTo("Phường Trúc Bạch");
    assertThat(UNITS.find(reformCommune("00004")).orElseThrow().fullName()).isEqualTo("Phường Ba Đình");
  }

  @Test
  void provinces_sameAsProvinceCatalog_inBothEras() {
    ProvinceCatalog provinces = ProvinceCatalog.builtIn();
    for (AdministrativeEra era : AdministrativeEra.values()) {
      assertThat(UNITS.provinces(era)).extracting(u -> u.code().toProvinceCode(), AdministrativeUnit::fullName)
          .containsExactlyElementsOf(provinces.all(era).stream()
              .map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.fullName())).collect(Collectors.toList()));
    }
  }

  // --- Look-ups ---------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "LEGACY_2004, 00001, Phường Phúc Xá, 001, 01",
    "LEGACY_2004, 26740, Phường Bến Nghé, 760, 79",
    "REFORM_2025, 26740, Phường Sài Gòn, 79, 79",
    "REFORM_2025, 00004, Phường Ba Đình, 01, 01",
    "REFORM_2025, 02143, Xã Văn Lang, 19, 19",
    "REFORM_2025, 05665, Xã Văn Lăng, 19, 19"
  })
  void find_commune_itsNameParentAndProvince(AdministrativeEra era, String code, String fullName, String parent,
      String province) {
    AdministrativeUnit unit = UNITS.find(AdministrativeUnitCode.commune(era, code)).orElseThrow();
    assertThat(unit.fullName()).isEqualTo(fullName);
    assertThat(unit.parent().code()).isEqualTo(parent);
    assertThat(unit.province()).isEqualTo(new ProvinceCode(era, province));
    assertThat(unit.validFrom()).isNull();
    assertThat(unit.validUntil()).isNull();
  }

  @Test
  void find_unknownOrAnotherLevel_empty() {
    assertThat(UNITS.find(reformCommune("99999"))).isEmpty();
    assertThat(UNITS.find(legacyCommune("00002"))).isEmpty();
    assertThat(UNITS.find(AdministrativeUnitCode.district("999"))).isEmpty();
    assertThat(UNITS.find(AdministrativeUnitCode.province(REFORM_2025, "64"))).isEmpty();
  }

  @Test
  void lookUp_dayInTheList_found() {
    UnitLookup answer = UNITS.lookUp(reformCommune("26740"), LocalDate.of(2026, 1, 15));
    assertThat(answer.status()).isEqualTo(LookupStatus.FOUND);
    assertThat(answer.isFound()).isTrue();
    assertThat(answer.unit().orElseThrow().fullName()).isEqualTo("Phường Sài Gòn");
    assertThat(answer.version()).isEqualTo(UNITS.version(REFORM_2025));
    assertThat(answer.asOf()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(UNITS.lookUp(legacyCommune("00001"), LAST_LEGACY_DAY).status()).isEqualTo(LookupStatus.FOUND);
  }

  @Test
  void lookUp_dayBeforeTheLegacyList_unitFoundOnlyAsTheListShowsIt() {
    UnitLookup answer = UNITS.lookUp(legacyCommune("00001"), LocalDate.of(2024, 6, 1));
    assertThat(answer.status()).isEqualTo(LookupStatus.FOUND_IN_LATER_LIST);
    assertThat(answer.unit().orElseThrow().fullName()).isEqualTo("Phường Phúc Xá");
    assertThat(UNITS.find(legacyCommune("00001"), LocalDate.of(2024, 6, 1))).isPresent();
  }

  @Test
  void lookUp_codeNotInTheLegacyListBeforeItsDate_outsideTheListNotUnknown() {
    UnitLookup before = UNITS.lookUp(legacyCommune("00002"), LocalDate.of(2024, 6, 1));
    assertThat(before.status()).isEqualTo(LookupStatus.OUTSIDE_LIST);
    assertThat(before.unit()).isEmpty();
    assertThat(before.version()).isEqualTo(UNITS.version(LEGACY_2004));
    assertThat(UNITS.lookUp(legacyCommune("00002"), LocalDate.of(2025, 3, 1)).status())
        .isEqualTo(LookupStatus.UNKNOWN);
    assertThat(UNITS.lookUp(reformCommune("99999"), FIRST_REFORM_DAY).status()).isEqualTo(LookupStatus.UNKNOWN);
  }

  @Test
  void lookUp_dayOutsideTheCodesEra_notInForce() {
    assertThat(UNITS.lookUp(reformCommune("26740"), LAST_LEGACY_DAY).status()).isEqualTo(LookupStatus.NOT_IN_FORCE);
    assertThat(UNITS.lookUp(legacyCommune("26740"), FIRST_REFORM_DAY).status()).isEqualTo(LookupStatus.NOT_IN_FORCE);
    assertThat(UNITS.find(legacyCommune("26740"), FIRST_REFORM_DAY)).isEmpty();
  }

  /** Nghị quyết 175/2024/QH15: Thừa Thiên Huế became the centrally-run Thành phố Huế on 1 January 2025. */
  @Test
  void lookUp_hue_provinceUntil2024CentralCityFrom2025() {
    AdministrativeUnitCode hue = AdministrativeUnitCode.province(LEGACY_2004, "46");
    UnitLookup before = UNITS.lookUp(hue, LocalDate.of(2024, 12, 31));
    UnitLookup after = UNITS.lookUp(hue, LocalDate.of(2025, 1, 1));

    assertThat(before.status()).isEqualTo(LookupStatus.FOUND);
    assertThat(before.unit().orElseThrow().fullName()).isEqualTo("Tỉnh Thừa Thiên Huế");
    assertThat(before.unit().orElseThrow().type()).isEqualTo(AdministrativeUnitType.PROVINCE);
    assertThat(after.status()).isEqualTo(LookupStatus.FOUND);
    assertThat(after.unit().orElseThrow().fullName()).isEqualTo("Thành phố Huế");
    assertThat(after.unit().orElseThrow().type()).isEqualTo(AdministrativeUnitType.CENTRAL_CITY);
    assertThat(after.unit().orElseThrow().basis()).isEqualTo("Nghị quyết 175/2024/QH15");
    assertThat(UNITS.lookUp(hue, LocalDate.of(1990, 1, 1)).unit().orElseThrow().name()).isEqualTo("Thừa Thiên Huế");
    assertThat(UNITS.states(hue)).extracting(AdministrativeUnit::validFrom, AdministrativeUnit::validUntil)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(null, LocalDate.of(2024, 12, 31)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 1), null));
    assertThat(UNITS.find(hue).orElseThrow().fullName()).isEqualTo("Thành phố Huế");
  }

  @Test
  void states_unchangedUnit_one() {
    assertThat(UNITS.states(reformCommune("00004"))).hasSize(1);
    assertThat(UNITS.states(reformCommune("99999"))).isEmpty();
  }

  // --- Listings ---------------------------------------------------------------------------------------------------

  @Test
  void communes_ofAProvince_everyCommuneOfItsEraInCodeOrder() {
    List<AdministrativeUnit> hanoi = UNITS.communes(ProvinceCode.reform2025("01"));
    assertThat(hanoi).hasSize(126).allSatisfy(u -> {
      assertThat(u.province()).isEqualTo(ProvinceCode.reform2025("01"));
      assertThat(u.code().level()).isEqualTo(AdministrativeLevel.COMMUNE);
    });
    assertThat(hanoi.get(0).fullName()).isEqualTo("Phường Ba Đình");
    assertThat(UNITS.communes(ProvinceCode.reform2025("79"))).hasSize(168);
    assertThat(UNITS.communes(ProvinceCode.legacy("01"))).hasSize(526)
        .extracting(u -> u.code().code()).isSorted();
    assertThat(UNITS.communes(ProvinceCode.legacy("03"))).isEmpty();
  }

  @Test
  void districts_legacyProvince_itsDistrictsAndTheirCommunes() {
    assertThat(UNITS.districts(ProvinceCode.legacy("01"))).hasSize(30).first()
        .extracting(AdministrativeUnit::fullName).isEqualTo("Quận Ba Đình");
    assertThat(UNITS.districts(ProvinceCode.reform2025("01"))).isEmpty();
    assertThat(UNITS.children(AdministrativeUnitCode.district("001"))).hasSize(13)
        .allSatisfy(u -> assertThat(u.parent()).isEqualTo(AdministrativeUnitCode.district("001")));
    assertThat(UNITS.children(AdministrativeUnitCode.province(LEGACY_2004, "79"))).hasSize(22 + 273);
    assertThat(UNITS.children(reformCommune("00004"))).isEmpty();
  }

  @Test
  void districts_withoutCommunes_listedWithNone() {
    // Huyện Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn and Côn Đảo had no commune-level units.
    assertThat(UNITS.all(LEGACY_2004, AdministrativeLevel.DISTRICT).stream()
        .filter(d -> UNITS.children(d.code()).isEmpty()).map(d -> d.code().code()))
        .containsExactly("318", "471", "498", "536", "755");
  }

  @Test
  void legacyCommunes_eachInTheProvinceOfItsDistrict() {
    Map<AdministrativeUnitCode, AdministrativeUnit> districts = UNITS.all(LEGACY_2004, AdministrativeLevel.DISTRICT)
        .stream().collect(Collectors.toMap(AdministrativeUnit::code, Function.identity()));
    assertThat(UNITS.all(LEGACY_2004, AdministrativeLevel.COMMUNE)).allSatisfy(c ->
        assertThat(districts.get(c.parent()).province()).isEqualTo(c.province()));
  }

  @Test
  void thuDuc_cityInsideACentralCity_provincialCityType() {
    AdministrativeUnit thuDuc = UNITS.find(AdministrativeUnitCode.district("769")).orElseThrow();
    assertThat(thuDuc.fullName()).isEqualTo("Thành phố Thủ Đức");
    assertThat(thuDuc.type()).isEqualTo(AdministrativeUnitType.PROVINCIAL_CITY);
  }

  // --- Catalogues of one's own ------------------------------------------------------------------------------------

  private static final CatalogVersion MINE = new CatalogVersion("test list", "", LocalDate.of(2026, 1, 1));

  private static AdministrativeUnitCatalog ownReformList() {
    AdministrativeUnitCode hanoi = AdministrativeUnitCode.province(REFORM_2025, "01");
    return AdministrativeUnitCatalog.builder()
        .add(new AdministrativeUnit(hanoi, "Hà Nội", AdministrativeUnitType.CENTRAL_CITY, null,
            ProvinceCode.reform2025("01"), null, null, null, MINE))
        .add(new AdministrativeUnit(reformCommune("00004"), "Ba Đình", AdministrativeUnitType.WARD, hanoi,
            ProvinceCode.reform2025("01"), null, null, null, MINE))
        .build();
  }

  @Test
  void builder_oneEra_otherEraNotCovered() {
    AdministrativeUnitCatalog mine = ownReformList();
    assertThat(mine.eras()).containsExactly(REFORM_2025);
    assertThat(mine.lookUp(legacyCommune("00001"), LAST_LEGACY_DAY).status())
        .isEqualTo(LookupStatus.ERA_NOT_COVERED);
    assertThat(mine.lookUp(legacyCommune("00001"), LAST_LEGACY_DAY).version()).isEmpty();
    assertThat(mine.lookUp(reformCommune("00004"), LocalDate.of(2025, 8, 1)).status())
        .isEqualTo(LookupStatus.FOUND_IN_LATER_LIST);
    assertThat(mine.lookUp(reformCommune("00008"), LocalDate.of(2025, 8, 1)).status())
        .isEqualTo(LookupStatus.OUTSIDE_LIST);
    assertThat(mine).hasToString("AdministrativeUnitCatalog[REFORM_2025: 1 provinces, 1 communes, " + MINE + "]");
  }

  @Test
  void with_newerList_replacesOnlyItsEra() {
    AdministrativeUnitCatalog combined = UNITS.with(ownReformList());
    assertThat(combined.version(REFORM_2025)).contains(MINE);
    assertThat(combined.version(LEGACY_2004)).isEqualTo(UNITS.version(LEGACY_2004));
    assertThat(combined.all(REFORM_2025, AdministrativeLevel.COMMUNE)).hasSize(1);
    assertThat(combined.all(LEGACY_2004, AdministrativeLevel.COMMUNE)).hasSize(10035);
  }

  @Test
  void builder_parentMissing_rejectedNamingUnits() {
    AdministrativeUnit orphan = new AdministrativeUnit(reformCommune("00004"), "Ba Đình", AdministrativeUnitType.WARD,
        AdministrativeUnitCode.province(REFORM_2025, "01"), ProvinceCode.reform2025("01"), null, null, null, MINE);
    assertThatIllegalArgumentException().isThrownBy(() -> AdministrativeUnitCatalog.builder().add(orphan).build())
        .withMessageStartingWith("units:");
    assertThatIllegalArgumentException().isThrownBy(() -> AdministrativeUnitCatalog.builder().build())
        .withMessageStartingWith("units:");
    assertThatIllegalArgumentException().isThrownBy(() -> AdministrativeUnitCatalog.builder().add(orphan).add(orphan))
        .withMessageContaining("twice");
  }

  @Test
  void unit_partsThatDisagree_rejectedNamingThePart() {
    AdministrativeUnitCode hanoi = AdministrativeUnitCode.province(REFORM_2025, "01");
    assertThatIllegalArgumentException().isThrownBy(() -> new AdministrativeUnit(reformCommune("00004"), "Ba Đình",
        AdministrativeUnitType.URBAN_DISTRICT, hanoi, ProvinceCode.reform2025("01"), null, null, null, MINE))
        .withMessageStartingWith("type");
    assertThatIllegalArgumentException().isThrownBy(() -> new AdministrativeUnit(reformCommune("00004"), "Ba Đình",
        AdministrativeUnitType.WARD, hanoi, ProvinceCode.reform2025("79"), null, null, null, MINE))
        .withMessageStartingWith("parent");
    assertThatIllegalArgumentException().isThrownBy(() -> new AdministrativeUnit(reformCommune("00004"), " Ba Đình",
        AdministrativeUnitType.WARD, hanoi, ProvinceCode.reform2025("01"), null, null, null, MINE))
        .withMessageStartingWith("name");
    assertThatIllegalArgumentException().isThrownBy(() -> new AdministrativeUnit(reformCommune("00004"), "Ba Đình",
        AdministrativeUnitType.WARD, hanoi, ProvinceCode.reform2025("01"), LocalDate.of(2024, 1, 1), null, null,
        MINE)).withMessageStartingWith("validity");
    assertThatIllegalArgumentException().isThrownBy(() -> new AdministrativeUnit(reformCommune("00004"), "Ba Đình",
        AdministrativeUnitType.WARD, hanoi, ProvinceCode.reform2025("01"), null, null, null,
        UNITS.version(LEGACY_2004).orElseThrow())).withMessageStartingWith("version");
  }

  @Test
  void builtIn_everyUnitOfBothLists_distinctCodesPerEraAndLevel() {
    Set<AdministrativeUnitCode> seen = new HashSet<>();
    for (AdministrativeEra era : AdministrativeEra.values()) {
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        for (AdministrativeUnit unit : UNITS.all(era, level)) {
          assertThat(seen.add(unit.code())).as(unit.toString()).isTrue();
        }
      }
    }
    assertThat(seen).hasSize(63 + 696 + 10035 + 34 + 3321);
    assertThat(UNITS.toString()).isEqualTo("AdministrativeUnitCatalog[LEGACY_2004: 63 provinces, 696 districts,"
        + " 10035 communes, " + UNITS.version(LEGACY_2004).orElseThrow() + "; REFORM_2025: 34 provinces, 3321"
        + " communes, " + UNITS.version(REFORM_2025).orElseThrow() + "]");
    assertThat(AdministrativeUnitCatalog.builtIn()).isSameAs(UNITS);
  }
}
