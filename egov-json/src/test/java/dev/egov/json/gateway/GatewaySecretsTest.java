package dev.egov.json.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.egov.json.JsonDecodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** No token, key, secret or signature in any {@code toString} or exception message of the gateway package. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class GatewaySecretsTest {

  private static final List<String> SECRETS = List.of("golden-consumer-secret", "golden-secret-key",
      "golden-access-key", "golden-access-token-not-a-real-one", "golden-secret", "golden-api-key");

  private static void assertNoSecret(Object printed) {
    String s = String.valueOf(printed);
    for (String secret : SECRETS) {
      assertThat(s).as(s).doesNotContain(secret);
    }
    assertThat(s).doesNotContain(GatewayGoldens.text("lgsp-access-token.b64"));
    assertThat(s).doesNotContain(GatewayGoldenTest.CREDENTIALS.authorization().substring(6));
  }

  @Test
  void toString_ofEveryValueType_showsNoCredential() {
    assertNoSecret(GatewayGoldenTest.CREDENTIALS);
    assertNoSecret(GatewayGoldenTest.LGSP);
    assertNoSecret(TokenRequest.wso2(GatewayGoldenTest.CREDENTIALS));
    assertNoSecret(TokenRequest.lgsp(GatewayGoldenTest.LGSP));
    assertNoSecret(TokenAnswer.issued("golden-access-token-not-a-real-one", "Bearer", 3600L, "default"));
    assertNoSecret(GatewayJson.get().decodeTokenAnswer(GatewayGoldens.bytes("wso2-token-answer.json")));
    assertNoSecret(GatewayGoldenTest.signer());
    PopulationCallHeaders headers = GatewayGoldenTest.signer().headers(GatewayGoldenTest.POPULATION_URL);
    assertNoSecret(headers);
    assertThat(headers.toString()).doesNotContain(headers.authorization().substring(6));
  }

  @Test
  void toString_masksTheXRoadUserId() {
    XRoadRequestHeaders x = XRoadRequestHeaders.parse(GatewayGoldens.headers("xroad-request.headers"));
    assertThat(x.toString()).doesNotContain("001190012345").contains("userId=<14 chars>");
  }

  @Test
  void lgspDecode_ofABadValue_failsTypedWithoutQuotingIt() {
    String notBase64 = "golden-secret-key!!";
    GatewayHeaderException e = catchThrowableOfType(GatewayHeaderException.class,
        () -> LgspAccessToken.decode(notBase64));
    assertThat(e.reason()).isEqualTo(GatewayHeaderException.Reason.MALFORMED);
    assertThat(e.header()).isEqualTo("lgspaccesstoken");
    assertNoSecret(e.getMessage());

    String missingCus = Base64.getEncoder().encodeToString(
        ("{\"AccessKey\":\"golden-access-key\",\"SecretKey\":\"golden-secret-key\","
        + "\"AppName\":\"A\",\"PartnerCode\":\"B\"}").getBytes(StandardCharsets.UTF_8));
    GatewayHeaderException missing = catchThrowableOfType(GatewayHeaderException.class,
        () -> LgspAccessToken.decode(missingCus));
    assertThat(missing.reason()).isEqualTo(GatewayHeaderException.Reason.MALFORMED);
    assertThat(missing.getCause()).isInstanceOf(JsonDecodingException.class);
    assertThat(((JsonDecodingException) missing.getCause()).reason())
        .isEqualTo(JsonDecodingException.Reason.MISSING_FIELD);
    assertThat(((JsonDecodingException) missing.getCause()).field()).isEqualTo("/PartnerCodeCus");
    assertNoSecret(missing.getMessage());

    String notJson = Base64.getEncoder().encodeToString("golden-secret-key".getBytes(StandardCharsets.UTF_8));
    GatewayHeaderException garbage = catchThrowableOfType(GatewayHeaderException.class,
        () -> LgspAccessToken.decode(notJson));
    assertThat(((JsonDecodingException) garbage.getCause()).reason()).isEqualTo(JsonDecodingException.Reason.MALFORMED);
    assertNoSecret(garbage.getMessage());
  }

  @Test
  void basicAuthorization_ofABadValue_failsTypedWithoutQuotingIt() {
    GatewayHeaderException notBasic = catchThrowableOfType(GatewayHeaderException.class,
        () -> ClientCredentials.parseAuthorization("Bearer golden-access-token-not-a-real-one"));
    assertThat(notBasic.reason()).isEqualTo(GatewayHeaderException.Reason.MALFORMED);
    assertNoSecret(notBasic.getMessage());
    String noColon = "Basic " + Base64.getEncoder().encodeToString("golden-consumer-secret".getBytes(
        StandardCharsets.UTF_8));
    GatewayHeaderException e = catchThrowableOfType(GatewayHeaderException.class,
        () -> ClientCredentials.parseAuthorization(noColon));
    assertThat(e.reason()).isEqualTo(GatewayHeaderException.Reason.MALFORMED);
    assertNoSecret(e.getMessage());
    assertThat(ClientCredentials.parseAuthorization(GatewayGoldenTest.CREDENTIALS.authorization()))
        .isEqualTo(GatewayGoldenTest.CREDENTIALS);
  }

  @Test
  void tokenRequestParse_withoutCredentialOrWithAnotherGrant_failsTyped() {
    assertThat(catchThrowableOfType(GatewayHeaderException.class,
        () -> TokenRequest.parse(Map.of(), "grant_type=client_credentials")).reason())
        .isEqualTo(GatewayHeaderException.Reason.MISSING);
    GatewayHeaderException password = catchThrowableOfType(GatewayHeaderException.class, () -> TokenRequest.parse(
        GatewayGoldens.headers("wso2-token-request.headers"), "grant_type=password&password=golden-secret"));
    assertThat(password.reason()).isEqualTo(GatewayHeaderException.Reason.INVALID_VALUE);
    assertThat(password.header()).isEqualTo("grant_type");
    assertNoSecret(password.getMessage());
  }

  @Test
  void xRoadClient_ofABadValue_failsTyped() {
    assertThat(catchThrowableOfType(GatewayHeaderException.class, () -> XRoadClient.parse("VN/GOV")).reason())
        .isEqualTo(GatewayHeaderException.Reason.MALFORMED);
    assertThat(catchThrowableOfType(GatewayHeaderException.class, () -> XRoadClient.parse("VN//000.00.00.H29/x"))
        .reason()).isEqualTo(GatewayHeaderException.Reason.INVALID_VALUE);
    assertThat(catchThrowableOfType(GatewayHeaderException.class, () -> XRoadClient.parse("VN/GOV/%2/x"))
        .reason()).isEqualTo(GatewayHeaderException.Reason.MALFORMED);
    assertThat(catchThrowableOfType(GatewayHeaderException.class,
        () -> XRoadRequestHeaders.parse(Map.of("X-Road-Id", "1"))).reason())
        .isEqualTo(GatewayHeaderException.Reason.MISSING);
  }

  @Test
  void xRoadClient_percentEncodesAPartWithASlash_andReadsItBack() {
    XRoadClient c = new XRoadClient("VN", "GOV", "000.00.00.H29", "một cửa/1");
    assertThat(c.headerValue()).isEqualTo("VN/GOV/000.00.00.H29/m%E1%BB%99t%20c%E1%BB%ADa%2F1");
    assertThat(XRoadClient.parse(c.headerValue())).isEqualTo(c);
    assertThat(XRoadClient.parse("VN/GOV/000.00.00.H29").subsystem()).isNull();
    assertThat(XRoadClient.parse("VN/GOV/000.00.00.H29/\uD835\uDC9C%20x").subsystem()).isEqualTo("\uD835\uDC9C x");
  }

  @Test
  void headerValues_withALineBreak_areRefused() {
    assertThat(catchThrowableOfType(GatewayHeaderException.class,
        () -> XRoadRequestHeaders.of(XRoadClient.parse("VN/GOV/1"))
        .withIssue("a\r\nX-Injected: 1")).reason())
        .isEqualTo(GatewayHeaderException.Reason.INVALID_VALUE);
    assertThat(catchThrowableOfType(GatewayHeaderException.class,
        () -> LgspAccessToken.decode(GatewayGoldens.text("lgsp-access-token.b64"))
        .apiCallHeaders("token\nX-Injected: 1"))).isNotNull();
  }
}
