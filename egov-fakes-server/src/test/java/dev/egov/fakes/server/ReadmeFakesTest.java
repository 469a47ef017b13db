package dev.egov.fakes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the README's block {@code <!-- snippet: fakes-server, run by <this file> -->}: its code is the body of
 * {@link #snippet()} between the {@code // README} markers, and {@link #readmeBlock_isTheCodeRunHere()} checks that
 * the two are the same text, line for line.
 */
@Timeout(60)
class ReadmeFakesTest {

  private static final String SNIPPET = "fakes-server";
  private static final String THIS_SOURCE = "egov-fakes-server/src/test/java/dev/egov/fakes/server/ReadmeFakesTest.java";

  @Test
  void snippet_runs_asTheReadmeSays() throws Exception {
    List<RecordedCall> calls = snippet();
    assertThat(calls).extracting(RecordedCall::fault).containsExactlyInAnyOrder("stall", "too-many-requests");
    assertThat(calls).extracting(RecordedCall::status).containsExactlyInAnyOrder(200, 429);
  }

  private static List<RecordedCall> snippet() throws Exception {
    List<RecordedCall> recorded = new ArrayList<>();
    // README
    try (EgovFakes fakes = EgovFakes.start(FakesOptions.builder().https(true).seed(42).build())) {
      Route health = Route.parse("GET /health");
      fakes.handle(health, request -> FakeResponse.json(200, "{\"status\":\"UP\"}"));
      fakes.faults().next(health, 1, Fault.stall(Phase.AFTER_HEADERS, Duration.ofSeconds(3)));
      fakes.faults().next(health, 1, Fault.tooManyRequests(Duration.ofSeconds(30)));

      OkHttpClient client = new OkHttpClient.Builder()
          .sslSocketFactory(fakes.trust().sslSocketFactory(), fakes.trust().trustManager())
          .readTimeout(Duration.ofMillis(1500))
          .build();
      Request request = new Request.Builder().url(fakes.url("/health").toString()).build();
      try (Response stalled = client.newCall(request).execute()) {   // 200 and headers, then nothing
        assertThatThrownBy(() -> stalled.body().string()).isInstanceOf(SocketTimeoutException.class);
      }
      try (Response limited = client.newCall(request).execute()) {
        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("30");
      }
      recorded.add(fakes.calls().take(Duration.ofSeconds(5)).orElseThrow());   // in order of completion:
      recorded.add(fakes.calls().take(Duration.ofSeconds(5)).orElseThrow());   // the 429, then the stall
      fakes.clock().advance(Duration.ofMinutes(61));   // tokens and sessions of fakes expire on this clock
    }
    // README
    return recorded;
  }

  @Test
  void readmeBlock_isTheCodeRunHere() throws IOException {
    Path root = repositoryRoot();
    List<String> readme = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8);
    String marker = "<!-- snippet: " + SNIPPET + ", run by " + THIS_SOURCE + " -->";
    int at = readme.indexOf(marker);
    assertThat(at).as("README.md has the line %s", marker).isNotNegative();
    assertThat(readme.get(at + 1)).isEqualTo("```java");
    int end = readme.subList(at + 2, readme.size()).indexOf("```") + at + 2;
    List<String> block = readme.subList(at + 2, end);

    List<String> source = Files.readAllLines(root.resolve(THIS_SOURCE), StandardCharsets.UTF_8);
    int first = source.indexOf("    // README");
    int last = source.subList(first + 1, source.size()).indexOf("    // README") + first + 1;
    List<String> code = source.subList(first + 1, last).stream()
        .map(line -> line.startsWith("    ") ? line.substring(4) : line).toList();
    assertThat(block).containsExactlyElementsOf(code);
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no folder holding mvnw above the working directory");
  }
}
