package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.egov.model.Sex;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CanonicalJson#module()} in a user's own mapper: whatever the user's settings, every egov record it writes is
 * the canonical JSON {@link CanonicalJson#get()} writes, which the published schema accepts, and it reads it back.
 */
@Timeout(60)
class CanonicalModuleTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = CanonicalJson.class.getResourceAsStream("canonical.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TREES.readTree(in));
    }
  }

  /** A user's setting, named as the Javadoc and the README name it. */
  private record Setting(String name, UnaryOperator<JsonMapper.Builder> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Setting setting(String name, UnaryOperator<JsonMapper.Builder> apply) {
    return new Setting(name, apply);
  }

  private static JsonInclude.Value include(JsonInclude.Include include) {
    return JsonInclude.Value.construct(include, include);
  }

  /** Every user setting the module is documented to override, or to leave alone without harm. */
  static List<Setting> settings() {
    return List.of(
        setting("Jackson's defaults", b -> b),
        setting("Include.ALWAYS", b -> b.defaultPropertyInclusion(include(JsonInclude.Include.ALWAYS))),
        setting("Include.NON_NULL", b -> b.defaultPropertyInclusion(include(JsonInclude.Include.NON_NULL))),
        setting("Include.NON_ABSENT", b -> b.defaultPropertyInclusion(include(JsonInclude.Include.NON_ABSENT))),
        setting("Include.NON_EMPTY", b -> b.defaultPropertyInclusion(include(JsonInclude.Include.NON_EMPTY))),
        setting("Include.NON_DEFAULT", b -> b.defaultPropertyInclusion(include(JsonInclude.Include.NON_DEFAULT))),
        setting("SNAKE_CASE", b -> b.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)),
        setting("KEBAB_CASE", b -> b.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)),
        setting("WRITE_DATES_AS_TIMESTAMPS on", b -> b.addModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)),
        setting("WRITE_DATES_AS_TIMESTAMPS off", b -> b.addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)),
        setting("INDENT_OUTPUT", b -> b.enable(SerializationFeature.INDENT_OUTPUT)),
        setting("FAIL_ON_UNKNOWN_PROPERTIES on", b -> b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)),
        setting("FAIL_ON_UNKNOWN_PROPERTIES off", b -> b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)),
        setting("ORDER_MAP_ENTRIES_BY_KEYS", b -> b.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)),
        setting("SORT_PROPERTIES_ALPHABETICALLY", b -> b.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)),
        setting("WRITE_ENUMS_USING_INDEX", b -> b.enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)),
        setting("WRITE_ENUMS_USING_TO_STRING", b -> b.enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)),
        setting("WRITE_NUMBERS_AS_STRINGS", b -> b.enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)),
        setting("default typing off", JsonMapper.Builder::deactivateDefaultTyping),
        setting("all of them at once", b -> b.defaultPropertyInclusion(include(JsonInclude.Include.NON_EMPTY))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.INDENT_OUTPUT,
                SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, SerializationFeature.WRITE_ENUMS_USING_INDEX)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)));
  }

  static Stream<Arguments> everySettingAndRecord() {
    return settings().stream().flatMap(s -> CanonicalCorpus.all().stream().map(r -> Arguments.of(s, r)));
  }

  /** One mapper per setting, shared by the tests (mappers are thread-safe and costly to warm). */
  private static final Map<String, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private static ObjectMapper usersMapper(Setting setting) {
    return MAPPERS.computeIfAbsent(setting.name(),
        name -> setting.apply().apply(JsonMapper.builder().addModule(CanonicalJson.module())).build());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everySettingAndRecord")
  void usersMapper_anySetting_writesWhatTheSchemaAccepts(Setting setting, Object record) throws IOException {
    byte[] json = usersMapper(setting).writeValueAsBytes(record);

    assertThat(schema.validate(tree(json))).as(text(json)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everySettingAndRecord")
  void usersMapper_anySetting_writesTheCanonicalJson(Setting setting, Object record) throws IOException {
    byte[] canonical = CanonicalJson.get().write(record);

    byte[] json = usersMapper(setting).writeValueAsBytes(record);

    if (setting.name().equals("INDENT_OUTPUT") || setting.name().equals("all of them at once")) {
      assertThat(text(json)).contains("\n  ");
      assertThat(tree(json)).isEqualTo(tree(canonical));
    } else {
      assertThat(text(json)).isEqualTo(text(canonical));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everySettingAndRecord")
  void usersMapper_anySetting_readsCanonicalJsonAndItsOwnBack(Setting setting, Object record) throws IOException {
    ObjectMapper mapper = usersMapper(setting);

    assertThat(mapper.readValue(CanonicalJson.get().write(record), record.getClass())).isEqualTo(record);
    assertThat(mapper.readValue(mapper.writeValueAsBytes(record), record.getClass())).isEqualTo(record);
  }

  static Stream<Object> corpus() {
    return CanonicalCorpus.all().stream();
  }

  /** Why the module is needed: Jackson's own default writes every absent value as an explicit null. */
  @ParameterizedTest
  @MethodSource("corpus")
  void usersMapperWithoutTheModule_writesNulls_whichTheSchemaRejects(Object record) throws IOException {
    ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    byte[] json = plain.writeValueAsBytes(record);

    assertThat(text(json)).contains(":null");
    assertThat(schema.validate(tree(json))).isNotEmpty();
  }

  /** A user's own enum. */
  enum Priority { NORMAL, URGENT }

  /** A user's own record around egov's values. */
  record Envelope(String requestId, Citizen citizen, List<Dossier> dossiers, Instant sentAt, Priority priority,
      Sex declaredSex) {}

  @Test
  void usersOwnTypes_keepUsersSettings_egovValuesInsideThemAreCanonical() throws IOException {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(CanonicalJson.module())
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .defaultPropertyInclusion(include(JsonInclude.Include.ALWAYS))
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_ENUMS_USING_INDEX)
        .build();
    Envelope envelope = new Envelope("r-1", CanonicalCorpus.fullCitizen(),
        List.of(CanonicalCorpus.fullDossier(), CanonicalCorpus.minimalDossier()), Instant.parse("2026-11-16T02:00:00Z"),
        Priority.URGENT, Sex.FEMALE);

    JsonNode json = tree(mapper.writeValueAsBytes(envelope));

    assertThat(json.get("request_id").asText()).isEqualTo("r-1");
    assertThat(json.get("sent_at").isNumber()).as("the user's own instant follows the user's setting").isTrue();
    assertThat(json.get("priority").asInt()).as("the user's own enum follows the user's setting").isEqualTo(1);
    assertThat(json.get("declared_sex").asText()).as("egov's enum is canonical").isEqualTo("FEMALE");
    assertThat(json.get("citizen")).isEqualTo(tree(CanonicalJson.get().write(envelope.citizen())));
    assertThat(schema.validate(json.get("citizen"))).isEmpty();
    for (int i = 0; i < envelope.dossiers().size(); i++) {
      assertThat(json.get("dossiers").get(i)).isEqualTo(tree(CanonicalJson.get().write(envelope.dossiers().get(i))));
      assertThat(schema.validate(json.get("dossiers").get(i))).isEmpty();
    }
    assertThat(mapper.readValue(mapper.writeValueAsBytes(envelope), Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void usersMapper_writesTheirOwnNullForAnAbsentEgovValue() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(CanonicalJson.module()).addModule(new JavaTimeModule()).build();
    Envelope envelope = new Envelope("r-2", null, List.of(), null, null, null);

    String json = mapper.writeValueAsString(envelope);

    assertThat(json).isEqualTo("""
        {"requestId":"r-2","citizen":null,"dossiers":[],"sentAt":null,"priority":null,"declaredSex":null}""");
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void failOnUnknownProperties_appliesToUsersTypes_notInsideEgovValues() throws IOException {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(CanonicalJson.module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    ObjectNode citizen = (ObjectNode) tree(CanonicalJson.get().write(CanonicalCorpus.minimalCitizen()));
    citizen.put("zaloId", "0912345678");
    ObjectNode envelope = TREES.createObjectNode().put("requestId", "r-3");
    envelope.set("citizen", citizen);

    assertThat(mapper.treeToValue(citizen, Citizen.class)).isEqualTo(CanonicalCorpus.minimalCitizen());
    assertThat(mapper.treeToValue(envelope, Envelope.class).citizen()).isEqualTo(CanonicalCorpus.minimalCitizen());
    envelope.put("unknownToTheUser", 1);
    assertThatThrownBy(() -> mapper.treeToValue(envelope, Envelope.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void invalidEgovValue_inUsersDocument_failsWithJacksonsExceptionAndThePath() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(CanonicalJson.module()).addModule(new JavaTimeModule()).build();
    String json = """
        {"requestId":"r-4","citizen":{"personalId":"07930300123X","name":{"family":"Lê","middle":"","given":"An"},
         "birthDate":"1985"}}""";

    assertThatThrownBy(() -> mapper.readValue(json, Envelope.class))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(e -> assertThat(((JsonMappingException) e).getPathReference()).contains("citizen")
            .contains("personalId"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("07930300123X"));
  }

  @Test
  void defaultTyping_putsTheTypeIdAroundTheCanonicalValue_andReadsItBack() throws IOException {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(CanonicalJson.module())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("dev.egov.model.").allowIfSubType("java.util.").build(),
            ObjectMapper.DefaultTyping.NON_FINAL)
        .build();
    List<Object> values = new ArrayList<>(List.of(CanonicalCorpus.fullCitizen(), CanonicalCorpus.fullDossier()));

    byte[] json = mapper.writerFor(Object.class).writeValueAsBytes(values);

    JsonNode wrapped = tree(json).get(1);
    assertThat(wrapped.get(0).get(0).asText()).isEqualTo(Citizen.class.getName());
    assertThat(wrapped.get(0).get(1)).isEqualTo(tree(CanonicalJson.get().write(CanonicalCorpus.fullCitizen())));
    assertThat(schema.validate(wrapped.get(1).get(1))).isEmpty();
    assertThat(mapper.readValue(json, Object.class)).isEqualTo(values);
  }

  /** A user's mix-in that renames and hides properties of an egov record. */
  interface RenamingMixIn {
    @JsonProperty("cccd")
    PersonalIdNumber personalId();

    @JsonIgnore
    PersonName name();
  }

  @Test
  void usersMixInsAndViews_onEgovsProperties_areOverridden() throws IOException {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(CanonicalJson.module())
        .addMixIn(Citizen.class, RenamingMixIn.class)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        .build();
    Citizen citizen = CanonicalCorpus.fullCitizen();

    assertThat(mapper.writeValueAsString(citizen)).isEqualTo(CanonicalJson.get().writeAsString(citizen));
    assertThat(mapper.writerWithView(Object.class).writeValueAsString(citizen))
        .isEqualTo(CanonicalJson.get().writeAsString(citizen));
  }

  /** Cannot override: a serializer the user names for an egov type is the user's choice, and it wins. */
  @Test
  void usersOwnSerializerForAnEgovType_wins() throws IOException {
    @JsonSerialize(using = ToStringSerializer.class)
    abstract class CitizenAsText {}
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(CanonicalJson.module())
        .addMixIn(Citizen.class, CitizenAsText.class)
        .build();

    String json = mapper.writeValueAsString(CanonicalCorpus.minimalCitizen());

    assertThat(json).isEqualTo("\"" + CanonicalCorpus.minimalCitizen() + "\"");
  }

  @Test
  void module_registersNothingForUsersOwnTypes() {
    ObjectMapper mapper = JsonMapper.builder().addModule(CanonicalJson.module()).build();

    assertThatThrownBy(() -> mapper.writeValueAsString(Map.of("at", Instant.EPOCH)))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("jsr310");
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
