package dev.egov.model.address;

import static dev.egov.model.catalog.AdministrativeEra.LEGACY_2004;
import static dev.egov.model.catalog.AdministrativeEra.REFORM_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses: eras, code shapes, the province of the address's own era, builders and masking (docs/administrative-units.md). */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AddressTest {

  private static final Address SAI_GON = Address.builder(REFORM_2025)
      .province("79", "Thành phố Hồ Chí Minh")
      .commune("26740", "Phường Sài Gòn")
      .detail("12 Lê Lợi")
      .build();

  private static final Address PHUC_XA = Address.builder(LEGACY_2004)
      .province("01", "Thành phố Hà Nội")
      .district("001", "Quận Ba Đình")
      .commune("00001", "Phường Phúc Xá")
      .detail("Số 5 ngõ 12 Phúc Xá")
      .country("Việt Nam")
      .build();

  @Test
  void builder_reformEra_keepsEveryPart() {
    assertThat(SAI_GON.era()).isEqualTo(REFORM_2025);
    assertThat(SAI_GON.provinceCode()).isEqualTo("79");
    assertThat(SAI_GON.provinceName()).isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(SAI_GON.districtCode()).isNull();
    assertThat(SAI_GON.districtName()).isNull();
    assertThat(SAI_GON.communeCode()).isEqualTo("26740");
    assertThat(SAI_GON.communeName()).isEqualTo("Phường Sài Gòn");
    assertThat(SAI_GON.detail()).isEqualTo("12 Lê Lợi");
    assertThat(SAI_GON.country()).isNull();
  }

  @Test
  void builder_legacyEra_keepsTheDistrict() {
    assertThat(PHUC_XA.era()).isEqualTo(LEGACY_2004);
    assertThat(PHUC_XA.districtCode()).isEqualTo("001");
    assertThat(PHUC_XA.districtName()).isEqualTo("Quận Ba Đình");
    assertThat(PHUC_XA.country()).isEqualTo("Việt Nam");
  }

  @Test
  void builder_nothingSet_isAnEmptyAddressOfItsEra() {
    Address abroad = Address.builder(REFORM_2025).country("Nhật Bản").build();

    assertThat(abroad.provinceCode()).isNull();
    assertThat(abroad.province()).isEmpty();
    assertThat(abroad.provinceCodeInEra()).isEmpty();
  }

  @Test
  void builder_settingAPartAgain_replacesIt() {
    Address moved = SAI_GON.toBuilder().province("01", null).commune("00004", "Phường Trúc Bạch").build();

    assertThat(moved.provinceCode()).isEqualTo("01");
    assertThat(moved.provinceName()).isNull();
    assertThat(moved.communeCode()).isEqualTo("00004");
  }

  @Test
  void constructor_nullEra_isRejected() {
    assertThatThrownBy(() -> new Address(null, "01", null, null, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Address.builder(null)).isInstanceOf(NullPointerException.class);
  }

  // --- Eras -------------------------------------------------------------------------------------------------------

  @Test
  void build_reformEraWithADistrict_isRejected() {
    Address.Builder builder = Address.builder(REFORM_2025).province("79", null).district("760", "Quận 1");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 July 2025");
  }

  @Test
  void constructor_reformEraWithOnlyADistrictCodeOrName_isRejected() {
    assertThatThrownBy(() -> new Address(REFORM_2025, "79", null, "760", null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Address(REFORM_2025, "79", null, null, "Quận 1", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_legacyEraWithADistrict_isAccepted() {
    assertThat(new Address(LEGACY_2004, "79", null, "760", "Quận 1", "26740", null, null, null).districtCode())
        .isEqualTo("760");
  }

  // --- Code shapes ------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "001", "7a", "7 ", "\u0667\u0669", "\uff17\uff19", "-1"})
  void province_notTwoAsciiDigits_isRejected(String code) {
    assertThatThrownBy(() -> Address.builder(REFORM_2025).province(code, null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provinceCode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "01", "0001", "00a", "\u0660\u0660\u0661"})
  void district_notThreeAsciiDigits_isRejected(String code) {
    assertThatThrownBy(() -> Address.builder(LEGACY_2004).district(code, null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("districtCode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0001", "000001", "0000a", "00 01", "\uff10\uff10\uff10\uff10\uff11"})
  void commune_notFiveAsciiDigits_isRejected(String code) {
    assertThatThrownBy(() -> Address.builder(REFORM_2025).commune(code, null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("communeCode");
  }

  /** Shape errors come from personal data: the message gives the length, not the value. */
  @Test
  void build_wrongShape_messageDoesNotRepeatTheValue() {
    assertThatThrownBy(() -> Address.builder(REFORM_2025).commune("2673x", null).build())
        .hasMessageNotContaining("2673x");
  }

  // --- Province in the address's era ------------------------------------------------------------------------------

  @Test
  void province_gialai64InTheLegacyEra_isGiaLai() {
    Address address = Address.builder(LEGACY_2004).province("64", "Gia Lai").build();

    assertThat(address.province()).map(Province::name).contains("Gia Lai");
    assertThat(address.provinceCodeInEra()).contains(ProvinceCode.legacy("64"));
  }

  @Test
  void province_gialai52InThe2025Era_isGiaLai() {
    Address address = Address.builder(REFORM_2025).province("52", "Gia Lai").build();

    assertThat(address.province()).map(Province::name).contains("Gia Lai");
    assertThat(address.provinceCodeInEra()).contains(ProvinceCode.reform2025("52"));
  }

  /** The trap of docs/administrative-units.md: "Gia Lai 64" after the reform. 64 names no province in the 2025 era. */
  @Test
  void province_64InThe2025Era_isEmpty() {
    assertThat(Address.builder(REFORM_2025).province("64", "Gia Lai").build().province()).isEmpty();
  }

  @Test
  void province_52InTheLegacyEra_isBinhDinh() {
    assertThat(Address.builder(LEGACY_2004).province("52", null).build().province())
        .map(Province::name).contains("Bình Định");
  }

  @Test
  void province_wellFormedButUnknownCode_isEmpty() {
    assertThat(Address.builder(LEGACY_2004).province("03", null).build().province()).isEmpty();
    assertThat(Address.builder(REFORM_2025).province("99", null).build().province()).isEmpty();
  }

  // --- Builders and masking ---------------------------------------------------------------------------------------

  @Test
  void toBuilder_unchanged_buildsAnEqualAddress() {
    assertThat(SAI_GON.toBuilder().build()).isEqualTo(SAI_GON).isNotSameAs(SAI_GON);
    assertThat(PHUC_XA.toBuilder().build()).isEqualTo(PHUC_XA);
  }

  @Test
  void toBuilder_changed_leavesTheOriginalUnchanged() {
    Address changed = SAI_GON.toBuilder().detail("1 Nguyễn Huệ").build();

    assertThat(changed.detail()).isEqualTo("1 Nguyễn Huệ");
    assertThat(SAI_GON.detail()).isEqualTo("12 Lê Lợi");
  }

  @Test
  void toString_showsEraAndCodes_masksDetailAndNames() {
    assertThat(SAI_GON.toString())
        .contains("REFORM_2025", "79", "26740")
        .doesNotContain("Lê Lợi", "Lợi", "Sài Gòn", "Hồ Chí Minh");
    assertThat(PHUC_XA.toString())
        .contains("LEGACY_2004", "01", "001", "00001")
        .doesNotContain("Phúc Xá", "Ba Đình", "Hà Nội", "ngõ 12");
  }
}
