package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.egov.model.address.Address;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.CatalogVersion;
import dev.egov.model.catalog.StatisticsOfficeCatalog;
import dev.egov.model.catalog.StatisticsOfficeCatalog.CommuneRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Addresses checked against egov's built-in catalogue of administrative units, the default, or a newer list. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BuiltInCatalogueTest {

  private static List<Violation> validate(Address address) {
    return EgovValidation.validate(address, Locale.ENGLISH);
  }

  private static Address.Builder reform() {
    return Address.builder(AdministrativeEra.REFORM_2025);
  }

  private static Address.Builder legacy() {
    return Address.builder(AdministrativeEra.LEGACY_2004);
  }

  @Test
  void postReformAddress_inTheOfficialList_valid() {
    assertThat(validate(reform().province("79", "Thành phố Hồ Chí Minh").commune("26740", "Phường Sài Gòn")
        .detail("12 Lê Lợi").build())).isEmpty();
    assertThat(validate(reform().province("19", "Thái Nguyên").commune("05665", "Xã Văn Lăng").build())).isEmpty();
    assertThat(validate(reform().province("01", null).commune("00004", null).build())).isEmpty();
  }

  @Test
  void communeOfAnotherProvince_unknownCommune() {
    assertThat(validate(reform().province("01", "Thành phố Hà Nội").commune("26740", "Phường Sài Gòn").build()))
        .containsExactly(new Violation("ADDRESS.UNKNOWN_COMMUNE", "communeCode",
            "the commune code does not exist in the commune catalogue, or belongs to another province"));
  }

  /** 00004 is Phường Trúc Bạch before the reform and Phường Ba Đình after: the era decides. */
  @Test
  void codeReusedAcrossEras_checkedInTheAddressesEra() {
    assertThat(validate(legacy().province("01", null).district("001", null).commune("00004", "Phường Trúc Bạch")
        .build())).isEmpty();
    assertThat(validate(reform().province("01", null).commune("00004", "Phường Trúc Bạch").build()))
        .extracting(Violation::code, Violation::path).containsExactly(tuple("ADDRESS.NAME_MISMATCH", "communeName"));
    assertThat(validate(reform().province("01", null).commune("00001", null).build()))
        .extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_COMMUNE");
  }

  @Test
  void legacyAddress_communeOfAnotherDistrict_reported() {
    // Phường Phúc Xá (00001) is in Quận Ba Đình (001), not Quận Hoàn Kiếm (002).
    assertThat(validate(legacy().province("01", "Thành phố Hà Nội").district("002", "Quận Hoàn Kiếm")
        .commune("00001", "Phường Phúc Xá").build()))
        .containsExactly(new Violation("ADDRESS.COMMUNE_NOT_IN_DISTRICT", "communeCode",
            "the commune belongs to another district than the address's"));
  }

  @Test
  void legacyAddress_districtOfAnotherProvinceOrUnknown_reported() {
    assertThat(validate(legacy().province("79", null).district("001", null).build()))
        .containsExactly(new Violation("ADDRESS.UNKNOWN_DISTRICT", "districtCode",
            "the district code does not exist in the legacy catalogue, or belongs to another province"));
    assertThat(validate(legacy().province("01", null).district("999", null).build()))
        .extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_DISTRICT");
    assertThat(EgovValidation.validate(legacy().province("01", null).district("999", null).build(),
        EgovValidation.VIETNAMESE)).extracting(Violation::message)
        .containsExactly("mã huyện không có trong danh mục trước ngày 1/7/2025, hoặc thuộc tỉnh khác");
  }

  @Test
  void nameDisagreeingWithTheCode_reportedOnTheName() {
    assertThat(validate(reform().province("79", "Thành phố Hồ Chí Minh").commune("26740", "Phường Bến Nghé")
        .build())).containsExactly(new Violation("ADDRESS.NAME_MISMATCH", "communeName",
            "the name does not agree with the code in the catalogue of administrative units"));
    assertThat(validate(reform().province("79", "Hà Nội").commune("26740", "Phường Sài Gòn").build()))
        .extracting(Violation::code, Violation::path).containsExactly(tuple("ADDRESS.NAME_MISMATCH", "provinceName"));
    assertThat(validate(legacy().province("01", null).district("001", "Quận Hoàn Kiếm").commune("00001", null)
        .build())).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("ADDRESS.NAME_MISMATCH", "districtName"));
    // Diacritics count: the identity key is not the search key.
    assertThat(validate(reform().province("79", null).commune("26740", "Phuong Sai Gon").build()))
        .extracting(Violation::code).containsExactly("ADDRESS.NAME_MISMATCH");
    assertThat(validate(reform().province("19", null).commune("05665", "Xã Văn Lang").build()))
        .extracting(Violation::code).containsExactly("ADDRESS.NAME_MISMATCH");
    assertThat(validate(reform().province("19", null).commune("05665", "Phường Văn Lăng").build()))
        .extracting(Violation::code).containsExactly("ADDRESS.NAME_MISMATCH");
  }

  @Test
  void nameAgreeingByKey_despiteToneMarkPlacementCaseAndTypeWord_valid() {
    // The 2025 list writes "Tỉnh Hoà Bình"-style names in places and "Hòa" in others; either spelling agrees.
    assertThat(validate(legacy().province("17", "Tỉnh Hòa Bình").build())).isEmpty();
    assertThat(validate(legacy().province("17", "HOÀ BÌNH").build())).isEmpty();
    assertThat(validate(legacy().province("77", "Bà Rịa-Vũng Tàu").build())).isEmpty();
    assertThat(validate(reform().province("79", "thành phố hồ chí minh").commune("26740", "Sài Gòn").build()))
        .isEmpty();
  }

  /** Nghị quyết 175/2024/QH15: both names of 46 are names of the legacy era. */
  @Test
  void legacyHue_eitherNameOfTheEra_valid() {
    assertThat(validate(legacy().province("46", "Tỉnh Thừa Thiên Huế").build())).isEmpty();
    assertThat(validate(legacy().province("46", "Thành phố Huế").build())).isEmpty();
    assertThat(validate(reform().province("46", "Tỉnh Thừa Thiên Huế").build()))
        .extracting(Violation::code).containsExactly("ADDRESS.NAME_MISMATCH");
  }

  // --- Catalogues of the user's -----------------------------------------------------------------------------------

  private static final CatalogVersion NEWER = new CatalogVersion("Danh mục đơn vị hành chính (Cục Thống kê)",
      "test rows", LocalDate.of(2026, 5, 1));

  private static AdministrativeUnitCatalog newerList() {
    return StatisticsOfficeCatalog.fromRows(NEWER, List.of(
        new CommuneRow("79", "Thành phố Hồ Chí Minh", "", "", "26740", "Phường Sài Gòn Mới", "Phường")));
  }

  private static List<Violation> validateWith(CommuneCatalog catalog, Address address) {
    return Violation.listOf(EgovValidation.validator(Locale.ENGLISH,
        EgovValidationOptions.defaults().withCommuneCatalog(catalog)).validate(address));
  }

  @Test
  void newerList_inPlaceOfTheBuiltInOne_checksItsNames() {
    CommuneCatalog current = CommuneCatalog.of(AdministrativeUnitCatalog.builtIn().with(newerList()));
    assertThat(validateWith(current, reform().province("79", null).commune("26740", "Phường Sài Gòn Mới").build()))
        .isEmpty();
    assertThat(validateWith(current, reform().province("79", null).commune("26740", "Phường Sài Gòn").build()))
        .extracting(Violation::code).containsExactly("ADDRESS.NAME_MISMATCH");
    assertThat(validateWith(current, reform().province("01", null).commune("00004", null).build()))
        .extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_COMMUNE");
    // The legacy era is still the built-in list's.
    assertThat(validateWith(current, legacy().province("01", null).district("001", null).commune("00004", null)
        .build())).isEmpty();
  }

  @Test
  void listOfOneEra_checksOnlyAddressesOfThatEra() {
    CommuneCatalog reformOnly = CommuneCatalog.of(newerList());
    assertThat(validateWith(reformOnly, legacy().province("01", null).district("999", null).commune("99999", null)
        .build())).isEmpty();
    assertThat(validateWith(reformOnly, reform().province("01", null).commune("00004", null).build()))
        .extracting(Violation::code).containsExactly("ADDRESS.UNKNOWN_COMMUNE");
  }

  @Test
  void plainCommuneCatalogue_checksCommunesAndTheirNames() {
    assertThat(validateWith(Records.COMMUNES, reform().province("79", null).commune("26740", "PHƯỜNG SÀI GÒN")
        .build())).isEmpty();
    assertThat(validateWith(Records.COMMUNES, reform().province("79", null).commune("26740", "Sài Gòn").build()))
        .isEmpty();
    assertThat(validateWith(Records.COMMUNES, reform().province("79", null).commune("26740", "Phường Tân Định")
        .build())).extracting(Violation::code).containsExactly("ADDRESS.NAME_MISMATCH");
    assertThat(validateWith(Records.COMMUNES, legacy().province("01", null).district("002", null)
        .commune("00001", null).build())).extracting(Violation::code)
        .containsExactly("ADDRESS.COMMUNE_NOT_IN_DISTRICT");
    // No district look-up in a plain catalogue: an unknown district alone is not reported.
    assertThat(validateWith(Records.COMMUNES, legacy().province("01", null).district("999", null).build()))
        .isEmpty();
  }

  @Test
  void defaults_builtInCommuneCatalogue() {
    assertThat(EgovValidationOptions.defaults().communes()).contains(CommuneCatalog.builtIn());
    assertThat(CommuneCatalog.builtIn().units()).contains(AdministrativeUnitCatalog.builtIn());
    assertThat(CommuneCatalog.builtIn().find(AdministrativeEra.LEGACY_2004, "26740").orElseThrow())
        .extracting(c -> c.name(), c -> c.provinceCode(), c -> c.districtCode(), c -> c.type())
        .containsExactly("Phường Bến Nghé", "79", "760", "Phường");
    assertThat(CommuneCatalog.builtIn().find(AdministrativeEra.REFORM_2025, "2674")).isEmpty();
  }
}
