package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class ProvinceCodeTest {

  @Test
  void equals_sameTextDifferentEra_notEqual() {
    assertThat(ProvinceCode.legacy("52")).isNotEqualTo(ProvinceCode.reform2025("52"));
    assertThat(ProvinceCode.legacy("52")).isEqualTo(new ProvinceCode(AdministrativeEra.LEGACY_2004, "52"));
  }

  @Test
  void toString_reformCode_codeAtEra() {
    assertThat(ProvinceCode.reform2025("52")).hasToString("52@REFORM_2025");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "052", "5a", "٥٢", " 5"})
  void constructor_notTwoAsciiDigits_throws(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> ProvinceCode.legacy(code));
  }
}
