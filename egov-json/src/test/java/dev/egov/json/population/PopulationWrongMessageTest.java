package dev.egov.json.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.AnswerStatus;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every population reader, in every form, fed every other message kind egov has a golden for (the population
 * database's own, the portal's, real systems' payloads and the gateways' faults): it refuses it with {@link
 * Reason#WRONG_MESSAGE} naming what it found, or, for an answer reader, returns the gateway's fault as {@link
 * AnswerStatus.Outcome#GATEWAY_FAULT}; never a success.
 *
 * <p>Two pairs are the same message on the wire and are read, by design: a look-up and a verification request in the
 * JSON form (the operation travels in the URL, not the body), and an answer that says "failure" ({@code error_code}
 * and {@code message}, or a SOAP {@code Fault}), which any answer reader of the same envelope returns as {@link
 * AnswerStatus.Outcome#FAILURE}: never a success.
 */
class PopulationWrongMessageTest {

  private static final PopulationDatabaseJson DB = PopulationDatabaseJson.get();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each gateway fault's code (WSO2, OAuth) or error type (X-Road), as every answer reader must report it. */
  private static final java.util.Map<String, String> FAULT_CODES = java.util.Map.of(
      "wso2-fault.invalid-credentials.json", "900901",
      "wso2-fault.throttled.json", "900800",
      "wso2-fault.no-matching-resource.json", "900906",
      "wso2-fault-legacy.missing-credentials.json", "900902",
      "wso2-fault-legacy.invalid-credentials.json", "900901",
      "wso2-fault.invalid-credentials.xml", "900901",
      "oauth-token-error.invalid-client.json", "invalid_client",
      "xroad-rest-error.server-proxy.json", "Server.ServerProxy.ServiceFailed",
      "xroad-rest-error.client-proxy.json", "Server.ClientProxy.NetworkError");

  /** A message kind of this dialect; {@code OTHER} for the portal's messages and the gateways' faults. */
  enum Kind {
    LOOKUP_REQUEST,
    VERIFICATION_REQUEST,
    LOOKUP_ANSWER,
    VERIFICATION_ANSWER,
    FAILURE_ANSWER,
    OTHER
  }

  /** A payload: its file, kind and form ({@code null} for a message of another dialect). */
  record Payload(String file, Kind kind, WireForm form, boolean fault) {}

  /** A reader of this dialect: what it reads, in which form, and how (returning the status of an answer). */
  record Reader(String name, Kind kind, WireForm form, Function<byte[], AnswerStatus> read) {}

  static List<Reader> readers() {
    List<Reader> readers = new ArrayList<>();
    for (WireForm form : WireForm.values()) {
      readers.add(new Reader("decodeLookupAnswer(" + form + ")", Kind.LOOKUP_ANSWER, form,
          b -> DB.decodeLookupAnswer(b, form).value().status()));
      readers.add(new Reader("decodeVerificationAnswer(" + form + ")", Kind.VERIFICATION_ANSWER, form,
          b -> DB.decodeVerificationAnswer(b, form).value().status()));
      readers.add(new Reader("decodeLookupRequest(" + form + ")", Kind.LOOKUP_REQUEST, form, b -> {
        DB.decodeLookupRequest(b, form);
        return AnswerStatus.ok();
      }));
      readers.add(new Reader("decodeVerificationRequest(" + form + ")", Kind.VERIFICATION_REQUEST, form, b -> {
        DB.decodeVerificationRequest(b, form);
        return AnswerStatus.ok();
      }));
    }
    return readers;
  }

  static List<Payload> payloads() {
    List<Payload> all = new ArrayList<>();
    for (String file : files("/golden/population")) {
      all.add(new Payload("population/" + file, kind(file), form(file), false));
    }
    for (String file : files("/golden/real/population")) {
      all.add(new Payload("real/population/" + file, kind(file), form(file), false));
    }
    for (String file : files("/golden/portal")) {
      all.add(new Payload("portal/" + file, Kind.OTHER, null, false));
    }
    for (String file : files("/golden/real/portal")) {
      all.add(new Payload("real/portal/" + file, Kind.OTHER, null, false));
    }
    for (String file : files("/golden/real/gateway")) {
      all.add(new Payload("real/gateway/" + file, Kind.OTHER, null, true));
    }
    // The other systems' messages: another message, never a population answer or request.
    for (String dir : List.of("business", "insurance", "catalog")) {
      for (String file : files("/golden/" + dir)) {
        if (!file.equals("fault.soap.xml") && (file.endsWith(".json") || file.endsWith(".xml"))) {
          all.add(new Payload(dir + "/" + file, Kind.OTHER, null, false));
        }
      }
    }
    return all;
  }

  private static Kind kind(String file) {
    if (file.startsWith("failure-answer")) {
      return Kind.FAILURE_ANSWER;
    }
    if (file.startsWith("lookup-request")) {
      return Kind.LOOKUP_REQUEST;
    }
    if (file.startsWith("verification-request")) {
      return Kind.VERIFICATION_REQUEST;
    }
    if (file.startsWith("lookup-answer")) {
      return Kind.LOOKUP_ANSWER;
    }
    if (file.startsWith("verification-answer")) {
      return Kind.VERIFICATION_ANSWER;
    }
    throw new IllegalStateException("a population golden of no known kind: " + file);
  }

  private static WireForm form(String file) {
    if (file.endsWith(".xml")) {
      return WireForm.SOAP;
    }
    return file.contains("envelope") ? WireForm.SOAP_IN_JSON : WireForm.JSON;
  }

  /** Whether a reader of this kind and form reads this payload as its own message (the pairs the class names). */
  private static boolean own(Reader r, Payload p) {
    if (p.kind() == Kind.OTHER) {
      return false;
    }
    boolean sameForm = r.form() == p.form()
        || p.kind() == Kind.FAILURE_ANSWER && r.form() != WireForm.SOAP && p.form() != WireForm.SOAP;
    if (!sameForm) {
      return false;
    }
    if (r.kind() == p.kind()) {
      return true;
    }
    boolean requests = Set.of(Kind.LOOKUP_REQUEST, Kind.VERIFICATION_REQUEST).containsAll(Set.of(r.kind(), p.kind()));
    return requests && r.form() == WireForm.JSON;
  }

  /** Whether the payload is an answer that says "failure" in an envelope any answer reader of its form shares. */
  private static boolean failureShaped(Payload p, byte[] bytes) {
    if (p.kind() == Kind.FAILURE_ANSWER) {
      return true;
    }
    if (p.form() == WireForm.SOAP || p.file().endsWith(".xml")) {
      return false;
    }
    try {
      JsonNode code = JSON.readTree(bytes).path("error_code");
      return !code.isMissingNode() && !Set.of("0", "00").contains(code.asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyReaderRefusesEveryOtherMessage() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Reader reader : readers()) {
      for (Payload payload : payloads()) {
        if (own(reader, payload)) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(reader.name() + " given " + payload.file(),
            () -> assertRefused(reader, payload, bytes(payload.file()))));
      }
    }
    return tests.stream();
  }

  private static void assertRefused(Reader reader, Payload payload, byte[] bytes) {
    boolean answerReader = reader.kind() == Kind.LOOKUP_ANSWER || reader.kind() == Kind.VERIFICATION_ANSWER;
    String where = reader.name() + " given " + payload.file() + ": ";
    AnswerStatus status;
    try {
      status = reader.read().apply(bytes);
    } catch (JsonDecodingException e) {
      assertEquals(Reason.WRONG_MESSAGE, e.reason(), where + e.getMessage());
      assertTrue(e.getMessage().contains("found"), "says what it found: " + e.getMessage());
      return;
    }
    if (!answerReader) {
      fail(where + "a request reader read it");
    }
    if (payload.fault()) {
      assertEquals(AnswerStatus.Outcome.GATEWAY_FAULT, status.outcome(), where);
      assertNotNull(status.gatewayFault());
      String file = payload.file().substring(payload.file().lastIndexOf('/') + 1);
      assertEquals(FAULT_CODES.get(file), status.gatewayFault().code(), where + "the gateway's code");
      return;
    }
    assertTrue(failureShaped(payload, bytes), where + "read as an answer: " + status.outcome());
    assertEquals(AnswerStatus.Outcome.FAILURE, status.outcome(), "an answer that says failure stays a failure");
  }

  @Test
  void soapInJsonAnswerReaders_refuseTheJsonFormAndOtherSystemsEnvelopes() {
    // A success in the JSON form ({error_code, data}, no SOAP in message), and another system's {message, data}.
    for (String json : List.of("{\"error_code\":\"0\",\"data\":[]}", "{\"error_code\":0,\"result\":{}}",
        "{\"message\":\"Thành công\",\"data\":{\"Status\":1}}", "{\"message\":\"OK\"}")) {
      byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (Reader reader : readers()) {
        if (reader.form() == WireForm.SOAP_IN_JSON
            && (reader.kind() == Kind.LOOKUP_ANSWER || reader.kind() == Kind.VERIFICATION_ANSWER)) {
          JsonDecodingException e = org.junit.jupiter.api.Assertions.assertThrows(JsonDecodingException.class,
              () -> reader.read().apply(bytes), reader.name() + " given " + json);
          assertEquals(Reason.WRONG_MESSAGE, e.reason(), reader.name() + " given " + json + ": " + e.getMessage());
        }
      }
    }
    // The envelope itself without error_code is still a malformed envelope, not another message.
    byte[] noCode = "{\"message\":\"<soap:Envelope/>\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonDecodingException e = org.junit.jupiter.api.Assertions.assertThrows(JsonDecodingException.class,
        () -> DB.decodeLookupAnswer(noCode, WireForm.SOAP_IN_JSON));
    assertEquals(Reason.MISSING_FIELD, e.reason());
  }

  @Test
  void theMatrixCoversEveryKindInEveryForm() {
    List<Payload> all = payloads();
    for (Kind kind : List.of(Kind.LOOKUP_REQUEST, Kind.VERIFICATION_REQUEST, Kind.LOOKUP_ANSWER,
        Kind.VERIFICATION_ANSWER)) {
      for (WireForm form : WireForm.values()) {
        boolean none = kind == Kind.VERIFICATION_REQUEST && form == WireForm.SOAP_IN_JSON;
        assertEquals(!none, all.stream().anyMatch(p -> p.kind() == kind && p.form() == form), kind + " in " + form);
      }
    }
    assertEquals(FAULT_CODES.size(), all.stream().filter(Payload::fault).count(), "every gateway fault, with its code");
  }

  private static List<String> files(String dir) {
    try {
      Path root = Path.of(PopulationWrongMessageTest.class.getResource(dir).toURI());
      try (Stream<Path> list = Files.list(root)) {
        return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
            .filter(n -> !n.endsWith(".md")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String file) {
    try {
      return Files.readAllBytes(Path.of(PopulationWrongMessageTest.class.getResource("/golden/" + file).toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
