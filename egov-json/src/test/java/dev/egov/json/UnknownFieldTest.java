package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.egov.model.person.Citizen;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownFieldTest {

  @Test
  void aFieldWithAnEmptyNameHasAPointerEndingInASlash() {
    UnknownField root = new UnknownField("/", "1");
    UnknownField nested = new UnknownField("/a/", "1");

    assertThat(root.name()).isEmpty();
    assertThat(root.parentPath()).isEmpty();
    assertThat(nested.name()).isEmpty();
    assertThat(nested.parentPath()).isEqualTo("/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "a/b"})
  void aPathThatIsNotAPointerToAFieldIsRefused(String path) {
    assertThatIllegalArgumentException().isThrownBy(() -> new UnknownField(path, "1"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"001085012345\"|string(12 chars)",
      "\"Ph\\u1ea1m \\\"A\\\"\"|string(8 chars)",
      "\"\"|string(0 chars)",
      "84987123456|number(11 chars)",
      "-1.5e3|number(6 chars)",
      "true|boolean",
      "null|null",
      "{}|object(0 fields)",
      "{\"a\":{\"b\":1,\"c\":2},\"d\":\"x,y\"}|object(2 fields)",
      "[1,[2,3],\"]\"]|array(3 items)",
      "[ ]|array(0 items)",
      "{not json|text(9 chars)"})
  void toStringShowsThePathAndTheValuesShapeNeverTheValue(String json, String shape) {
    UnknownField field = new UnknownField("/data/0/SoDinhDanh", json);

    assertThat(field.toString()).isEqualTo("UnknownField[/data/0/SoDinhDanh = " + shape + "]");
    assertThat(field.json()).isEqualTo(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/accessToken", "/lgspAccessToken", "/AuthHash", "/session", "/data/0/password",
      "/api_key", "/clientSecret", "/X-Api-Key", "/refresh_token", "/credentials/user", "/accessToken/0"})
  void aFieldNamedLikeASecretPrintsWithoutShapeOrLength(String path) {
    UnknownField field = new UnknownField(path, "\"0987654321\"");

    assertThat(field.secret()).isTrue();
    assertThat(field.toString()).isEqualTo("UnknownField[" + path + " = <secret>]");
  }

  @Test
  void aSecretInsideAnObjectValueIsNeverPrinted() {
    UnknownField field = new UnknownField("/gateway", "{\"accessToken\":\"0987654321\",\"lgspAccessToken\":\"x\"}");

    assertThat(field.secret()).isFalse();
    assertThat(field.toString()).isEqualTo("UnknownField[/gateway = object(2 fields)]")
        .doesNotContain("accessToken").doesNotContain("0987654321");
  }

  @Test
  void ordinaryNamesAreNotSecrets() {
    assertThat(new UnknownField("/data/0/SoDinhDanh", "1").secret()).isFalse();
    assertThat(new UnknownField("/MaTinhMoi", "1").secret()).isFalse();
  }

  @Test
  void decodedPrintsItsUnknownFieldsMasked() {
    byte[] body = ("{\"personalId\":\"001190001234\",\"name\":{\"family\":\"P\",\"middle\":\"\",\"given\":\"M\"},"
        + "\"sex\":\"UNKNOWN\",\"birthDate\":\"1990\",\"zaloId\":\"0912345678\",\"accessToken\":\"eyJabc\"}")
        .getBytes(StandardCharsets.UTF_8);

    Decoded<Citizen> decoded = CanonicalJson.get().decode(body, Citizen.class);

    assertThat(decoded.unknownFields()).extracting(UnknownField::toString)
        .containsExactly("UnknownField[/zaloId = string(10 chars)]", "UnknownField[/accessToken = <secret>]");
    assertThat(decoded.toString()).doesNotContain("0912345678").doesNotContain("eyJabc")
        .doesNotContain("001190001234");
    assertThat(decoded.unknownFields()).extracting(UnknownField::json)
        .isEqualTo(List.of("\"0912345678\"", "\"eyJabc\""));
  }
}
