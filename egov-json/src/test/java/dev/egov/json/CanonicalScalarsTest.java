package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.egov.json.internal.CanonicalScalars;
import dev.egov.model.PartialDate;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.Nationality;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts for scalar values ({@code internal.CanonicalScalars}) change nothing a mapper writes or reads: a
 * mapper with them and the same mapper without them agree on every byte, every value and every error.
 */
class CanonicalScalarsTest {

  private static final ObjectMapper STANDARD = builder().build();
  private static final ObjectMapper SHORTCUT = builder().addModule(CanonicalScalars.module()).build();

  private static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  }

  static Stream<Object> corpus() {
    return CanonicalCorpus.all().stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void write_everyRecord_isByteForByteWhatJacksonWritesWithoutTheShortcuts(Object record) throws Exception {
    byte[] json = SHORTCUT.writeValueAsBytes(record);

    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(STANDARD.writeValueAsString(record));
    assertThat(json).isEqualTo(CanonicalJson.get().write(record));
    assertThat(SHORTCUT.readValue(json, record.getClass())).isEqualTo(STANDARD.readValue(json, record.getClass()));
  }

  @Test
  void canonicalMapper_usesTheShortcuts() throws Exception {
    ObjectMapper canonical = CanonicalJson.configure(JsonMapper.builder()).build();

    for (Class<?> type : List.of(Instant.class, PersonalIdNumber.class, TaxIdentifier.class, Ethnicity.class,
        PartialDate.class)) {
      assertThat(deserializer(canonical, type).getClass().getSimpleName()).as(type.getSimpleName())
          .isEqualTo(type == Instant.class ? "InstantReader" : "TextReader");
      assertThat(serializer(canonical, type).getClass().getSimpleName()).as(type.getSimpleName())
          .isEqualTo(type == Instant.class ? "InstantWriter" : "TextSerializer");
    }
  }

  @Test
  void write_instantsAndTextValues_useTheShortcuts() throws Exception {
    assertThat(serializer(Instant.class).getClass().getSimpleName()).isEqualTo("InstantWriter");
    assertThat(serializer(PersonalIdNumber.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
    assertThat(serializer(TaxCode.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
    assertThat(serializer(Ethnicity.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
    assertThat(serializer(PartialDate.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
  }

  @Test
  void read_instantsAndTextValues_useTheShortcuts() throws Exception {
    assertThat(deserializer(Instant.class).getClass().getSimpleName()).isEqualTo("InstantReader");
    assertThat(deserializer(PersonalIdNumber.class).getClass().getSimpleName()).isEqualTo("TextReader");
    assertThat(deserializer(TaxIdentifier.class).getClass().getSimpleName()).isEqualTo("TextReader");
    assertThat(deserializer(Ethnicity.class).getClass().getSimpleName()).isEqualTo("TextReader");
    assertThat(deserializer(PartialDate.class).getClass().getSimpleName()).isEqualTo("TextReader");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2026-11-16T02:00:00Z\"", "\"2026-11-16T02:00:00.5Z\"", "\"2026-11-16T09:00:00+07:00\"",
      "\"2026-11-16t02:00:00z\"", "\" 2026-11-16T02:00:00Z\"", "\"2016-12-31T23:59:60Z\"", "\"2026-11-16T24:00:00Z\"",
      "\"2026-02-29T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"", "\"1763258400\"", "1763258400", "1763258400.5",
      "\"\"", "null", "true", "{}", "[]", "\"not a date\""})
  void read_instantInAnyForm_givesWhatJacksonGivesWithoutTheShortcut(String json) {
    Object standard = readOrError(STANDARD, json, Instant.class);
    Object shortcut = readOrError(SHORTCUT, json, Instant.class);

    assertThat(describe(shortcut)).isEqualTo(describe(standard));
  }

  static Stream<Arguments> textValues() {
    List<Class<?>> types = List.of(PersonalIdNumber.class, LegacyIdCardNumber.class, TaxIdentifier.class,
        TaxCode.class, BranchTaxCode.class, SocialInsuranceNumber.class, HealthInsuranceIdentifier.class,
        HealthInsuranceCardCode.class, PhoneNumber.class, AgencyCode.class, ProcedureCode.class, DossierCode.class,
        PartialDate.class, Ethnicity.class, Nationality.class, DossierStatus.class, Channel.class);
    List<String> texts = List.of("\"079303001234\"", "\"079303001235\"", "\"172345678\"", "\"0100109106\"",
        "\"0100109106-001\"", "\"3812345678\"", "\"DN4797924367890\"", "\"0912345678\"", "\"+84912345678\"",
        "\"000.00.22.H29\"", "\"1.013225\"", "\"000.00.22.H29-261116-0001\"", "\"1985\"", "\"1985-07-14\"",
        "\"1985-02-30\"", "\"01\"", "\"VN\"", "\"4\"", "\"\"", "\" \"", "\" 01\"", "\"x\"", "79303001234",
        "true", "null", "{}", "[\"01\"]");
    return types.stream().flatMap(type -> texts.stream().map(text -> Arguments.of(type, text)));
  }

  @ParameterizedTest
  @MethodSource("textValues")
  void read_textValue_givesWhatJacksonGivesWithoutTheShortcut(Class<?> type, String json) {
    assertThat(describe(readOrError(SHORTCUT, json, type))).isEqualTo(describe(readOrError(STANDARD, json, type)));
  }

  @Test
  void write_instantsAsTimestamps_isLeftToJackson() throws Exception {
    Instant instant = Instant.parse("2026-11-16T02:00:00.5Z");

    assertThat(SHORTCUT.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(instant))
        .isEqualTo(STANDARD.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(instant))
        .isEqualTo("1794794400.500000000");
  }

  private static JsonSerializer<Object> serializer(Class<?> type) throws Exception {
    return serializer(SHORTCUT, type);
  }

  private static JsonSerializer<Object> serializer(ObjectMapper mapper, Class<?> type) throws Exception {
    return mapper.getSerializerProviderInstance().findValueSerializer(type);
  }

  private static JsonDeserializer<Object> deserializer(Class<?> type) throws Exception {
    return deserializer(SHORTCUT, type);
  }

  private static JsonDeserializer<Object> deserializer(ObjectMapper mapper, Class<?> type) throws Exception {
    return ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createDummyInstance(mapper.getDeserializationConfig())
        .findRootValueDeserializer(mapper.constructType(type));
  }

  private static Object readOrError(ObjectMapper mapper, String json, Class<?> type) {
    Throwable error = catchThrowable(() -> mapper.readValue(json, type));
    if (error != null) {
      return error;
    }
    try {
      Object value = mapper.readValue(json, type);
      return value == null ? "null" : value.getClass().getName() + ": " + value;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Object root(Object outcome) {
    Throwable t = (Throwable) outcome;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == outcome ? "" : t.getClass().getName() + ": " + t.getMessage();
  }

  private static String describe(Object outcome) {
    return outcome instanceof Throwable
        ? outcome.getClass().getName() + ": " + ((Throwable) outcome).getMessage() + " <- " + describe(root(outcome))
        : outcome.toString();
  }
}
