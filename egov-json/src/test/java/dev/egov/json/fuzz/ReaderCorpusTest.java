package dev.egov.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ReadLimits;
import dev.egov.json.fuzz.EveryReader.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression corpus ({@code src/test/resources/fuzz/corpus/}: every input that once broke a reader, and hostile
 * documents: empty names, mixed XML content, DTDs, entities, XInclude, numbers out of range, duplicate keys, trailing
 * content, truncation) and hostile documents made in code (huge, deep, long), fed to every reader, with Jackson's read
 * constraints and with egov's own checks (as under an old Jackson): the only failure is a {@link
 * JsonDecodingException} with a reason, never another exception, never a hang.
 */
class ReaderCorpusTest {

  private static final List<Reader> WITH_JACKSON = EveryReader.all(false, ReadLimits.defaults());
  private static final List<Reader> OWN_CHECKS = EveryReader.all(true, ReadLimits.defaults());

  static Stream<Arguments> corpus() {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : FuzzInputs.corpus().entrySet()) {
      out.add(Arguments.of(e.getKey(), e.getValue(), false));
      out.add(Arguments.of(e.getKey(), e.getValue(), true));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, own checks: {2}")
  @MethodSource("corpus")
  void everyReaderFailsOnlyWithJsonDecodingException(String name, byte[] input, boolean ownChecks) {
    List<String> broken = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      List<String> found = new ArrayList<>();
      for (Reader reader : ownChecks ? OWN_CHECKS : WITH_JACKSON) {
        String violation = EveryReader.violation(reader, input);
        if (violation != null) {
          found.add(violation);
        }
      }
      return found;
    });
    assertThat(broken).as(name).isEmpty();
  }

  static Stream<Arguments> hostile() {
    List<Arguments> out = new ArrayList<>();
    for (FuzzInputs.Hostile h : FuzzInputs.hostile()) {
      out.add(Arguments.of(h, false));
      out.add(Arguments.of(h, true));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, own checks: {1}")
  @MethodSource("hostile")
  void hostileDocumentIsRefusedByItsFormsReadersNamingTheLimit(FuzzInputs.Hostile hostile, boolean ownChecks) {
    List<String> broken = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      List<String> found = new ArrayList<>();
      for (Reader reader : ownChecks ? OWN_CHECKS : WITH_JACKSON) {
        try {
          reader.read().apply(hostile.bytes());
          found.add(reader + " read it");
        } catch (JsonDecodingException e) {
          boolean ofItsForm = reader.xml() == hostile.xml() || hostile.limit().equals("maxDocumentBytes");
          // A reader may also refuse the document as another message before it reaches the hostile part: the
          // hostile documents are answers, and a request reader stops at their first field (error_code).
          boolean limitNamed = e.reason() == Reason.LIMIT_EXCEEDED && e.getMessage().contains(hostile.limit());
          if (ofItsForm && !limitNamed && e.reason() != Reason.WRONG_MESSAGE) {
            found.add(reader + ": " + e.getMessage());
          }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          found.add(reader + " threw " + e);
        }
      }
      return found;
    });
    assertThat(broken).as(hostile.name()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void ownChecksReadEveryGoldenAsJacksonsConstraintsDo(String name, byte[] golden) {
    for (int i = 0; i < WITH_JACKSON.size(); i++) {
      assertThat(outcome(OWN_CHECKS.get(i), golden)).as(name + " by " + WITH_JACKSON.get(i))
          .isEqualTo(outcome(WITH_JACKSON.get(i), golden));
    }
  }

  static Stream<Arguments> goldens() {
    return FuzzInputs.goldens().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static String outcome(Reader reader, byte[] input) {
    try {
      return "read: " + reader.read().apply(input);
    } catch (JsonDecodingException e) {
      return e.getMessage();
    }
  }
}
