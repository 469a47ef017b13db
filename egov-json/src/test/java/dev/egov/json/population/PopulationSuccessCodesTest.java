package dev.egov.json.population;

import dev.egov.json.AnswerStatus;
import dev.egov.json.ResultCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which result codes mean success is configurable (docs/population-database.md, Answers and result codes: UNCERTAIN per gateway). */
class PopulationSuccessCodesTest {

  private static LookupAnswer read(PopulationDatabaseJson db, String code) {
    return db.decodeLookupAnswer(("{\"error_code\":" + code + ",\"message\":\"m\",\"data\":[]}")
        .getBytes(StandardCharsets.UTF_8), WireForm.JSON).value();
  }

  @ParameterizedTest(name = "error_code {0} is success: {1}")
  @CsvSource({"0, true", "'\"0\"', true", "'\"00\"', true", "' \"0 \"', true", "1, false", "'\"01\"', false",
      "'\"-1\"', false", "200, false", "'\"000\"', false"})
  void defaultSuccessCodes(String code, boolean success) {
    LookupAnswer answer = read(PopulationDatabaseJson.get(), code);
    assertThat(answer.status().success()).isEqualTo(success);
    assertThat(answer.status().message()).isEqualTo("m");
  }

  @Test
  void configuredSuccessCodes() {
    PopulationDatabaseJson gateway = PopulationDatabaseJson.builder().successCodes(List.of("200", "1")).build();
    assertThat(read(gateway, "200").status().success()).isTrue();
    assertThat(read(gateway, "\"1\"").status().success()).isTrue();
    assertThat(read(gateway, "0").status().success()).isFalse();
    assertThat(gateway.successCodes()).containsExactlyInAnyOrder("200", "1");
    assertThat(PopulationDatabaseJson.get().successCodes()).containsExactlyInAnyOrder("0", "00");

    assertThatThrownBy(() -> PopulationDatabaseJson.builder().successCodes(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PopulationDatabaseJson.builder().successCodes(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSuccessWithoutACodeIsWrittenWithTheFirstSuccessCode() {
    LookupAnswer fromSoap = new LookupAnswer(AnswerStatus.ok(), List.of());
    PopulationDatabaseJson gateway = PopulationDatabaseJson.builder().successCodes(List.of("00", "0")).build();
    assertThat(Goldens.tree(gateway.writeLookupAnswer(fromSoap, WireForm.JSON)).get("error_code").asText()).isEqualTo("00");
    assertThat(Goldens.tree(PopulationDatabaseJson.get().writeLookupAnswer(fromSoap, WireForm.SOAP_IN_JSON))
        .get("error_code").asText()).isEqualTo("0");
    assertThatThrownBy(() -> PopulationDatabaseJson.get().writeLookupAnswer(
        LookupAnswer.failed(AnswerStatus.failure(null, "x")), WireForm.JSON)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersStayNumbers() {
    LookupAnswer answer = read(PopulationDatabaseJson.get(), "0");
    assertThat(answer.status().code()).isEqualTo(ResultCode.ofNumber(0));
    assertThat(Goldens.tree(PopulationDatabaseJson.get().writeLookupAnswer(answer, WireForm.JSON)).get("error_code").isNumber())
        .isTrue();
  }
}
