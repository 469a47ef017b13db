package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.PortalJson;
import dev.egov.model.person.Citizen;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class ReadLimitsTest {

  private static final String SOAP = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'>"
      + "<soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>%s</faultstring></soap:Fault>"
      + "</soap:Body></soap:Envelope>";

  private static String soap(String faultString) {
    return SOAP.replace("%s", faultString);
  }

  @Test
  void theDefaultsAreGenerousAndDocumented() {
    ReadLimits d = ReadLimits.defaults();

    assertThat(d.maxDocumentBytes()).isEqualTo(4 * 1024 * 1024);
    assertThat(d.maxStringLength()).isEqualTo(1024 * 1024);
    assertThat(d.maxNumberLength()).isEqualTo(100);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxTokenCount()).isEqualTo(500_000);
    assertThat(ReadLimits.builder().build()).isEqualTo(d);
  }

  @Test
  void theBuilderChangesOnlyWhatIsSet() {
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(10).maxStringLength(9).maxNumberLength(8)
        .maxNestingDepth(7).build();

    assertThat(limits).isEqualTo(new ReadLimits(10, 9, 8, 7, 500_000));
    assertThat(limits.toBuilder().maxTokenCount(6).build()).isEqualTo(new ReadLimits(10, 9, 8, 7, 6));
  }

  @ParameterizedTest
  @CsvSource({"0,1,1,1,1,maxDocumentBytes", "1,0,1,1,1,maxStringLength", "1,1,-1,1,1,maxNumberLength",
      "1,1,1,0,1,maxNestingDepth", "1,1,1,1,0,maxTokenCount"})
  void aLimitBelowOneIsRefused(int bytes, int string, int number, int depth, int tokens, String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadLimits(bytes, string, number, depth, tokens))
        .withMessageContaining(name);
  }

  @Test
  void everyFacadeReadsWithTheDefaultLimitsUnlessConfigured() {
    ReadLimits mine = ReadLimits.builder().maxNestingDepth(10).build();

    assertThat(CanonicalJson.get().readLimits()).isEqualTo(ReadLimits.defaults());
    assertThat(PortalJson.get().readLimits()).isEqualTo(ReadLimits.defaults());
    assertThat(PopulationDatabaseJson.get().readLimits()).isEqualTo(ReadLimits.defaults());
    assertThat(CanonicalJson.builder().readLimits(mine).build().readLimits()).isEqualTo(mine);
    assertThat(PortalJson.builder().readLimits(mine).build().readLimits()).isEqualTo(mine);
    assertThat(PopulationDatabaseJson.builder().readLimits(mine).build().readLimits()).isEqualTo(mine);
  }

  private static JsonDecodingException error(Function<byte[], Object> reader, String payload) {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> reader.apply(payload.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("an error").isNotNull();
    return e;
  }

  private static void assertLimit(JsonDecodingException e, String limit) {
    assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("exceeds the safety limit " + limit + " (ReadLimits)");
  }

  @Test
  void eachLimitIsAppliedByThePortalNamingTheLimit() {
    String answer = "{\"error_code\":\"0\",\"message\":\"0987654321\",\"x\":[[1]],\"n\":123456}";
    PortalJson bytes = PortalJson.builder().readLimits(ReadLimits.builder().maxDocumentBytes(20).build()).build();
    PortalJson string = PortalJson.builder().readLimits(ReadLimits.builder().maxStringLength(5).build()).build();
    PortalJson depth = PortalJson.builder().readLimits(ReadLimits.builder().maxNestingDepth(2).build()).build();
    PortalJson number = PortalJson.builder().readLimits(ReadLimits.builder().maxNumberLength(5).build()).build();
    PortalJson tokens = PortalJson.builder().readLimits(ReadLimits.builder().maxTokenCount(6).build()).build();

    assertLimit(error(bytes::decodeAnswer, answer), "maxDocumentBytes");
    assertLimit(error(string::decodeAnswer, answer), "maxStringLength");
    assertLimit(error(depth::decodeAnswer, answer), "maxNestingDepth");
    assertLimit(error(number::decodeAnswer, answer), "maxNumberLength");
    assertLimit(error(tokens::decodeAnswer, answer), "maxTokenCount");
    assertThat(PortalJson.get().decodeAnswer(answer.getBytes(StandardCharsets.UTF_8)).value().errorCode())
        .isEqualTo(ResultCode.of("0"));
  }

  @Test
  void eachLimitIsAppliedByCanonicalJsonNamingTheLimit() {
    String citizen = "{\"personalId\":\"001190001234\",\"name\":{\"family\":\"P\",\"middle\":\"\",\"given\":\"M\"},"
        + "\"sex\":\"UNKNOWN\",\"birthDate\":\"1990\",\"x\":[[123456]]}";
    Function<ReadLimits, Function<byte[], Object>> read =
        l -> b -> CanonicalJson.builder().readLimits(l).build().decode(b, Citizen.class);

    assertLimit(error(read.apply(ReadLimits.builder().maxDocumentBytes(50).build()), citizen), "maxDocumentBytes");
    assertLimit(error(read.apply(ReadLimits.builder().maxStringLength(11).build()), citizen), "maxStringLength");
    assertLimit(error(read.apply(ReadLimits.builder().maxNestingDepth(2).build()), citizen), "maxNestingDepth");
    assertLimit(error(read.apply(ReadLimits.builder().maxNumberLength(5).build()), citizen), "maxNumberLength");
    assertLimit(error(read.apply(ReadLimits.builder().maxTokenCount(10).build()), citizen), "maxTokenCount");
  }

  @Test
  void soapIsLimitedLikeJson() {
    Function<ReadLimits, Function<byte[], Object>> read =
        l -> b -> PopulationDatabaseJson.builder().readLimits(l).build().decodeLookupAnswer(b, WireForm.SOAP);

    assertLimit(error(read.apply(ReadLimits.builder().maxDocumentBytes(100).build()), soap("x")),
        "maxDocumentBytes");
    assertLimit(error(read.apply(ReadLimits.builder().maxStringLength(5).build()), soap("0987654321")),
        "maxStringLength");
    assertLimit(error(read.apply(ReadLimits.builder().maxNestingDepth(3).build()), soap("x")),
        "maxNestingDepth");
    assertLimit(error(read.apply(ReadLimits.builder().maxTokenCount(3).build()), soap("x")),
        "maxTokenCount");
  }

  @Test
  void theSoapDocumentInsideAGatewaysEnvelopeIsLimitedToo() {
    String soap = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body><a><b><c><d/>"
        + "</c></b></a></soap:Body></soap:Envelope>";
    PopulationDatabaseJson shallow = PopulationDatabaseJson.builder()
        .readLimits(ReadLimits.builder().maxNestingDepth(4).build()).build();

    JsonDecodingException e = error(b -> shallow.decodeLookupAnswer(b, WireForm.SOAP_IN_JSON),
        "{\"error_code\":\"00\",\"message\":\"" + soap + "\"}");

    assertLimit(e, "maxNestingDepth");
    assertThat(e.field()).isEqualTo("/message");
  }

  @Test
  void aFiftyMillionCharacterFaultStringIsRefusedBeforeItIsParsed() {
    byte[] huge = soap("a".repeat(50_000_000)).getBytes(StandardCharsets.UTF_8);

    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> PopulationDatabaseJson.get().decodeLookupAnswer(huge, WireForm.SOAP));

    assertLimit(e, "maxDocumentBytes");
  }
}
