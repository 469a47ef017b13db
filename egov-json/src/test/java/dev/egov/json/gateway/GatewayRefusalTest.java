package dev.egov.json.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.egov.json.AnswerStatus;
import dev.egov.json.GatewayFault;
import dev.egov.json.GatewayFaultSamples;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway readers and every gateway fault: the token reader returns each WSO2 fault, in each form, as {@code
 * GATEWAY_FAULT} with its meaning; the LGSP token and X-Road error readers, which read no answer, refuse them with
 * {@code WRONG_MESSAGE}. (Every other golden of egov-json is fed to them in {@code WireMessagesRefusalTest}.)
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class GatewayRefusalTest {

  private static final GatewayJson GATEWAYS = GatewayJson.get();

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void tokenReader_givenInvalidCredentials_inEachForm_isAGatewayFaultToRenewOnce() {
    for (String fault : new String[] {GatewayFaultSamples.WSO2_JSON, GatewayFaultSamples.WSO2_XML}) {
      AnswerStatus status = GATEWAYS.decodeTokenAnswer(utf8(fault)).value().status();
      assertThat(status.outcome()).isEqualTo(AnswerStatus.Outcome.GATEWAY_FAULT);
      assertThat(status.gatewayFault().code()).isEqualTo("900901");
      assertThat(status.gatewayFault().meaning()).isEqualTo(GatewayFault.Meaning.INVALID_CREDENTIALS);
    }
  }

  @Test
  void tokenReader_givenMissingCredentials_legacyForm_isAGatewayFaultOfConfiguration() {
    TokenAnswer answer = GATEWAYS.decodeTokenAnswer(utf8(GatewayFaultSamples.WSO2_LEGACY)).value();
    assertThat(answer.status().outcome()).isEqualTo(AnswerStatus.Outcome.GATEWAY_FAULT);
    assertThat(answer.status().gatewayFault().meaning()).isEqualTo(GatewayFault.Meaning.MISSING_CREDENTIALS);
    assertThat(answer.accessToken()).isNull();
    assertThat(answer.error()).isEmpty();
  }

  @Test
  void tokenReader_givenThrottling_isAGatewayFaultWithTheTimeToWaitFor() {
    GatewayFault fault = GATEWAYS.decodeTokenAnswer(utf8(GatewayFaultSamples.WSO2_THROTTLED)).value().status()
        .gatewayFault();
    assertThat(fault.meaning()).isEqualTo(GatewayFault.Meaning.THROTTLED);
    assertThat(fault.nextAccess()).isPresent();
  }

  @Test
  void tokenReader_givenAnXRoadError_isAGatewayFault() {
    assertThat(GATEWAYS.decodeTokenAnswer(utf8(GatewayFaultSamples.X_ROAD)).value().status().gatewayFault().form())
        .isEqualTo(GatewayFault.Form.X_ROAD);
  }

  @Test
  void tokenReader_givenTheTokenEndpointsRefusal_isAFailureNotAFault() {
    TokenAnswer answer = GATEWAYS.decodeTokenAnswer(utf8(GatewayFaultSamples.OAUTH)).value();
    assertThat(answer.status().outcome()).isEqualTo(AnswerStatus.Outcome.FAILURE);
    assertThat(answer.error()).contains("invalid_client");
  }

  @Test
  void tokenReader_givenAnObjectWithoutTokenOrError_isWrongMessage() {
    assertThat(catchThrowableOfType(JsonDecodingException.class,
        () -> GATEWAYS.decodeTokenAnswer(utf8("{\"token_type\":\"Bearer\"}"))).reason())
        .isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(catchThrowableOfType(JsonDecodingException.class,
        () -> GATEWAYS.decodeTokenAnswer(utf8("{\"access_token\":\"\"}"))).reason()).isEqualTo(Reason.MISSING_FIELD);
  }

  static Stream<String> faults() {
    return Stream.of(GatewayFaultSamples.WSO2_JSON, GatewayFaultSamples.WSO2_THROTTLED,
        GatewayFaultSamples.WSO2_LEGACY, GatewayFaultSamples.WSO2_XML, GatewayFaultSamples.WSO2_XML_IN_SOAP,
        GatewayFaultSamples.OAUTH);
  }

  @ParameterizedTest
  @MethodSource("faults")
  void lgspTokenReader_givenAGatewayFault_isWrongMessage(String fault) {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> GATEWAYS.decodeLgspAccessToken(utf8(fault)));
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(e.getMessage()).contains("gateway fault");
  }

  @ParameterizedTest
  @MethodSource("faults")
  void xRoadErrorReader_givenAnotherGatewaysFault_isWrongMessage(String fault) {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> GATEWAYS.decodeXRoadError(null, utf8(fault)));
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.WRONG_MESSAGE);
  }

  @Test
  void xRoadErrorReader_givenAProvidersOwnError_isWrongMessage() {
    byte[] provider = utf8("{\"code\":200,\"type\":\"unknown\",\"message\":\"additionalMetadata: null\"}");
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> GATEWAYS.decodeXRoadError(null, provider))
        .reason()).isEqualTo(Reason.WRONG_MESSAGE);
  }

  @Test
  void xRoadErrorReader_whoseHeaderNamesAnotherType_isInvalid() {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> GATEWAYS.decodeXRoadError("Client.BadRequest",
        utf8(GatewayFaultSamples.X_ROAD)));
    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/type");
  }

  @Test
  void eachReader_givenAnotherGatewayMessage_isWrongMessage() {
    byte[] token = GatewayGoldens.bytes("wso2-token-answer.json");
    byte[] lgsp = GatewayGoldens.bytes("lgsp-access-token.json");
    byte[] xroad = GatewayGoldens.bytes("xroad-error.server-proxy.json");
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> GATEWAYS.decodeLgspAccessToken(token))
        .reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> GATEWAYS.decodeXRoadError(null, token))
        .reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> GATEWAYS.decodeTokenAnswer(lgsp))
        .reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> GATEWAYS.decodeXRoadError(null, lgsp))
        .reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> GATEWAYS.decodeLgspAccessToken(xroad))
        .reason()).isEqualTo(Reason.WRONG_MESSAGE);
  }

  @Test
  void writeTokenAnswer_ofAGatewayFault_isRefused() {
    TokenAnswer fault = GATEWAYS.decodeTokenAnswer(utf8(GatewayFaultSamples.WSO2_JSON)).value();
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> GATEWAYS.writeTokenAnswer(fault)))
        .isNotNull();
  }
}
