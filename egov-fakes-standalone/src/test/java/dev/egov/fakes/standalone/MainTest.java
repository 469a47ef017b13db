package dev.egov.fakes.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.fakes.server.EgovFakes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> send(String method, URI url, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10));
    request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void main_adminEndpoint_scriptsFaultOverHttp_recordsAndResets() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (EgovFakes fakes = Main.start(new String[] {"--port", "0", "--seed", "42"},
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("listening on http://127.0.0.1:");
      URI admin = fakes.url("/__admin/faults");
      HttpResponse<String> scripted = send("POST", admin, """
          {"route":"GET /health","times":1,"fault":{"type":"too-many-requests","retryAfter":"PT30S"}}""");
      assertThat(scripted.statusCode()).isEqualTo(201);

      HttpResponse<String> limited = send("GET", fakes.url("/health"), null);
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).contains("30");
      assertThat(send("GET", fakes.url("/health"), null).statusCode()).isEqualTo(200);

      JsonNode calls = JSON.readTree(send("GET", fakes.url("/__admin/calls"), null).body());
      assertThat(calls.get("count").asLong()).isEqualTo(2);
      assertThat(calls.get("calls").get(0).get("fault").asText()).isEqualTo("too-many-requests");
      assertThat(calls.get("calls").get(0).get("status").asInt()).isEqualTo(429);

      JsonNode clock = JSON.readTree(send("POST", fakes.url("/__admin/clock"), """
          {"advance":"PT61M"}""").body());
      assertThat(clock.get("instant").asText()).isEqualTo("2026-01-05T02:01:00Z");

      assertThat(send("POST", fakes.url("/__admin/reset"), null).statusCode()).isEqualTo(204);
      assertThat(fakes.calls().all()).isEmpty();
      assertThat(fakes.clock().instant()).isEqualTo(java.time.Instant.parse("2026-01-05T01:00:00Z"));
    }
  }

  @Test
  void admin_badFault_400WithCode() throws Exception {
    try (EgovFakes fakes = Main.start(new String[] {"--port", "0"}, new PrintStream(new ByteArrayOutputStream(),
        true, StandardCharsets.UTF_8))) {
      HttpResponse<String> bad = send("POST", fakes.url("/__admin/faults"), """
          {"route":"GET /health","fault":{"type":"meteor"}}""");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).get("code").asText()).isEqualTo("BAD_ADMIN_REQUEST");
    }
  }

  @Test
  void openApi_servedAs31_describesEveryAdminOperation() throws Exception {
    try (EgovFakes fakes = Main.start(new String[] {"--port", "0"}, new PrintStream(new ByteArrayOutputStream(),
        true, StandardCharsets.UTF_8))) {
      JsonNode doc = JSON.readTree(send("GET", fakes.url("/__admin/openapi.json"), null).body());
      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
      JsonNode paths = doc.get("paths");
      String[][] operations = {{"/__admin/faults", "post"}, {"/__admin/faults", "delete"}, {"/__admin/calls", "get"},
          {"/__admin/calls", "delete"}, {"/__admin/clock", "get"}, {"/__admin/clock", "post"},
          {"/__admin/reset", "post"}, {"/__admin/openapi.json", "get"}};
      for (String[] op : operations) {
        assertThat(paths.path(op[0]).has(op[1])).as(op[0] + " " + op[1]).isTrue();
        HttpResponse<String> answered = send(op[1].toUpperCase(java.util.Locale.ROOT), fakes.url(op[0]),
            op[1].equals("post") && op[0].endsWith("clock") ? "{\"reset\":true}"
                : op[1].equals("post") && op[0].endsWith("faults") ? "{\"route\":\"* *\",\"fault\":{\"type\":\"status\"}}"
                : null);
        assertThat(answered.statusCode()).as(op[0] + " " + op[1]).isBetween(200, 299);
      }
    }
  }

  @Test
  void start_unknownOption_illegalArgument() {
    assertThatThrownBy(() -> Main.start(new String[] {"--frobnicate"}, System.out))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
