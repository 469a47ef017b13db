package dev.egov.json.internal.wire;

import static dev.egov.json.GatewayFaultSamples.OAUTH;
import static dev.egov.json.GatewayFaultSamples.WSO2_JSON;
import static dev.egov.json.GatewayFaultSamples.WSO2_LEGACY;
import static dev.egov.json.GatewayFaultSamples.WSO2_THROTTLED;
import static dev.egov.json.GatewayFaultSamples.WSO2_XML;
import static dev.egov.json.GatewayFaultSamples.WSO2_XML_IN_SOAP;
import static dev.egov.json.GatewayFaultSamples.X_ROAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.egov.json.GatewayFault;
import dev.egov.json.GatewayFault.Form;
import dev.egov.json.GatewayFault.Meaning;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gateway faults recognised in their public forms ({@link dev.egov.json.GatewayFaultSamples}). */
class GatewayFaultsTest {

  private static final JsonFactory JSON = new JsonFactory();

  private static GatewayFault json(String text) {
    return GatewayFaults.sniffJson(JSON, text.getBytes(StandardCharsets.UTF_8)).fault();
  }

  @Test
  void jsonForms_areRecognised_withTheirCodeAndTexts() {
    assertThat(json(WSO2_JSON)).isEqualTo(new GatewayFault(Form.WSO2_JSON, "900901", "Invalid Credentials",
        "Invalid Credentials. Make sure you have provided the correct security credentials", null));
    assertThat(json(WSO2_LEGACY).form()).isEqualTo(Form.WSO2_LEGACY_JSON);
    assertThat(json(WSO2_LEGACY).code()).isEqualTo("900902");
    assertThat(json(X_ROAD)).isEqualTo(new GatewayFault(Form.X_ROAD, "Server.ClientProxy.NetworkError",
        "Unable to connect to the security server", "f1b2c3", null));
    assertThat(json(OAUTH)).isEqualTo(new GatewayFault(Form.OAUTH, "invalid_client", "Client Authentication failed.",
        null, null));
  }

  @Test
  void xmlForm_isRecognised_bareOrInASoapBody() {
    GatewayFault bare = GatewayFaults.inXml(WSO2_XML.getBytes(StandardCharsets.UTF_8));
    GatewayFault inSoap = GatewayFaults.inXml(WSO2_XML_IN_SOAP.getBytes(StandardCharsets.UTF_8));

    assertThat(bare.form()).isEqualTo(Form.WSO2_XML);
    assertThat(bare.code()).isEqualTo("900901");
    assertThat(bare.message()).isEqualTo("Invalid Credentials");
    assertThat(bare.meaning()).isEqualTo(Meaning.INVALID_CREDENTIALS);
    assertThat(inSoap.meaning()).isEqualTo(Meaning.NO_SUCH_RESOURCE);
  }

  @Test
  void answersAndOtherDocuments_areNotFaults() {
    assertThat(json("{\"error_code\":\"-1\",\"message\":\"Lỗi\",\"code\":\"900901\"}")).isNull();
    assertThat(json("{\"MaHoSo\":\"x\"}")).isNull();
    assertThat(json("[{\"code\":\"1\",\"message\":\"x\"}]")).isNull();
    assertThat(json("{\"code\": not json")).isNull();
    assertThat(GatewayFaults.inXml("<Envelope><Body><CongdanCollection/></Body></Envelope>"
        .getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(GatewayFaults.inXml("{\"error_code\":0}".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(GatewayFaults.inXml("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
        .getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "WSO2_JSON, 900901, INVALID_CREDENTIALS",
      "WSO2_LEGACY_JSON, 900902, MISSING_CREDENTIALS",
      "WSO2_XML, 900800, THROTTLED",
      "WSO2_JSON, 900906, NO_SUCH_RESOURCE",
      "WSO2_JSON, 900900, OTHER",
      "OAUTH, invalid_client, INVALID_CREDENTIALS",
      "OAUTH, unsupported_grant_type, OTHER",
      "X_ROAD, Server.ClientProxy.NetworkError, OTHER"})
  void meaning_isWhatAClientCanDo(Form form, String code, Meaning meaning) {
    assertThat(new GatewayFault(form, code, null, null, null).meaning()).isEqualTo(meaning);
  }

  @Test
  void throttled_saysWhenToCallAgain() {
    GatewayFault throttled = json(WSO2_THROTTLED);

    assertThat(throttled.meaning()).isEqualTo(Meaning.THROTTLED);
    assertThat(throttled.nextAccess()).contains(Instant.parse("2026-01-20T09:31:00Z"));
    assertThat(new GatewayFault(Form.WSO2_JSON, "900800", null, null, "soon").nextAccess()).isEmpty();
    assertThat(new GatewayFault(Form.WSO2_JSON, null, null, null, null).meaning()).isEqualTo(Meaning.OTHER);
  }
}
