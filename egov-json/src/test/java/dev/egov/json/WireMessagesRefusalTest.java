package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.business.BusinessRegistryJson;
import dev.egov.json.business.ProvincialRegistryAnswer;
import dev.egov.json.business.RegistryAnswer;
import dev.egov.json.gateway.GatewayJson;
import dev.egov.json.catalog.CatalogAnswer;
import dev.egov.json.catalog.CatalogServiceXml;
import dev.egov.json.insurance.CardCheckAnswer;
import dev.egov.json.insurance.HealthInsuranceJson;
import dev.egov.json.insurance.CardCheckTokenAnswer;
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
 * The business-registry, health-insurance, gateway and catalogue-service readers fed every golden of egov-json (the
 * portal's, the population database's, the real payloads, the gateways' faults, and each other's): each reads its
 * own, returns a gateway's fault as {@link AnswerStatus.Outcome#GATEWAY_FAULT} (answer readers), and refuses everything else with {@link
 * Reason#WRONG_MESSAGE} (or {@link Reason#MALFORMED} for XML given to a request reader). Never a success for what is
 * not the message.
 */
class WireMessagesRefusalTest {

  private static final BusinessRegistryJson REGISTRY = BusinessRegistryJson.get();
  private static final HealthInsuranceJson INSURANCE = HealthInsuranceJson.get();
  private static final GatewayJson GATEWAYS = GatewayJson.get();
  private static final CatalogServiceXml CATALOG = CatalogServiceXml.get();

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
            o -> ((CardCheckTokenAnswer) o).status()),
        new Reader("decodeCardCheckRequest", INSURANCE::decodeCardCheckRequest,
            Set.of("insurance/card-check-request"), null),
        new Reader("decodeCardCheckAnswer", INSURANCE::decodeCardCheckAnswer,
            Set.of("insurance/card-check-answer"), o -> ((CardCheckAnswer) o).status()),
        // the token endpoint's own refusal {error, error_description} is its answer (a FAILURE), not a fault
        new Reader("decodeTokenAnswer (gateway)", GATEWAYS::decodeTokenAnswer,
            Set.of("gateway/wso2-token-answer", "gateway/token-error", "gateway/real/wso2-token-answer",
                "real/gateway/oauth-token-error"),
            o -> ((dev.egov.json.gateway.TokenAnswer) o).status()),
        new Reader("decodeLgspAccessToken", GATEWAYS::decodeLgspAccessToken,
            Set.of("gateway/lgsp-access-token", "gateway/real/lgsp-access-token"), null),
        new Reader("decodeXRoadError", json -> GATEWAYS.decodeXRoadError(null, json),
            Set.of("gateway/xroad-error", "gateway/real/xroad-error", "real/gateway/xroad-rest-error"), null),
        new Reader("decodeRequest (catalogue)", CATALOG::decodeRequest,
            Set.of("catalog/danh-muc-tinh.request", "catalog/danh-muc-phuong-xa.request"), null),
        new Reader("decodeProvinces", CATALOG::decodeProvinces,
            // a SOAP fault names no operation: every SOAP answer reader reads it as a failure (never a success)
            Set.of("catalog/danh-muc-tinh.answer", "real/catalog/danh-muc-tinh.answer", "catalog/fault",
                "population/failure-answer.soap"),
            o -> ((CatalogAnswer<?>) o).status()),
        new Reader("decodeCommunes", CATALOG::decodeCommunes,
            Set.of("catalog/danh-muc-phuong-xa.answer", "real/catalog/danh-muc-phuong-xa.answer", "catalog/fault",
                "population/failure-answer.soap"),
            o -> ((CatalogAnswer<?>) o).status()));
  }

  static List<Path> goldens() {
    try {
      Path root = Path.of(WireMessagesRefusalTest.class.getResource("/golden").toURI());
      try (Stream<Path> files = Files.walk(root)) {
        // the JSON and XML bodies; header files, form bodies and Base64 values are no message bodies
        return files.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).sorted().toList();
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
    boolean fault = name.startsWith("real/gateway/")
        || name.startsWith("gateway/") && (name.contains("token-error") || name.contains("xroad-error"));
    if (own) {
      assertThat(result).as(String.valueOf(result)).isNotInstanceOf(Throwable.class);
      if (name.contains("fault") || name.contains("failure")) {
        assertThat(reader.status().apply(result).outcome()).isEqualTo(AnswerStatus.Outcome.FAILURE);
      }
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
