package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class EthnicGroupCatalogTest {

  private static final EthnicGroupCatalog CATALOG = EthnicGroupCatalog.builtIn();

  @Test
  void all_builtIn_54GroupsCoded01To54InOrder() {
    assertThat(CATALOG.all()).hasSize(54);
    assertThat(CATALOG.all().stream().map(EthnicGroup::code).collect(Collectors.toList()))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 54)
            .mapToObj(i -> String.format(Locale.ROOT, "%02d", i)).collect(Collectors.toList()));
    assertThat(CATALOG.all()).allSatisfy(g -> assertThat(g.name()).isNotBlank().isEqualTo(g.name().strip()));
    assertThat(CATALOG.all().stream().map(EthnicGroup::name)).doesNotHaveDuplicates();
    assertThat(CATALOG).hasToString("EthnicGroupCatalog[54 groups]");
  }

  @ParameterizedTest
  @CsvSource({"1, Kinh", "01, Kinh", "02, Tày", "4, Hoa", "08, HMông", "13, Ba-na", "23, Bru-Vân Kiều",
      "53, Ơ Đu", "54, Rơ-măm"})
  void find_withOrWithoutLeadingZero_group(String code, String name) {
    assertThat(CATALOG.find(code).orElseThrow().name()).isEqualTo(name);
  }

  @Test
  void find_oneAndZeroOne_sameGroup() {
    assertThat(CATALOG.find("1")).isPresent().isEqualTo(CATALOG.find("01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"55", "99", "0", "00", "x", "", "001", "1 ", "٠١", "-1", "+1"})
  void find_undocumentedOrMalformed_empty(String code) {
    assertThat(CATALOG.find(code)).isEmpty();
  }

  @Test
  void ethnicGroup_badParts_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new EthnicGroup("1", "Kinh"));
    assertThatIllegalArgumentException().isThrownBy(() -> new EthnicGroup("01", " "));
  }
}
