package dev.egov.json.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The goldens of {@code golden/gateway/}, written by hand from the field tables of docs/gateways.md: each JSON body
 * read into a record built here and written back (JSON trees compared; the LGSP token byte for byte, as it is
 * Base64-encoded), each header file built from a value type (names, values and order compared) and read back.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class GatewayGoldenTest {

  private static final GatewayJson GATEWAYS = GatewayJson.get();
  private static final ObjectMapper TREES = new ObjectMapper();

  static final ClientCredentials CREDENTIALS = new ClientCredentials("golden-consumer-key", "golden-consumer-secret");
  static final LgspAccessToken LGSP = new LgspAccessToken("golden-access-key", "golden-secret-key", "MOTCUA_GOLDEN",
      "000.00.01.H29", "");
  static final String POPULATION_URL = "https://dancu.example.gov.vn/dancu/TraCuuThongTinCongDan";
  /** 10:30 in Hà Nội on 7 December 2026. */
  static final Instant CALLED_AT = Instant.parse("2026-12-07T03:30:00Z");

  static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Map.Entry<String, String>> entries(Map<String, String> headers) {
    return new ArrayList<>(headers.entrySet());
  }

  static PopulationCallSigner signer() {
    return PopulationCallSigner.builder("golden_court", "golden-secret", "golden-api-key")
        .clock(Clock.fixed(CALLED_AT, PopulationCallSigner.VIETNAM))
        .client(XRoadClient.parse("VN/GOV/000.00.00.T79/toaan"))
        .build();
  }

  // ---- WSO2 token call ----

  @Test
  void wso2TokenRequest_buildsTheGoldenHeadersAndBody_andReadsThemBack() {
    TokenRequest call = TokenRequest.wso2(CREDENTIALS);
    assertThat(entries(call.headers())).isEqualTo(entries(GatewayGoldens.headers("wso2-token-request.headers")));
    assertThat(call.body()).isEqualTo(GatewayGoldens.text("token-request.form"));
    assertThat(TokenRequest.parse(GatewayGoldens.headers("wso2-token-request.headers"),
        GatewayGoldens.text("token-request.form"))).isEqualTo(call);
  }

  @Test
  void wso2TokenAnswer_readsAndWritesExactly() {
    byte[] golden = GatewayGoldens.bytes("wso2-token-answer.json");
    Decoded<TokenAnswer> read = GATEWAYS.decodeTokenAnswer(golden);
    TokenAnswer expected = TokenAnswer.issued("golden-access-token-not-a-real-one", "Bearer", 3600L, "default");
    assertThat(read.value()).isEqualTo(expected);
    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value().authorization()).isEqualTo("Bearer golden-access-token-not-a-real-one");
    assertThat(read.value().expiresAt(CALLED_AT)).contains(CALLED_AT.plusSeconds(3600));
    assertThat(tree(GATEWAYS.writeTokenAnswer(expected))).isEqualTo(tree(golden));
  }

  @Test
  void tokenError_readsAsAFailureWhoseCodeIsTheError_andWritesExactly() {
    byte[] golden = GatewayGoldens.bytes("token-error.invalid-client.json");
    TokenAnswer read = GATEWAYS.decodeTokenAnswer(golden).value();
    assertThat(read.status().outcome()).isEqualTo(AnswerStatus.Outcome.FAILURE);
    assertThat(read.status().code()).isEqualTo(ResultCode.of("invalid_client"));
    assertThat(read.error()).contains("invalid_client");
    assertThat(read.accessToken()).isNull();
    assertThat(read).isEqualTo(TokenAnswer.refused("invalid_client",
        "A valid OAuth client could not be found for client_id: golden-consumer-key"));
    assertThat(tree(GATEWAYS.writeTokenAnswer(read))).isEqualTo(tree(golden));
  }

  // ---- the LGSP access token ----

  @Test
  void lgspAccessToken_writesTheGoldenJsonByteForByte_andItsBase64() {
    assertThat(new String(GATEWAYS.writeLgspAccessToken(LGSP), StandardCharsets.UTF_8))
        .isEqualTo(GatewayGoldens.text("lgsp-access-token.json"));
    assertThat(LGSP.encode()).isEqualTo(GatewayGoldens.text("lgsp-access-token.b64"));
  }

  @Test
  void lgspAccessToken_readsTheGoldenJsonAndItsBase64() {
    assertThat(GATEWAYS.decodeLgspAccessToken(GatewayGoldens.bytes("lgsp-access-token.json")).value())
        .isEqualTo(LGSP);
    assertThat(LgspAccessToken.decode(GatewayGoldens.text("lgsp-access-token.b64"))).isEqualTo(LGSP);
  }

  @Test
  void lgspTokenRequest_buildsTheGoldenHeadersAndBody_andReadsThemBack() {
    TokenRequest call = TokenRequest.lgsp(LGSP);
    assertThat(entries(call.headers())).isEqualTo(entries(GatewayGoldens.headers("lgsp-token-request.headers")));
    assertThat(call.body()).isEqualTo(GatewayGoldens.text("token-request.form"));
    assertThat(TokenRequest.parse(GatewayGoldens.headers("lgsp-token-request.headers"),
        GatewayGoldens.text("token-request.form"))).isEqualTo(call);
  }

  @Test
  void lgspApiCall_sendsTheTokenThenTheBearer() {
    assertThat(entries(LGSP.apiCallHeaders("golden-access-token-not-a-real-one"))).containsExactly(
        Map.entry("lgspaccesstoken", GatewayGoldens.text("lgsp-access-token.b64")),
        Map.entry("Authorization", "Bearer golden-access-token-not-a-real-one"));
  }

  // ---- X-Road ----

  @Test
  void xRoadRequestHeaders_buildTheGolden_andReadItBack() {
    XRoadRequestHeaders built = XRoadRequestHeaders.of(new XRoadClient("VN", "GOV", "000.00.00.H29", "motcua"))
        .withId("5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f").withUserId("VN001190012345")
        .withIssue("000.00.01.H29-261207-0001");
    Map<String, String> golden = GatewayGoldens.headers("xroad-request.headers");
    assertThat(entries(built.toMap())).isEqualTo(entries(golden));
    assertThat(XRoadRequestHeaders.parse(golden)).isEqualTo(built);
  }

  @Test
  void xRoadResponseHeaders_areKeptForAudit_andWrittenAsTheGolden() {
    Map<String, String> golden = GatewayGoldens.headers("xroad-response.headers");
    XRoadResponseHeaders audit = XRoadResponseHeaders.parse(golden);
    assertThat(audit).isEqualTo(new XRoadResponseHeaders("5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
        "VN/GOV/000.00.00.H29/motcua", "VN/GOV/000.00.00.G22/dancu/TraCuuThongTinCongDan",
        "9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a",
        "Z29sZGVuLXJlcXVlc3QtaGFzaC1ub3QtYS1yZWFsLW9uZS1nb2xkZW4tcmVxdWVzdC1oYXNoLW5vdC1hLXJlYWwtb25lLQ==", null));
    assertThat(audit.xRoadError()).isFalse();
    assertThat(entries(audit.toMap())).isEqualTo(entries(golden));
  }

  @Test
  void xRoadError_readsWithItsHeader_andWritesExactly() {
    byte[] golden = GatewayGoldens.bytes("xroad-error.server-proxy.json");
    XRoadError expected = new XRoadError("Server.ServerProxy.ServiceFailed", "The provider's system did not answer",
        "0b6c2e1a-7f3d-4c55-9a11-3e2f6d8c9b01");
    assertThat(GATEWAYS.decodeXRoadError("Server.ServerProxy.ServiceFailed", golden).value()).isEqualTo(expected);
    assertThat(GATEWAYS.decodeXRoadError(null, golden).value()).isEqualTo(expected);
    assertThat(expected.origin()).isEqualTo(XRoadError.Origin.SERVER_PROXY);
    assertThat(expected.fault().code()).isEqualTo("Server.ServerProxy.ServiceFailed");
    assertThat(expected.headers()).containsEntry("X-Road-Error", "Server.ServerProxy.ServiceFailed");
    assertThat(tree(GATEWAYS.writeXRoadError(expected))).isEqualTo(tree(golden));
  }

  // ---- direct population-service calls ----

  @Test
  void populationCall_signsAsTheGolden_computedOutsideJava() {
    Map<String, String> golden = GatewayGoldens.headers("population-call.headers");
    assertThat(entries(signer().headers(POPULATION_URL).toMap())).isEqualTo(entries(golden));
    assertThat(PopulationCallHeaders.parse(golden)).isEqualTo(signer().headers(POPULATION_URL));
  }

  @Test
  void populationCall_verifiesTheGolden_andRefusesAnotherUrlOrKey() {
    Map<String, String> golden = GatewayGoldens.headers("population-call.headers");
    assertThat(signer().verify(POPULATION_URL, golden)).isTrue();
    assertThat(signer().verify(POPULATION_URL + "?x=1", golden)).isFalse();
    Map<String, String> otherKey = new java.util.LinkedHashMap<>(golden);
    otherKey.put("ApiKey", "another-key");
    assertThat(signer().verify(POPULATION_URL, otherKey)).isFalse();
    assertThat(signer().verify(POPULATION_URL, Map.of())).isFalse();
  }
}
