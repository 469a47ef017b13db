package dev.egov.json.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The payloads of {@code golden/gateway/real/}, as real systems and the vendors' documents write them (the README
 * there names each source): each is read, and what it says is checked.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class GatewayRealPayloadsTest {

  private static final GatewayJson GATEWAYS = GatewayJson.get();

  @Test
  void wso2PasswordGrantAnswer_inWso2sOrder_lowerCaseBearer_refreshTokenKeptUnprinted() {
    Decoded<TokenAnswer> read =
        GATEWAYS.decodeTokenAnswer(GatewayGoldens.bytes("real/wso2-token-answer.docs-apim-scope-allowlisting.json"));
    assertThat(read.value().status().outcome()).isEqualTo(AnswerStatus.Outcome.SUCCESS);
    assertThat(read.value().accessToken()).isEqualTo("REDACTED-access-token");
    assertThat(read.value().tokenType()).isEqualTo("bearer");
    assertThat(read.value().expiresIn()).isEqualTo(3600L);
    assertThat(read.value().scope()).isEqualTo("some_random_scope");
    assertThat(read.unknownFields()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("/refresh_token");
      assertThat(f.toString()).doesNotContain("REDACTED-refresh-token");
    });
    assertThat(GatewayGoldenTest.tree(GATEWAYS.writeTokenAnswer(read)))
        .isEqualTo(GatewayGoldenTest.tree(
            GatewayGoldens.bytes("real/wso2-token-answer.docs-apim-scope-allowlisting.json")));
  }

  @Test
  void wso2ClientCredentialsAnswer_readsAsIssued() {
    TokenAnswer read = GATEWAYS.decodeTokenAnswer(
        GatewayGoldens.bytes("real/wso2-token-answer.client-credentials-planqk.json")).value();
    assertThat(read).isEqualTo(TokenAnswer.issued("REDACTED-access-token", "Bearer", 3600L, "default"));
  }

  @Test
  void xRoadErrors_ofTheProtocolsExamples_readWithTheirHeaders() {
    assertThat(GATEWAYS.decodeXRoadError("Server.ServerProxy.NetworkError",
        GatewayGoldens.bytes("real/xroad-error.pr-rest-example-2.json")).value().origin())
        .isEqualTo(XRoadError.Origin.SERVER_PROXY);
    XRoadError client = GATEWAYS.decodeXRoadError("Client.BadRequest",
        GatewayGoldens.bytes("real/xroad-error.pr-rest-example-3.json")).value();
    assertThat(client.origin()).isEqualTo(XRoadError.Origin.CLIENT);
    assertThat(client.detail()).isEqualTo("018cbcae-537e-421b-b6f6-2608dc97bd90");
    assertThat(GATEWAYS.decodeXRoadError("Server.ServerProxy.DatabaseError",
        GatewayGoldens.bytes("real/xroad-error.pr-rest-example-4.json")).value().message())
        .isEqualTo("Error accessing database (serverconf)");
  }

  @Test
  void xRoadResponseHeaders_ofTheProtocolsExample_keepTheAuditFields_ignoringTheOthers() {
    Map<String, String> headers = GatewayGoldens.headers("real/xroad-response.pr-rest-example-1.headers");
    XRoadResponseHeaders audit = XRoadResponseHeaders.parse(headers);
    assertThat(audit.requestId()).isEqualTo("f92591a3-6bf0-49b1-987b-0dd78c034cc3");
    assertThat(audit.requestHash())
        .isEqualTo("yFOLGuJ0zmLhZSgwp3ooSBQbR9ejSvTc6p6FvBmcSEB2tDD6bxpjiv8sHORxqz4MMgEADH7IcARNprLfEwudNw==");
    assertThat(audit.client()).isEqualTo("DEV/COM/222/TESTCLIENT");
    assertThat(audit.service()).isEqualTo("DEV/COM/222/TESTSERVICE/petstore");
    assertThat(audit.id()).isEqualTo("5ea48ae9-15c1-465a-be15-9b6ef2c7ef4a");
    assertThat(audit.toMap()).doesNotContainKeys("Content-Type", "Date", "Content-Length");
    assertThat(XRoadClient.parse(audit.client())).isEqualTo(new XRoadClient("DEV", "COM", "222", "TESTCLIENT"));
  }

  @Test
  void lgspAccessToken_asOpenCpsConcatenatesIt_readsAndWritesByteForByte() {
    byte[] golden = GatewayGoldens.bytes("real/lgsp-access-token.opencps-qlcd.json");
    LgspAccessToken read = GATEWAYS.decodeLgspAccessToken(golden).value();
    assertThat(read.partnerCodeCus()).isEqualTo("REDACTED-partner-code-cus");
    assertThat(GATEWAYS.writeLgspAccessToken(read)).isEqualTo(golden);
  }
}
