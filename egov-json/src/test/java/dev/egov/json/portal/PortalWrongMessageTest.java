package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.bytes;
import static dev.egov.json.portal.PortalGoldens.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.AnswerStatus;
import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.GatewayFaultSamples;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every portal reader fed every other message kind and the gateways' faults: the only outcomes are the message read,
 * {@link Reason#WRONG_MESSAGE}, or, for the answer readers, an answer whose status is {@link Outcome#GATEWAY_FAULT}.
 * Never a success for what is not the message.
 *
 * <p>The faults are in the forms of WSO2 API Manager's documentation
 * (https://apim.docs.wso2.com/en/3.2.0/troubleshooting/error-handling/), X-Road's REST protocol and RFC 6749; the
 * log-in, the sharing calls ({@code TraCuuHoSo}, {@code LayThuTuc}, {@code LayDanhMucCoQuan}) and their answers are
 * the goldens of {@code golden/portal/}.
 */
class PortalWrongMessageTest {

  private static final PortalJson PORTAL = PortalJson.get();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The messages, by kind. */
  static Map<String, byte[]> messages() throws Exception {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("dossier-request", bytes("dong-bo-ho-so-mc-online.json"));
    m.put("progress-request", bytes("cap-nhat-tien-do-ho-so-mc.json"));
    m.put("dossier", JSON.writeValueAsBytes(JSON.readTree(bytes("dong-bo-ho-so-mc-direct.json")).get("data").get(0)));
    m.put("step", JSON.writeValueAsBytes(JSON.readTree(bytes("cap-nhat-tien-do-ho-so-mc.json")).get("data").get(0)));
    m.put("dossier-list", JSON.writeValueAsBytes(JSON.readTree(bytes("dong-bo-ho-so-mc-direct.json")).get("data")));
    m.put("answer", bytes("answer-success.json"));
    m.put("answer-with-result", bytes("answer-success-00.json"));
    m.put("login-answer", utf8("{\"error_code\": 0, \"session\": \"secret-session-42\"}"));
    m.put("login-request", bytes("login-request.json"));
    m.put("look-up-call", bytes("tra-cuu-ho-so.request.json"));
    m.put("look-up-answer", bytes("tra-cuu-ho-so.answer.json"));
    m.put("procedure-call", bytes("lay-thu-tuc.request.json"));
    m.put("procedure-answer", bytes("lay-thu-tuc.answer.json"));
    m.put("agency-call", bytes("lay-danh-muc-co-quan.request.json"));
    m.put("agency-answer", bytes("lay-danh-muc-co-quan.answer.json"));
    m.put("wso2-json", utf8(GatewayFaultSamples.WSO2_JSON));
    m.put("wso2-throttled", utf8(GatewayFaultSamples.WSO2_THROTTLED));
    m.put("wso2-legacy", utf8(GatewayFaultSamples.WSO2_LEGACY));
    m.put("wso2-xml", utf8(GatewayFaultSamples.WSO2_XML));
    m.put("wso2-xml-in-soap", utf8(GatewayFaultSamples.WSO2_XML_IN_SOAP));
    m.put("x-road", utf8(GatewayFaultSamples.X_ROAD));
    m.put("oauth", utf8(GatewayFaultSamples.OAUTH));
    return m;
  }

  private static final Set<String> FAULTS =
      Set.of("wso2-json", "wso2-throttled", "wso2-legacy", "wso2-xml", "wso2-xml-in-soap", "x-road", "oauth");
  private static final Set<String> JSON_FAULTS = Set.of("wso2-json", "wso2-throttled", "wso2-legacy", "x-road", "oauth");

  /** A reader, and what it accepts: everything else must be refused (or be a fault, for an answer reader). */
  record Reader(String name, Function<byte[], Decoded<?>> read, Set<String> accepts, boolean answers) {}

  static List<Reader> readers() {
    return List.of(
        new Reader("decodeDossierRequest", PORTAL::decodeDossierRequest, Set.of("dossier-request"), false),
        new Reader("decodeProgressRequest", PORTAL::decodeProgressRequest, Set.of("progress-request"), false),
        new Reader("decodeDossier", PORTAL::decodeDossier, Set.of("dossier"), false),
        new Reader("decodeDossiers", PORTAL::decodeDossiers, Set.of("dossier", "dossier-list"), false),
        new Reader("decodeSteps", PORTAL::decodeSteps, Set.of("step"), false),
        // the generic answer reader keeps any payload as JSON: every answer to a call is one
        new Reader("decodeAnswer", PORTAL::decodeAnswer, Set.of("answer", "answer-with-result", "look-up-answer",
            "procedure-answer", "agency-answer"), true),
        new Reader("decodeLoginAnswer", PORTAL::decodeLoginAnswer, Set.of("login-answer"), true),
        new Reader("decodeLoginRequest", PORTAL::decodeLoginRequest, Set.of("login-request"), false),
        new Reader("decodeDossierLookupRequest", PORTAL::decodeDossierLookupRequest, Set.of("look-up-call"), false),
        // a success without a list is an empty answer to any sharing call: the two cannot be told apart; a result
        // holding one dossier's code alone is a look-up's answer of one
        new Reader("decodeDossierLookupAnswer", PORTAL::decodeDossierLookupAnswer,
            Set.of("look-up-answer", "answer", "answer-with-result"), true),
        new Reader("decodeProcedureRequest", PORTAL::decodeProcedureRequest, Set.of("procedure-call"), false),
        new Reader("decodeProcedureAnswer", PORTAL::decodeProcedureAnswer, Set.of("procedure-answer", "answer"), true),
        new Reader("decodeAgencyListRequest", PORTAL::decodeAgencyListRequest, Set.of("agency-call"), false),
        new Reader("decodeAgencyListAnswer", PORTAL::decodeAgencyListAnswer, Set.of("agency-answer", "answer"), true));
  }

  static Stream<Arguments> matrix() throws Exception {
    List<Arguments> cells = new ArrayList<>();
    for (Reader reader : readers()) {
      for (Map.Entry<String, byte[]> message : messages().entrySet()) {
        cells.add(Arguments.of(reader.name(), message.getKey(), reader, message.getValue()));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @MethodSource("matrix")
  void everyReader_refusesEveryOtherMessage_andReturnsFaultsAsFaults(String name, String kind, Reader reader,
      byte[] payload) {
    Object result = catchThrowable(() -> reader.read().apply(payload));
    if (result == null) {
      result = reader.read().apply(payload).value();
    }

    if (reader.accepts().contains(kind)) {
      assertThat(result).isNotInstanceOf(Throwable.class);
    } else if (reader.answers() && FAULTS.contains(kind)) {
      AnswerStatus status = result instanceof PortalAnswer a ? a.status()
          : result instanceof SharingAnswer<?> s ? s.status() : ((PortalLogin) result).status();
      assertThat(status.outcome()).isEqualTo(Outcome.GATEWAY_FAULT);
      GatewayFault fault = status.gatewayFault();
      assertThat(fault.code()).isNotBlank();
      assertThat(result.toString()).doesNotContain("secret-session-42");
    } else {
      assertThat(result).isInstanceOf(JsonDecodingException.class);
      JsonDecodingException e = (JsonDecodingException) result;
      Reason expected = !reader.answers() && FAULTS.contains(kind) && !JSON_FAULTS.contains(kind)
          ? Reason.MALFORMED      // XML given to a JSON request reader is not JSON at all
          : Reason.WRONG_MESSAGE;
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(expected);
      assertThat(e.getMessage()).doesNotContain("secret-session-42").doesNotContain("000.00.06.H56-261116")
          .doesNotContain(PortalGoldens.SESSION).doesNotContain("golden-password");
      if (JSON_FAULTS.contains(kind)) {
        assertThat(e.getMessage()).contains("gateway fault");
      }
    }
  }
}
