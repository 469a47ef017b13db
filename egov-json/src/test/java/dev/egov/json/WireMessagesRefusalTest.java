package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.business.BusinessRegistryJson;
import dev.egov.json.business.ProvincialRegistryAnswer;
import dev.egov.json.business.RegistryAnswer;
import dev.egov.json.insurance.CardCheckAnswer;
import dev.egov.json.insurance.HealthInsuranceJson;
import dev.egov.json.insurance.TokenAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The business-registry and health-insurance readers fed every golden of egov-json (the portal's, the population
 * database's, the real payloads, the gateways' faults, and each other's): each reads its own, returns a gateway's
 * fault as {@link AnswerStatus.Outcome#GATEWAY_FAULT} (answer readers), and refuses everything else with {@link
 * Reason#WRONG_MESSAGE} (or {@link Reason#MALFORMED} for XML given to a request reader). Never a success for what is
 * not the message.
 */
class WireMessagesRefusalTest {

  private static final BusinessRegistryJson REGISTRY = BusinessRegistryJson.get();
  private static final HealthInsuranceJson INSURANCE = HealthInsuranceJson.get();

  /** A reader, the golden files it accepts (by name prefix), and how to get an answer's status. */
  record Reader(String name, Function<byte[], Decoded<?>> read, Set<String> accepts,
      Function<Object, AnswerStatus> status) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Reader> readers() {
    return List.of(
        new Reader("decodeAnswer (registry)", REGISTRY::decodeAnswer, Set.of("business/chi-tiet-doanh-nghiep"),
            o -> ((RegistryAnswer) o).status()),
        new Reader("decodeProvincialAnswer", REGISTRY::decodeProvincialAnswer,
            Set.of("business/tra-cuu-thong-tin-doanh-nghiep"), o -> ((ProvincialRegistryAnswer) o).status()),
        // the portal adapter's log-in body is the same {username, password}: the two cannot be told apart
        new Reader("decodeTokenRequest", INSURANCE::decodeTokenRequest,
            Set.of("insurance/token-request", "portal/login-request", "real/portal/login-request"), null),
        new Reader("decodeTokenAnswer", INSURANCE::decodeTokenAnswer,
            // a refusal {maKetQua, ghiChu} reads as either answer: the two cannot be told apart
            Set.of("insurance/token-answer", "insurance/card-check-answer.not-found"),
            o -> ((TokenAnswer) o).status()),
        new Reader("decodeCardCheckRequest", INSURANCE::decodeCardCheckRequest,
            Set.of("insurance/card-check-request"), null),
        new Reader("decodeCardCheckAnswer", INSURANCE::decodeCardCheckAnswer,
            Set.of("insurance/card-check-answer"), o -> ((CardCheckAnswer) o).status()));
  }

  static List<Path> goldens() {
    try {
      Path root = Path.of(WireMessagesRefusalTest.class.getResource("/golden").toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> matrix() throws URISyntaxException {
    Path root = Path.of(WireMessagesRefusalTest.class.getResource("/golden").toURI());
    List<Arguments> cells = new ArrayList<>();
    for (Reader reader : readers()) {
      for (Path golden : goldens()) {
        cells.add(Arguments.of(reader, root.relativize(golden).toString().replace('\\', '/'), golden));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @MethodSource("matrix")
  void readsItsOwn_returnsFaultsAsFaults_refusesEveryOtherMessage(Reader reader, String name, Path golden)
      throws IOException {
    byte[] payload = Files.readAllBytes(golden);
    Object result = catchThrowable(() -> reader.read().apply(payload));
    if (result == null) {
      result = reader.read().apply(payload).value();
    }
    boolean own = reader.accepts().stream().anyMatch(name::startsWith);
    boolean fault = name.startsWith("real/gateway/");
    if (own) {
      assertThat(result).as(String.valueOf(result)).isNotInstanceOf(Throwable.class);
    } else if (fault && reader.status() != null) {
      assertThat(result).as(String.valueOf(result)).isNotInstanceOf(Throwable.class);
      assertThat(reader.status().apply(result).outcome()).isEqualTo(AnswerStatus.Outcome.GATEWAY_FAULT);
    } else {
      assertThat(result).as("a success for another message").isInstanceOf(JsonDecodingException.class);
      Reason expected = name.endsWith(".xml") && !(fault && reader.status() != null)
          ? ((JsonDecodingException) result).reason() == Reason.MALFORMED ? Reason.MALFORMED : Reason.WRONG_MESSAGE
          : Reason.WRONG_MESSAGE;
      assertThat(((JsonDecodingException) result).reason()).as(((Throwable) result).getMessage())
          .isEqualTo(expected);
    }
  }
}
