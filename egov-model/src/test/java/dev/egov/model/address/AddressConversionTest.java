package dev.egov.model.address;

import static dev.egov.model.catalog.AdministrativeEra.LEGACY_2004;
import static dev.egov.model.catalog.AdministrativeEra.REFORM_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.egov.model.catalog.CommuneLineage;
import dev.egov.model.catalog.ConversionConfidence;
import dev.egov.model.catalog.ConversionReason;
import dev.egov.model.catalog.Portion;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Legacy addresses converted through the commune lineage: what converts, what is kept, and why. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AddressConversionTest {

  private static Address.Builder hanoi(String district, String districtName, String commune, String communeName) {
    return Address.builder(LEGACY_2004).province("01", "Thành phố Hà Nội").district(district, districtName)
        .commune(commune, communeName);
  }

  @Test
  void of_communeWholeIntoOne_exactKeepingDetailAndCountry() {
    Address old = hanoi("001", "Quận Ba Đình", "00004", "Phường Trúc Bạch").detail("12 Phố Trúc Bạch")
        .country("Việt Nam").build();
    AddressConversion c = AddressConversion.of(old);
    assertThat(c.confidence()).isEqualTo(ConversionConfidence.EXACT);
    assertThat(c.converted()).isEqualTo(Address.builder(REFORM_2025).province("01", "Thành phố Hà Nội")
        .commune("00004", "Phường Ba Đình").detail("12 Phố Trúc Bạch").country("Việt Nam").build());
    assertThat(c.unconverted()).containsExactly(
        new UnconvertedPart(AddressPart.DISTRICT, "001", "Quận Ba Đình", ConversionReason.DISTRICT_ABOLISHED));
    assertThat(c.legacy()).isSameAs(old);
    assertThat(c.version()).isEqualTo(CommuneLineage.builtIn().version());
  }

  @Test
  void of_splitCommune_provinceOnlyWithCandidatesAndTheCommuneKept() {
    Address old = hanoi("001", "Quận Ba Đình", "00019", "Phường Điện Biên").detail("5 Điện Biên Phủ").build();
    AddressConversion c = AddressConversion.of(old);
    assertThat(c.confidence()).isEqualTo(ConversionConfidence.AMBIGUOUS);
    assertThat(c.converted().provinceCode()).isEqualTo("01");
    assertThat(c.converted().communeCode()).isNull();
    assertThat(c.converted().detail()).isEqualTo("5 Điện Biên Phủ");
    assertThat(c.candidates()).extracting(l -> l.unit().code().code() + " " + l.portion())
        .containsExactly("00004 PART", "00070 WHOLE", "00190 PART", "00226 WHOLE");
    assertThat(c.unconverted()).contains(
        new UnconvertedPart(AddressPart.COMMUNE, "00019", "Phường Điện Biên", ConversionReason.SPLIT));
    assertThat(c.candidates()).anySatisfy(l -> assertThat(l.portion()).isEqualTo(Portion.PART));
  }

  @Test
  void of_mergedProvince_theNewProvinceAndItsName() {
    Address old = Address.builder(LEGACY_2004).province("52", "Tỉnh Bình Định").district("540", null)
        .commune("21550", null).build();
    AddressConversion c = AddressConversion.of(old);
    assertThat(c.converted().provinceCode()).isEqualTo("52");
    assertThat(c.converted().provinceName()).isEqualTo("Tỉnh Gia Lai");
    assertThat(c.converted().province()).map(p -> p.name()).contains("Gia Lai");
  }

  @Test
  void of_communeNotInTheGivenDistrict_unknownKeepingEverything() {
    Address old = hanoi("002", "Quận Hoàn Kiếm", "00004", "Phường Trúc Bạch").detail("1 Hàng Bạc").build();
    AddressConversion c = AddressConversion.of(old);
    assertThat(c.confidence()).isEqualTo(ConversionConfidence.UNKNOWN);
    assertThat(c.converted().provinceCode()).isEqualTo("01");
    assertThat(c.converted().communeCode()).isNull();
    assertThat(c.converted().detail()).isEqualTo("1 Hàng Bạc");
    assertThat(c.unconverted()).containsExactly(
        new UnconvertedPart(AddressPart.DISTRICT, "002", "Quận Hoàn Kiếm", ConversionReason.DISTRICT_ABOLISHED),
        new UnconvertedPart(AddressPart.COMMUNE, "00004", "Phường Trúc Bạch", ConversionReason.DISTRICT_MISMATCH));
  }

  @Test
  void of_unknownProvinceAndCommune_bothKeptWithReasons() {
    Address old = Address.builder(LEGACY_2004).province("03", "Tỉnh X").commune("99999", "Xã Y").build();
    AddressConversion c = AddressConversion.of(old);
    assertThat(c.converted().provinceCode()).isNull();
    assertThat(c.unconverted()).containsExactly(
        new UnconvertedPart(AddressPart.PROVINCE, "03", "Tỉnh X", ConversionReason.UNKNOWN_PROVINCE),
        new UnconvertedPart(AddressPart.COMMUNE, "99999", "Xã Y", ConversionReason.UNKNOWN_COMMUNE));
  }

  @Test
  void of_noCommuneCode_provinceConvertedCommuneNameKept() {
    Address old = Address.builder(LEGACY_2004).province("46", "Tỉnh Thừa Thiên Huế").detail("Thôn 3").build();
    AddressConversion c = AddressConversion.of(old);
    assertThat(c.confidence()).isEqualTo(ConversionConfidence.UNKNOWN);
    assertThat(c.converted().provinceCode()).isEqualTo("46");
    assertThat(c.converted().provinceName()).isEqualTo("Thành phố Huế");
    assertThat(c.unconverted()).containsExactly(
        new UnconvertedPart(AddressPart.COMMUNE, null, null, ConversionReason.NO_COMMUNE));
  }

  @Test
  void of_communeWithoutProvince_provinceOfTheNewCommune() {
    Address old = Address.builder(LEGACY_2004).commune("00004", "Phường Trúc Bạch").build();
    assertThat(AddressConversion.of(old).converted().provinceCode()).isEqualTo("01");
  }

  @Test
  void of_addressOf2025_illegalArgument() {
    Address already = Address.builder(REFORM_2025).province("01", null).commune("00004", null).build();
    assertThatIllegalArgumentException().isThrownBy(() -> AddressConversion.of(already))
        .withMessageContaining("LEGACY_2004");
  }

  @Test
  void toString_namesAndDetail_masked() {
    Address old = hanoi("001", "Quận Ba Đình", "00019", "Phường Điện Biên").detail("5 Điện Biên Phủ").build();
    String text = AddressConversion.of(old).toString();
    assertThat(text).contains("AMBIGUOUS", "00019", "SPLIT", "DISTRICT_ABOLISHED")
        .doesNotContain("Điện Biên Phủ", "Phường Điện Biên", "Ba Đình");
  }
}
