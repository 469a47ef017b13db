package dev.egov.json.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.population.LookupAnswer;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.population.VerificationAnswer;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.PortalAnswer;
import dev.egov.json.portal.PortalJson;
import dev.egov.json.portal.PortalLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway goldens fed to the portal's and the population database's readers (the business registry's and the
 * health-insurance gateway's get them in {@code WireMessagesRefusalTest}): a token answer, an LGSP token or an X-Road
 * error is never one of their messages. Answer readers return the fault-shaped ones (the token endpoint's refusal,
 * an X-Road error) as {@code GATEWAY_FAULT}; everything else is {@code WRONG_MESSAGE}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GatewayGoldensElsewhereTest {

  private static final PortalJson PORTAL = PortalJson.get();
  private static final PopulationDatabaseJson DB = PopulationDatabaseJson.get();

  private static final List<String> GOLDENS = List.of("wso2-token-answer.json", "token-error.invalid-client.json",
      "lgsp-access-token.json", "xroad-error.server-proxy.json",
      "real/wso2-token-answer.docs-apim-scope-allowlisting.json",
      "real/wso2-token-answer.client-credentials-planqk.json", "real/lgsp-access-token.opencps-qlcd.json",
      "real/xroad-error.pr-rest-example-2.json", "real/xroad-error.pr-rest-example-3.json",
      "real/xroad-error.pr-rest-example-4.json");

  /** A reader and, for an answer reader, how to get its status. */
  record Reader(String name, Function<byte[], Decoded<?>> read, Function<Object, AnswerStatus> status) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Reader> readers() {
    List<Reader> readers = new ArrayList<>(List.of(
        new Reader("P.decodeAnswer", PORTAL::decodeAnswer, o -> ((PortalAnswer) o).status()),
        new Reader("P.decodeLoginAnswer", PORTAL::decodeLoginAnswer, o -> ((PortalLogin) o).status()),
        new Reader("P.decodeDossierRequest", PORTAL::decodeDossierRequest, null),
        new Reader("P.decodeProgressRequest", PORTAL::decodeProgressRequest, null),
        new Reader("P.decodeDossiers", PORTAL::decodeDossiers, null),
        new Reader("P.decodeSteps", PORTAL::decodeSteps, null)));
    for (WireForm form : WireForm.values()) {
      readers.add(new Reader("DB.decodeLookupAnswer(" + form + ")", b -> DB.decodeLookupAnswer(b, form),
          o -> ((LookupAnswer) o).status()));
      readers.add(new Reader("DB.decodeVerificationAnswer(" + form + ")", b -> DB.decodeVerificationAnswer(b, form),
          o -> ((VerificationAnswer) o).status()));
      if (form != WireForm.SOAP_IN_JSON) {
        readers.add(new Reader("DB.decodeLookupRequest(" + form + ")", b -> DB.decodeLookupRequest(b, form), null));
      }
    }
    return readers;
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    for (Reader reader : readers()) {
      for (String golden : GOLDENS) {
        cells.add(Arguments.of(reader, golden));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @MethodSource("matrix")
  void anotherReader_givenAGatewayMessage_neverReadsItAsItsOwn(Reader reader, String golden) {
    byte[] payload = GatewayGoldens.bytes(golden);
    Object result = catchThrowable(() -> reader.read().apply(payload));
    boolean faultShaped = golden.contains("token-error") || golden.contains("xroad-error");
    if (result == null) {
      assertThat(reader.status()).as("a success for another message").isNotNull();
      assertThat(faultShaped).as("a gateway message read as an answer").isTrue();
      assertThat(reader.status().apply(reader.read().apply(payload).value()).outcome())
          .isEqualTo(AnswerStatus.Outcome.GATEWAY_FAULT);
    } else {
      assertThat(result).isInstanceOf(JsonDecodingException.class);
      JsonDecodingException e = (JsonDecodingException) result;
      if (reader.name().contains("SOAP)")) {
        // SOAP readers see JSON as a document that is not XML
        assertThat(e.reason()).as(e.getMessage()).isIn(JsonDecodingException.Reason.MALFORMED,
            JsonDecodingException.Reason.WRONG_MESSAGE);
      } else {
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(JsonDecodingException.Reason.WRONG_MESSAGE);
      }
    }
  }
}
