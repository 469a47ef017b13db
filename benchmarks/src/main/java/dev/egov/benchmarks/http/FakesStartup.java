package dev.egov.benchmarks.http;

import dev.egov.fakes.server.EgovFakes;
import dev.egov.fakes.server.FakeResponse;
import dev.egov.fakes.server.FakesOptions;
import dev.egov.fakes.server.Route;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Start-up time of the in-process fakes, in this (fresh) JVM: {@code EgovFakes.start} cold, then the first answered
 * request; then the same warm (a second instance), for HTTP and HTTPS (which generates certificates). Reported, not a
 * target. Run it several times, each in its own JVM:
 *
 * <pre>
 * for i in 1 2 3; do java -cp benchmarks/target/benchmarks.jar dev.egov.benchmarks.http.FakesStartup; done
 * </pre>
 */
public final class FakesStartup {

  private FakesStartup() {}

  /**
   * Measures and prints one line per variant.
   *
   * @param args none
   * @throws IOException if the first request fails
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    measure(out, "http, cold", FakesOptions.defaults());
    measure(out, "http, warm", FakesOptions.defaults());
    measure(out, "https, first", FakesOptions.builder().https(true).build());
    measure(out, "https, second", FakesOptions.builder().https(true).build());
  }

  private static void measure(PrintStream out, String label, FakesOptions options) throws IOException {
    long t0 = System.nanoTime();
    try (EgovFakes fakes = EgovFakes.start(options)) {
      long started = System.nanoTime();
      fakes.handle(Route.parse("GET /health"), request -> FakeResponse.json(200, "{}"));
      OkHttpClient.Builder builder = new OkHttpClient.Builder();
      if (fakes.isHttps()) {
        builder.sslSocketFactory(fakes.trust().sslSocketFactory(), fakes.trust().trustManager());
      }
      long beforeRequest = System.nanoTime();
      try (Response response = builder.build().newCall(
          new Request.Builder().url(fakes.url("/health").toString()).build()).execute()) {
        response.body().string();
      }
      long answered = System.nanoTime();
      out.printf("%-14s start %7.1f ms, first request (client included) %7.1f ms%n", label,
          (started - t0) / 1e6, (answered - beforeRequest) / 1e6);
    }
  }
}
