package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.egov.json.internal.CanonicalScalars;
import dev.egov.model.PartialDate;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
  void write_instantsAndTextValues_useTheShortcuts() throws Exception {
    assertThat(serializer(Instant.class).getClass().getSimpleName()).isEqualTo("InstantWriter");
    assertThat(serializer(PersonalIdNumber.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
    assertThat(serializer(TaxCode.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
    assertThat(serializer(Ethnicity.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
    assertThat(serializer(PartialDate.class).getClass().getSimpleName()).isEqualTo("TextSerializer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2026-11-16T02:00:00Z\"", "\"2026-11-16T02:00:00.5Z\"", "\"2026-11-16T09:00:00+07:00\"",
      "\"2026-11-16t02:00:00z\"", "\" 2026-11-16T02:00:00Z\"", "\"2016-12-31T23:59:60Z\"", "\"2026-11-16T24:00:00Z\"",
      "\"2026-02-29T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"", "\"1763258400\"", "1763258400", "1763258400.5",
      "\"\"", "null", "true", "{}", "[]", "\"not a date\""})
  void read_instantInAnyForm_givesWhatJacksonGivesWithoutTheShortcut(String json) {
    Object standard = readOrError(STANDARD, json);
    Object shortcut = readOrError(SHORTCUT, json);

    assertThat(describe(shortcut)).isEqualTo(describe(standard));
  }

  @Test
  void write_instantsAsTimestamps_isLeftToJackson() throws Exception {
    Instant instant = Instant.parse("2026-11-16T02:00:00.5Z");

    assertThat(SHORTCUT.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(instant))
        .isEqualTo(STANDARD.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(instant))
        .isEqualTo("1794794400.500000000");
  }

  private static JsonSerializer<Object> serializer(Class<?> type) throws Exception {
    return SHORTCUT.getSerializerProviderInstance().findValueSerializer(type);
  }

  private static Object readOrError(ObjectMapper mapper, String json) {
    Throwable error = catchThrowable(() -> mapper.readValue(json, Instant.class));
    if (error != null) {
      return error;
    }
    try {
      return Objects.requireNonNullElse(mapper.readValue(json, Instant.class), "null");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String describe(Object outcome) {
    return outcome instanceof Throwable
        ? outcome.getClass().getName() + ": " + ((Throwable) outcome).getMessage()
        : outcome.toString();
  }
}
