package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What CanonicalJson's readers report for payloads that are not a record, each with a stable reason. */
@Timeout(30)
class CanonicalJsonErrorsTest {

  private static final CanonicalJson JSON = CanonicalJson.get();
  private static final String CITIZEN = "{\"personalId\":\"001190001234\",\"name\":{\"family\":\"P\",\"middle\":\"\","
      + "\"given\":\"M\"},\"sex\":\"UNKNOWN\",\"birthDate\":\"1990\"";
  private static final String DOSSIER = "{\"code\":\"000.00.06.H56-231027-0361\",\"procedure\":{\"code\":"
      + "\"2.000488.000.00.00.H56\"},\"applicant\":{\"type\":\"2\",\"name\":\"C\",\"identifiers\":[]},\"status\":\"1\"";

  /** Every way of reading a citizen: read and decode, from bytes and from a string. */
  private static List<Function<String, Object>> citizenReaders() {
    return List.of(
        s -> JSON.read(s, Citizen.class),
        s -> JSON.read(s.getBytes(StandardCharsets.UTF_8), Citizen.class),
        s -> JSON.decode(s.getBytes(StandardCharsets.UTF_8), Citizen.class));
  }

  private static JsonDecodingException error(Function<String, Object> reader, String json) {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class, () -> reader.apply(json));
    assertThat(e).as(json).isNotNull();
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t "})
  void anEmptyPayloadIsMalformed(String json) {
    for (Function<String, Object> reader : citizenReaders()) {
      JsonDecodingException e = error(reader, json);
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.detail()).isEqualTo("the payload is empty");
    }
  }

  @Test
  void theJsonNullIsNotARecord() {
    for (Function<String, Object> reader : citizenReaders()) {
      JsonDecodingException e = error(reader, " null ");
      assertThat(e.reason()).isEqualTo(Reason.UNEXPECTED_TYPE);
      assertThat(e.field()).isEmpty();
    }
  }

  @Test
  void aNullArgumentIsAProgrammingError() {
    assertThatNullPointerException().isThrownBy(() -> JSON.read((byte[]) null, Citizen.class));
    assertThatNullPointerException().isThrownBy(() -> JSON.decode(null, Citizen.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"} x", "} {}", "}}", "} null", "}]"})
  void contentAfterTheValueIsMalformed(String tail) {
    for (Function<String, Object> reader : citizenReaders()) {
      assertThat(error(reader, CITIZEN + tail).reason()).isEqualTo(Reason.MALFORMED);
    }
  }

  @Test
  void aFieldWithAnEmptyNameIsKeptAsAnUnknownFieldAndWrittenBack() {
    byte[] json = (CITIZEN + ",\"\":1,\"particulars\":{\"\":{\"a\":true}}}").getBytes(StandardCharsets.UTF_8);

    Decoded<Citizen> decoded = JSON.decode(json, Citizen.class);

    assertThat(decoded.unknownFields()).containsExactly(
        new UnknownField("/", "1"), new UnknownField("/particulars/", "{\"a\":true}"));
    assertThat(new String(JSON.write(decoded), StandardCharsets.UTF_8))
        .contains("\"\":1").contains("\"\":{\"a\":true}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-2147483648", "-1E+2147483648", "[0.1e-2147483648]", "{\"y\":1e2147483648}"})
  void aNumberOutOfRangeAnywhereIsAnErrorThatDoesNotQuoteIt(String number) {
    String json = DOSSIER + ",\"timeline\":{\"x\":" + number + "},\"extra\":" + number + "}";

    for (Function<String, Object> reader : List.<Function<String, Object>>of(
        s -> JSON.read(s, Dossier.class), s -> JSON.decode(s.getBytes(StandardCharsets.UTF_8), Dossier.class))) {
      try {
        reader.apply(json);
      } catch (JsonDecodingException e) {
        assertThat(e.getMessage()).doesNotContain("2147483648");
      }
    }
    JsonDecodingException due = error(s -> JSON.read(s, Dossier.class),
        DOSSIER + ",\"timeline\":{\"dueAt\":" + number.replaceAll("[\\[\\]{}\"y:]", "") + "}}");
    assertThat(due.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(due.getMessage()).doesNotContain("2147483648");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e999999999", "1e20", "31556889864403200"})
  void anInstantAsANumberBeyondTheRangeOfInstantIsInvalidNotTheEpoch(String seconds) {
    JsonDecodingException e = error(s -> JSON.read(s, Dossier.class),
        DOSSIER + ",\"timeline\":{\"dueAt\":" + seconds + "}}");

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/timeline/dueAt");
  }

  @Test
  void anInstantAsANumberInRangeIsStillSecondsSinceTheEpoch() {
    Dossier d = JSON.read(DOSSIER + ",\"timeline\":{\"dueAt\":1767225600}}", Dossier.class);

    assertThat(d.timeline().dueAt()).hasToString("2026-01-01T00:00:00Z");
  }

  @Test
  void aRuleOfTheModelIsReportedWithoutItsMessageWhichQuotesTheValue() {
    JsonDecodingException e = error(s -> JSON.read(s, ProcessingTime.class),
        "{\"amount\":84987123456,\"unit\":\"WORKING_DAYS\"}");

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.getMessage()).doesNotContain("84987123456").doesNotContain("must be");
  }

  @Test
  void aDuplicateKeyReadsItsLastValueAsJacksonDoes() {
    String json = "{\"personalId\":\"001190001234\",\"name\":{\"family\":\"P\",\"family\":\"Q\",\"given\":\"M\"},"
        + "\"sex\":\"UNKNOWN\",\"birthDate\":\"1990\"}";

    for (Function<String, Object> reader : citizenReaders()) {
      Object read = reader.apply(json);
      Citizen citizen = read instanceof Decoded<?> ? (Citizen) ((Decoded<?>) read).value() : (Citizen) read;
      assertThat(citizen.name().family()).isEqualTo("Q");
    }
  }

  @Test
  void whatJacksonCallsADefinitionProblemIsAnInvalidValueNotAnIllegalStateException() {
    InvalidDefinitionException definition = InvalidDefinitionException.from((JsonParser) null,
        "Duplicate creator property \"0987654321\"", TypeFactory.defaultInstance().constructType(Citizen.class));

    JsonDecodingException e = CanonicalJson.decodingError(definition);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.getMessage()).doesNotContain("0987654321");
  }

  @Test
  void aStringBeyondTheConfiguredLimitIsLimitExceededNamingTheLimit() {
    CanonicalJson small = CanonicalJson.builder()
        .readLimits(ReadLimits.builder().maxStringLength(5).build())
        .build();

    JsonDecodingException e = error(s -> small.read(s, Citizen.class), CITIZEN + ",\"x\":\"0987654321\"}");

    assertThat(small.readLimits().maxStringLength()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("maxStringLength").doesNotContain("0987654321");
  }
}
