package dev.egov.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.egov.json.CanonicalJson;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Jackson 3.3 user gets today from egov's records with a {@code tools.jackson} {@code JsonMapper} of their own
 * (the evidence behind {@code docs/adr/0002-jackson-2-line.md}): the records' annotations, shared by both Jackson
 * lines, make them round-trip, but nothing makes the output canonical. Jackson 3 is a dependency of the benchmarks
 * only; no published module depends on it.
 */
@Timeout(60)
class Jackson3RecordsTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final CanonicalJson CANONICAL = CanonicalJson.get();
  /** Jackson 3 with its defaults; mappers are thread-safe and costly to warm, so each test shares one. */
  private static final JsonMapper DEFAULTS = JsonMapper.builder().build();
  private static final JsonMapper WITHOUT_NULLS = Jackson3Benchmark.egovJackson3Mapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = CanonicalJson.class.getResourceAsStream("canonical.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TREES.readTree(in));
    }
  }

  static Stream<Object> generatedRecords() {
    return Stream.concat(JsonFixtures.citizens().stream(), JsonFixtures.dossiers().stream());
  }

  @ParameterizedTest
  @MethodSource("generatedRecords")
  void defaultJsonMapper_roundTripsEgovsRecords(Object record) {
    assertThat(DEFAULTS.readValue(DEFAULTS.writeValueAsBytes(record), record.getClass())).isEqualTo(record);
    assertThat(DEFAULTS.readValue(CANONICAL.write(record), record.getClass())).isEqualTo(record);
  }

  @ParameterizedTest
  @MethodSource("generatedRecords")
  void defaultJsonMapper_writesExplicitNulls_whichTheSchemaRejects(Object record) {
    byte[] json = DEFAULTS.writeValueAsBytes(record);

    assertThat(text(json)).contains(":null");
    assertThat(schema.validate(tree(json))).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("generatedRecords")
  void jsonMapperLeavingNullsOut_writesExactlyTheCanonicalBytes(Object record) {
    byte[] json = WITHOUT_NULLS.writeValueAsBytes(record);

    assertThat(text(json)).isEqualTo(text(CANONICAL.write(record)));
    assertThat(schema.validate(tree(json))).isEmpty();
  }

  @Test
  void jsonMapperWithSnakeCase_renamesEgovsFields_andNothingStopsIt() {
    JsonMapper mapper = JsonMapper.builder()
        .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .build();
    Citizen citizen = JsonFixtures.citizens().get(0);

    byte[] json = mapper.writeValueAsBytes(citizen);

    assertThat(text(json)).contains("\"personal_id\"").doesNotContain("\"personalId\"");
    assertThat(schema.validate(tree(json))).isNotEmpty();
  }

  @Test
  void invalidIdentifier_throwsJacksons3OwnException_notEgovsJsonDecodingException() {
    String json = """
        {"personalId":"07930300123X","name":{"family":"Lê","middle":"","given":"An"},"birthDate":"1985"}""";

    assertThatThrownBy(() -> DEFAULTS.readValue(json, Citizen.class))
        .isInstanceOf(DatabindException.class)
        .satisfies(e -> assertThat(((DatabindException) e).getPathReference()).contains("personalId"));
  }

  private static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }
}
