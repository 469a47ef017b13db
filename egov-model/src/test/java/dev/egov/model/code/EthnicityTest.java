package dev.egov.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.model.catalog.EthnicGroup;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ethnic-group codes as records carry them (docs/population-database.md, Ethnic groups): with or without the leading zero, or beyond 54. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class EthnicityTest {

  @Test
  void of_codeWithoutLeadingZero_isKinhAndKeepsTheCode() {
    Ethnicity kinh = Ethnicity.of("1");

    assertThat(kinh.code()).isEqualTo("1");
    assertThat(kinh.isKnown()).isTrue();
    assertThat(kinh.group()).contains(new EthnicGroup("01", "Kinh"));
    assertThat(kinh.vietnameseLabel()).contains("Kinh");
  }

  @Test
  void of_codeWithLeadingZero_isTheSameGroupButAnotherCode() {
    Ethnicity kinh = Ethnicity.of("01");

    assertThat(kinh.code()).isEqualTo("01");
    assertThat(kinh.group()).isEqualTo(Ethnicity.of("1").group());
    // Open codes compare as written (OpenCode): the raw code round-trips, so "01" and "1" stay distinct values.
    assertThat(kinh).isNotEqualTo(Ethnicity.of("1"));
  }

  @Test
  void of_codeBeyondTheCatalogue_isKeptUnknown() {
    Ethnicity other = Ethnicity.of("58");

    assertThat(other.code()).isEqualTo("58");
    assertThat(other.isKnown()).isFalse();
    assertThat(other.group()).isEmpty();
    assertThat(other.vietnameseLabel()).isEmpty();
    assertThat(other).isEqualTo(Ethnicity.of("58")).hasToString("58");
  }

  @Test
  void of_catalogueBounds_54KnownAnd0Or55Not() {
    assertThat(Ethnicity.of("54").group()).map(EthnicGroup::name).contains("Rơ-măm");
    assertThat(Ethnicity.of("0").isKnown()).isFalse();
    assertThat(Ethnicity.of("00").isKnown()).isFalse();
    assertThat(Ethnicity.of("55").isKnown()).isFalse();
    assertThat(Ethnicity.of("001").isKnown()).isFalse();
  }

  /** {@link OpenCode}: known codes are singletons, so {@code ==} works for them. */
  @Test
  void of_knownCode_returnsTheSameInstance() {
    assertThat(Ethnicity.of("01")).isSameAs(Ethnicity.of("01"));
    assertThat(Ethnicity.of("1")).isSameAs(Ethnicity.of("1"));
    assertThat(Ethnicity.of("54")).isSameAs(Ethnicity.of("54"));
  }

  @Test
  void json_codeWithoutLeadingZero_roundTripsUnchanged() throws Exception {
    ObjectMapper json = new ObjectMapper();

    Ethnicity read = json.readValue("\"1\"", Ethnicity.class);

    assertThat(read.group()).map(EthnicGroup::name).contains("Kinh");
    assertThat(json.writeValueAsString(read)).isEqualTo("\"1\"");
    assertThat(json.writeValueAsString(json.readValue("\"58\"", Ethnicity.class))).isEqualTo("\"58\"");
  }
}
