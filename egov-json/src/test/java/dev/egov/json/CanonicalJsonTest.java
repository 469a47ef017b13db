package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.CitizenFamily;
import dev.egov.model.person.CitizenPlaces;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(30)
class CanonicalJsonTest {

  private static final CanonicalJson JSON = CanonicalJson.get();
  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<Object> corpus() {
    return CanonicalCorpus.all().stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void writeThenRead_everyRecord_roundTripsEqual(Object record) {
    byte[] json = JSON.write(record);

    assertThat(JSON.read(json, record.getClass())).isEqualTo(record);
    assertThat(JSON.decode(json, record.getClass()).unknownFields()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void write_never_writesNullsOrGetterOnlyProperties(Object record) throws IOException {
    String json = JSON.writeAsString(record);

    assertThat(json).doesNotContain("null").doesNotContain("\"open\"").doesNotContain("\"electronic\"")
        .doesNotContain("\"known\"");
  }

  @Test
  void write_minimalCitizen_isTheGoldenFile() throws IOException {
    assertThat(TREES.readTree(JSON.write(CanonicalCorpus.minimalCitizen())))
        .isEqualTo(TREES.readTree(golden("citizen-minimal.json")));
    assertThat(JSON.read(golden("citizen-minimal.json"), Citizen.class)).isEqualTo(CanonicalCorpus.minimalCitizen());
  }

  @Test
  void write_minimalDossier_isTheGoldenFile() throws IOException {
    assertThat(TREES.readTree(JSON.write(CanonicalCorpus.minimalDossier())))
        .isEqualTo(TREES.readTree(golden("dossier-minimal.json")));
    assertThat(JSON.read(golden("dossier-minimal.json"), Dossier.class)).isEqualTo(CanonicalCorpus.minimalDossier());
  }

  @Test
  void flags_unstatedAreAbsent_statedFalseIsFalse_andBothReadBackAsWritten() throws IOException {
    Dossier unstated = CanonicalCorpus.minimalDossier().toBuilder()
        .flags(new DossierFlags(null, false, List.of())).build();

    JsonNode flags = TREES.readTree(JSON.write(unstated)).get("flags");

    assertThat(flags.has("hasDigitisedComponents")).isFalse();
    assertThat(flags.get("vneidVerified").booleanValue()).isFalse();
    assertThat(JSON.read(JSON.write(unstated), Dossier.class).flags()).isEqualTo(unstated.flags());
    assertThat(JSON.read("{\"hasDigitisedComponents\": true}", DossierFlags.class))
        .isEqualTo(new DossierFlags(true, null, List.of()));
  }

  @Test
  void write_instantsAndPartialDates_areIso8601() {
    String json = JSON.writeAsString(CanonicalCorpus.fullDossier());

    assertThat(json).contains("\"receivedAt\":\"2026-11-16T02:00:00Z\"");
    assertThat(JSON.writeAsString(CanonicalCorpus.fullCitizen())).contains("\"birthDate\":\"1985-07-14\"");
  }

  @Test
  void decode_unknownFields_areReportedWithPointers_andWrittenBack() throws IOException {
    String json = new String(golden("dossier-minimal.json"), StandardCharsets.UTF_8)
        .replace("\"status\": \"1\",", "\"status\": \"1\", \"vendorField\": {\"x\": [1, 2]},")
        .replace("\"documentNumber\": \"0100109106\",", "\"documentNumber\": \"0100109106\", \"branch\": \"HN\",");

    Decoded<Dossier> decoded = JSON.decode(json.getBytes(StandardCharsets.UTF_8), Dossier.class);

    assertThat(decoded.unknownFields()).containsExactlyInAnyOrder(
        new UnknownField("/applicant/branch", "\"HN\""),
        new UnknownField("/vendorField", "{\"x\":[1,2]}"));
    assertThat(TREES.readTree(JSON.write(decoded))).isEqualTo(TREES.readTree(json));
    assertThat(JSON.read(json, Dossier.class)).isEqualTo(decoded.value());
  }

  @Test
  void read_invalidIdentifier_namesTheFieldWithoutTheValue() {
    String json = """
        {"personalId":"07930300123x","name":{"family":"A","middle":"","given":"B"},\
        "sex":"MALE","birthDate":"","dataQualityFlags":[]}\
        """;

    assertThatThrownBy(() -> JSON.read(json, Citizen.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.reason()).isEqualTo(JsonDecodingException.Reason.INVALID_VALUE);
          assertThat(e.field()).isEqualTo("/personalId");
          assertThat(e.getMessage()).doesNotContain("07930300123x").contains("079*******3x");
          assertThat(e.getCause()).isInstanceOfSatisfying(InvalidIdentifierException.class,
              c -> assertThat(c.reason()).isEqualTo(IdentifierCheck.INVALID_CHARACTERS));
        });
  }

  /** A name part over egov's text limits is refused before it is normalised, with a stable reason. */
  @Test
  void read_namePartOverTheTextLimit_isLimitExceeded() {
    String json = "{\"personalId\":\"079303001234\",\"name\":{\"family\":\"Nguyễn\",\"middle\":\"\",\"given\":\""
        + "a" + "\u0301\u0316".repeat(32_768) + "\"},\"sex\":\"MALE\",\"birthDate\":\"\",\"dataQualityFlags\":[]}";

    assertThatThrownBy(() -> JSON.read(json, Citizen.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.reason()).isEqualTo(JsonDecodingException.Reason.LIMIT_EXCEEDED);
          assertThat(e.field()).isEqualTo("/name");
          assertThat(e.detail()).contains("given", "1000", "TOO_LONG");
          assertThat(e.getMessage()).doesNotContain("\u0301");
        });
  }

  @Test
  void read_missingRequiredField_isMissingField() {
    assertThatThrownBy(() -> JSON.read("{\"personalId\":\"079303001234\",\"sex\":\"MALE\",\"dataQualityFlags\":[]}",
        Citizen.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.reason()).isEqualTo(JsonDecodingException.Reason.MISSING_FIELD);
          assertThat(e.field()).isEqualTo("/name");
        });
  }

  /** Regression: a missing list was reported at the field "/Cannot invoke "java.util.Collection.toArray()" …". */
  @Test
  void read_missingOrNullList_isEmpty() throws IOException {
    String citizen = """
        {"personalId":"079303001234","name":{"family":"A","middle":"","given":"B"},\
        "sex":"MALE","birthDate":""\
        """;
    String dossier = new String(golden("dossier-minimal.json"), StandardCharsets.UTF_8);

    for (String json : List.of(citizen + "}", citizen + ",\"dataQualityFlags\":null}")) {
      assertThat(JSON.read(json, Citizen.class).dataQualityFlags()).isEmpty();
      assertThat(JSON.decode(json.getBytes(StandardCharsets.UTF_8), Citizen.class).unknownFields()).isEmpty();
    }
    Dossier full = JSON.read(dossier, Dossier.class);
    assertThat(JSON.read(dossier.replace("\"identifiers\": []", "\"identifiers\": null"), Dossier.class))
        .isEqualTo(full);
    assertThat(JSON.read(dossier.replace(", \"results\": []", ""), Dossier.class)).isEqualTo(full);
  }

  /** A group of a record that another writer left out, or wrote as null, reads as the group's NONE. */
  @Test
  void read_missingOrNullGroup_isNone() throws IOException {
    String dossier = new String(golden("dossier-minimal.json"), StandardCharsets.UTF_8);
    Dossier full = JSON.read(dossier, Dossier.class);

    String sparse = dossier.replace("\"timeline\": {},", "").replace("\"submission\": {}", "\"submission\": null");
    assertThat(JSON.read(sparse, Dossier.class)).isEqualTo(full);
    assertThat(JSON.read(sparse, Dossier.class).timeline()).isSameAs(DossierTimeline.NONE);
    assertThat(JSON.decode(sparse.getBytes(StandardCharsets.UTF_8), Dossier.class).unknownFields()).isEmpty();
    String citizen = new String(golden("citizen-minimal.json"), StandardCharsets.UTF_8)
        .replace("\"places\": {},", "").replace("\"family\": {}", "\"family\": null");
    assertThat(JSON.read(citizen, Citizen.class).places()).isSameAs(CitizenPlaces.NONE);
    assertThat(JSON.read(citizen, Citizen.class).family()).isSameAs(CitizenFamily.NONE);
  }

  @Test
  void read_wrongType_isUnexpectedType_withoutTheValue() {
    assertThatThrownBy(() -> JSON.read("{\"personalId\":[\"079303001234\"]}", Citizen.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.reason()).isEqualTo(JsonDecodingException.Reason.UNEXPECTED_TYPE);
          assertThat(e.field()).isEqualTo("/personalId");
          assertThat(e.getMessage()).doesNotContain("079303001234");
          assertThat(e.getCause()).isNull();
        });
  }

  @Test
  void read_malformedOrTrailing_isMalformed() throws IOException {
    assertThatThrownBy(() -> JSON.read("{\"personalId\":", Citizen.class))
        .isInstanceOfSatisfying(JsonDecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(JsonDecodingException.Reason.MALFORMED));
    assertThatThrownBy(() -> JSON.read(new String(golden("citizen-minimal.json"), StandardCharsets.UTF_8) + "{}",
            Citizen.class))
        .isInstanceOf(JsonDecodingException.class);
  }

  @Test
  void read_impossibleDate_isInvalidValue() throws IOException {
    assertThatThrownBy(() -> JSON.read(new String(golden("citizen-minimal.json"), StandardCharsets.UTF_8)
            .replace("\"1990\"", "\"1990-02-30\""), Citizen.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          assertThat(e.reason()).isEqualTo(JsonDecodingException.Reason.INVALID_VALUE);
          assertThat(e.field()).isEqualTo("/birthDate");
        });
  }

  @Test
  void read_unknownOpenCode_isKept() throws IOException {
    String json = new String(golden("dossier-minimal.json"), StandardCharsets.UTF_8)
        .replace("\"status\": \"1\"", "\"status\": \"11\"");

    Dossier dossier = JSON.read(json, Dossier.class);

    assertThat(dossier.status().isKnown()).isFalse();
    assertThat(JSON.writeAsString(dossier)).contains("\"status\":\"11\"");
  }

  @Test
  void read_lenientIdentifierForms_areAccepted_andWrittenCanonically() throws IOException {
    String json = new String(golden("dossier-minimal.json"), StandardCharsets.UTF_8)
        .replace("000.00.06.H56-231027-0361", "000.00.06.H56-231027-03611");

    Dossier dossier = JSON.read(json, Dossier.class);

    assertThat(dossier.code().isLenient()).isTrue();
    assertThat(JSON.writeAsString(dossier)).contains("000.00.06.H56-231027-03611");
  }

  private static byte[] golden(String name) throws IOException {
    return CanonicalJsonTest.goldenBytes(name);
  }

  static byte[] goldenBytes(String name) throws IOException {
    try (InputStream in = CanonicalJsonTest.class.getResourceAsStream("/golden/canonical/" + name)) {
      return in.readAllBytes();
    }
  }
}
