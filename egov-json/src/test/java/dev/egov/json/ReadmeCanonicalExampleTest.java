package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The root README's canonical-JSON example, run as written: the lines between the markers below are the README's code
 * block, and {@link #readmeShowsExactlyThisCode} fails when the two drift apart.
 */
class ReadmeCanonicalExampleTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void writesReadsAndKeepsUnknownFields() throws IOException {
    Citizen citizen = Citizen.builder()
        .personalId(PersonalIdNumber.parse("079303001234"))
        .name(PersonName.parse("Nguyễn Thị Hoà"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.parse("2003-05"))
        .build();
    byte[] body = """
        {"personalId":"001190001234","name":{"family":"Phạm","middle":"","given":"Minh"},\
        "sex":"UNKNOWN","birthDate":"1990","dataQualityFlags":[],"zaloId":"0912345678"}\
        """.getBytes(StandardCharsets.UTF_8);

    // README:begin
    CanonicalJson json = CanonicalJson.get();
    byte[] bytes = json.write(citizen);     // {"personalId":"079303001234","name":{"family":"Nguyễn",…},"birthDate":"2003-05",…}
    Citizen back = json.read(bytes, Citizen.class);                 // equals citizen

    Decoded<Citizen> decoded = json.decode(body, Citizen.class);    // from a system that knows more: {…,"zaloId":"…"}
    List<UnknownField> unknown = decoded.unknownFields();          // [UnknownField[path=/zaloId, json="0912345678"]]
    byte[] out = json.write(decoded);                               // written back with "zaloId"
    // README:end

    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith(
        "{\"personalId\":\"079303001234\",\"name\":{\"family\":\"Nguyễn\",").contains("\"birthDate\":\"2003-05\"")
        .doesNotContain("null");
    assertThat(back).isEqualTo(citizen);
    assertThat(decoded.value().birthDate()).isEqualTo(PartialDate.ofYear(1990));
    assertThat(unknown).containsExactly(new UnknownField("/zaloId", "\"0912345678\""));
    assertThat(TREES.readTree(out).path("zaloId").asText()).isEqualTo("0912345678");
    assertThat(json.read(out, Citizen.class)).isEqualTo(decoded.value());
    assertThatThrownBy(() -> json.read(new String(body, StandardCharsets.UTF_8).replace("001190001234", "0011900"),
        Citizen.class)).isInstanceOf(JsonDecodingException.class).hasMessageContaining("personalId")
        .hasMessageNotContaining("0011900");
  }

  @Test
  void readmeShowsExactlyThisCode() throws IOException {
    ReadmeSnippets.assertReadmeShows("dev/egov/json/ReadmeCanonicalExampleTest.java", 4);
  }

}
