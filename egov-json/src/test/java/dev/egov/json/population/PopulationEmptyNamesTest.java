package dev.egov.json.population;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.Decoded;
import dev.egov.json.UnknownField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Fields whose name is empty: a JSON field {@code ""}, and in XML the text of an element that also has child elements
 * or attributes, which Jackson presents as a field with an empty name. They are kept as unknown fields whose pointer
 * ends in {@code /}, never an {@link IllegalArgumentException}.
 */
class PopulationEmptyNamesTest {

  private static final String SOAP = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'>";
  private final PopulationDatabaseJson db = PopulationDatabaseJson.get();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aJsonFieldWithAnEmptyNameIsKeptAndWrittenBack() {
    Decoded<LookupAnswer> read =
        db.decodeLookupAnswer(utf8("{\"error_code\":\"0\",\"data\":[],\"\":1}"), WireForm.JSON);

    assertThat(read.value().status().success()).isTrue();
    assertThat(read.unknownFields()).containsExactly(new UnknownField("/", "1"));
    assertThat(new String(db.writeLookupAnswer(read, WireForm.JSON), StandardCharsets.UTF_8)).contains("\"\":1");
  }

  @Test
  void everyJsonEntryPointKeepsAFieldWithAnEmptyName() {
    byte[] request = utf8(Goldens.text("lookup-request.json").replaceFirst("\\{", "{\"\":{\"a\":1},"));
    byte[] verification = utf8(Goldens.text("verification-answer.json").replaceFirst("\\{", "{\"\":true,"));
    byte[] envelope = utf8(Goldens.text("lookup-answer-full.envelope.json").replaceFirst("\\{", "{\"\":\"x\","));

    assertThat(db.decodeLookupRequest(request, WireForm.JSON).unknownFields())
        .containsExactly(new UnknownField("/", "{\"a\":1}"));
    assertThat(db.decodeVerificationAnswer(verification, WireForm.JSON).unknownFields())
        .containsExactly(new UnknownField("/", "true"));
    assertThat(db.decodeLookupAnswer(envelope, WireForm.SOAP_IN_JSON).unknownFields())
        .contains(new UnknownField("/", "\"x\""));
  }

  @Test
  void strayTextBesideChildElementsIsKeptAsAnUnknownField() {
    Decoded<LookupAnswer> read = db.decodeLookupAnswer(
        utf8(SOAP + "<soap:Body>x<soap:Fault/></soap:Body></soap:Envelope>"), WireForm.SOAP);

    assertThat(read.unknownFields()).containsExactly(new UnknownField("/Body/", "\"x\""));
  }

  @Test
  void theTextOfAnElementWithAnAttributeIsKeptAsAnUnknownField() {
    Decoded<LookupAnswer> read = db.decodeLookupAnswer(
        utf8(SOAP + "<soap:Body><soap:Fault a='1'>t</soap:Fault></soap:Body></soap:Envelope>"), WireForm.SOAP);

    assertThat(read.unknownFields())
        .containsExactly(new UnknownField("/Body/Fault/a", "\"1\""), new UnknownField("/Body/Fault/", "\"t\""));
    assertThat(read.unknownFields().toString()).isEqualTo(
        "[UnknownField[/Body/Fault/a = string(1 chars)], UnknownField[/Body/Fault/ = string(1 chars)]]");
  }
}
