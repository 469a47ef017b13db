package dev.egov.fakes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class EgovFakesTest {

  private static final Route HEALTH = Route.parse("GET /health");
  private static final String UP = """
      {"status":"UP"}""";

  private static EgovFakes startWithHealth(FakesOptions options) {
    EgovFakes fakes = EgovFakes.start(options);
    fakes.handle(HEALTH, request -> FakeResponse.json(200, UP));
    return fakes;
  }

  private static OkHttpClient client(EgovFakes fakes, Duration readTimeout) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .readTimeout(readTimeout)
        .retryOnConnectionFailure(false)
        .connectionPool(new ConnectionPool(4, 1, TimeUnit.MINUTES));
    if (fakes.isHttps()) {
      builder.sslSocketFactory(fakes.trust().sslSocketFactory(), fakes.trust().trustManager());
    }
    return builder.build();
  }

  private static Request get(EgovFakes fakes, String path) {
    return new Request.Builder().url(fakes.url(path).toString()).build();
  }

  @Test
  void https_stallAfterHeadersThen429WithRetryAfter_recordedInOrder() throws Exception {
    try (EgovFakes fakes = startWithHealth(FakesOptions.builder().https(true).build())) {
      // A read timeout long enough for a TLS handshake on a loaded machine, and a stall well beyond it.
      OkHttpClient client = client(fakes, Duration.ofMillis(1500));
      fakes.faults().next(HEALTH, 1, Fault.stall(Phase.AFTER_HEADERS, Duration.ofMillis(3000)));
      fakes.faults().next(HEALTH, 1, Fault.tooManyRequests(Duration.ofSeconds(30)));

      try (Response stalled = client.newCall(get(fakes, "/health")).execute()) {
        assertThat(stalled.code()).isEqualTo(200);
        assertThat(stalled.header(Fault.HEADER)).isEqualTo("stall");
        assertThatThrownBy(() -> stalled.body().string()).isInstanceOf(SocketTimeoutException.class);
      }
      try (Response limited = client.newCall(get(fakes, "/health?access_token=abc")).execute()) {
        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("30");
        assertThat(limited.header(Fault.HEADER)).isEqualTo("too-many-requests");
        assertThat(limited.body().string()).contains("synthetic");
      }
      try (Response normal = client.newCall(get(fakes, "/health")).execute()) {
        assertThat(normal.code()).isEqualTo(200);
        assertThat(normal.body().string()).isEqualTo(UP);
      }

      RecordedCall first = fakes.calls().take(Duration.ofSeconds(5)).orElseThrow();
      RecordedCall second = fakes.calls().take(Duration.ofSeconds(5)).orElseThrow();
      RecordedCall third = fakes.calls().take(Duration.ofSeconds(5)).orElseThrow();
      // The stalled exchange ends (and is recorded) after the 429 and the normal call.
      assertThat(java.util.List.of(first, second, third)).extracting(RecordedCall::fault)
          .containsExactlyInAnyOrder("stall", "too-many-requests", null);
      RecordedCall stall = fakes.calls().all().stream().filter(c -> "stall".equals(c.fault())).findFirst().orElseThrow();
      assertThat(stall.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(3000));
      assertThat(stall.status()).isEqualTo(200);
      RecordedCall limited = fakes.calls().all().stream()
          .filter(c -> "too-many-requests".equals(c.fault())).findFirst().orElseThrow();
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.query()).isEqualTo("access_token=[redacted]");
      assertThat(limited.receivedAt()).isEqualTo(FakesOptions.DEFAULT_CLOCK_START);
      assertThat(fakes.calls().take(Duration.ofMillis(50))).isEmpty();
    }
  }

  @Test
  void mutualTls_clientWithCertificate_answered_clientWithout_refused() throws Exception {
    try (EgovFakes fakes = startWithHealth(FakesOptions.builder().mutualTls(true).build())) {
      assertThat(fakes.trust().clientKeyManager()).isPresent();
      assertThat(fakes.trust().clientCertificatePem()).get().asString().startsWith("-----BEGIN CERTIFICATE-----");
      try (Response ok = client(fakes, Duration.ofSeconds(5)).newCall(get(fakes, "/health")).execute()) {
        assertThat(ok.code()).isEqualTo(200);
      }
      javax.net.ssl.SSLContext trustOnly = javax.net.ssl.SSLContext.getInstance("TLS");
      trustOnly.init(null, new javax.net.ssl.TrustManager[] {fakes.trust().trustManager()}, null);
      OkHttpClient anonymous = new OkHttpClient.Builder()
          .sslSocketFactory(trustOnly.getSocketFactory(), fakes.trust().trustManager()).build();
      assertThatThrownBy(() -> {
        try (Response r = anonymous.newCall(get(fakes, "/health")).execute()) {
          r.body().string();
        }
      }).isInstanceOf(IOException.class);
    }
  }

  @Test
  void recording_secretsRedacted_bodyKept() throws Exception {
    try (EgovFakes fakes = EgovFakes.start()) {
      fakes.handle(Route.parse("POST /token"), request -> FakeResponse.json(200, """
          {"access_token":"issued"}"""));
      String body = """
          {"username":"tester","password":"hunter2","note":"kept"}""";
      Request request = new Request.Builder().url(fakes.url("/token").toString())
          .header("Authorization", "Basic dGVzdGVyOmh1bnRlcjI=")
          .header("Cookie", "SESSION=1")
          .header("X-Api-Key", "k")
          .header("X-Request-Id", "r-1")
          .post(RequestBody.create(body, MediaType.get("application/json")))
          .build();
      try (Response response = client(fakes, Duration.ofSeconds(5)).newCall(request).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      RecordedCall call = fakes.calls().take(Duration.ofSeconds(5)).orElseThrow();
      assertThat(call.method()).isEqualTo("POST");
      assertThat(call.header("authorization")).contains("[redacted]");
      assertThat(call.header("cookie")).contains("[redacted]");
      assertThat(call.header("x-api-key")).contains("[redacted]");
      assertThat(call.header("x-request-id")).contains("r-1");
      assertThat(call.bodyText()).isEqualTo("""
          {"username":"tester","password":"[redacted]","note":"kept"}""");
      assertThat(call.toString()).doesNotContain("hunter2");
    }
  }

  @Test
  void recording_bufferFull_oldestDropped() throws Exception {
    try (EgovFakes fakes = startWithHealth(FakesOptions.builder().recordingCapacity(3).build())) {
      OkHttpClient client = client(fakes, Duration.ofSeconds(5));
      for (int i = 0; i < 5; i++) {
        try (Response r = client.newCall(get(fakes, "/health")).execute()) {
          r.body().string();
        }
      }
      assertThat(fakes.calls().count()).isEqualTo(5);
      assertThat(fakes.calls().dropped()).isEqualTo(2);
      assertThat(fakes.calls().all()).extracting(RecordedCall::sequence).containsExactly(3L, 4L, 5L);
    }
  }

  @Test
  void faults_eachKind_saysSynthetic() throws Exception {
    try (EgovFakes fakes = startWithHealth(FakesOptions.defaults())) {
      OkHttpClient client = client(fakes, Duration.ofSeconds(5));
      fakes.faults().next(HEALTH, 1, Fault.status(503));
      fakes.faults().next(HEALTH, 1, Fault.malformedBody());
      fakes.faults().next(HEALTH, 1, Fault.wrongContentType());
      fakes.faults().next(HEALTH, 1, Fault.delay(Phase.DURING_BODY, Duration.ofMillis(20)));
      try (Response r = client.newCall(get(fakes, "/health")).execute()) {
        assertThat(r.code()).isEqualTo(503);
        assertThat(r.body().string()).contains("synthetic");
      }
      try (Response r = client.newCall(get(fakes, "/health")).execute()) {
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.body().string()).startsWith("{\"syntheticFault\":\"malformed-body\"").doesNotEndWith("}");
      }
      try (Response r = client.newCall(get(fakes, "/health")).execute()) {
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body().string()).contains("Synthetic fault");
      }
      try (Response r = client.newCall(get(fakes, "/health")).execute()) {
        assertThat(r.header(Fault.HEADER)).isEqualTo("delay");
        assertThat(r.body().string()).isEqualTo(UP);
      }
    }
  }

  @Test
  void faults_truncatedBodyAndDisconnect_failTheClient() throws Exception {
    try (EgovFakes fakes = startWithHealth(FakesOptions.defaults())) {
      OkHttpClient client = client(fakes, Duration.ofSeconds(5));
      fakes.faults().next(HEALTH, 1, Fault.truncatedBody());
      fakes.faults().next(HEALTH, 1, Fault.disconnect(Phase.BEFORE_RESPONSE));
      try (Response r = client.newCall(get(fakes, "/health")).execute()) {
        assertThat(r.header(Fault.HEADER)).isEqualTo("truncated-body");
        assertThatThrownBy(() -> r.body().string()).isInstanceOf(IOException.class);
      }
      assertThatThrownBy(() -> client.newCall(get(fakes, "/health")).execute().close())
          .isInstanceOf(IOException.class);
      assertThat(fakes.calls().take(Duration.ofSeconds(5))).isPresent();
      RecordedCall disconnect = fakes.calls().take(Duration.ofSeconds(5)).orElseThrow();
      assertThat(disconnect.fault()).isEqualTo("disconnect");
      assertThat(disconnect.status()).isZero();
    }
  }

  @Test
  void rates_sameSeed_sameSequenceOfOutcomes() throws Exception {
    assertThat(outcomes(7)).isEqualTo(outcomes(7)).contains(200, 500);
  }

  private static java.util.List<Integer> outcomes(long seed) throws IOException {
    try (EgovFakes fakes = startWithHealth(FakesOptions.builder().seed(seed).build())) {
      fakes.faults().rates(HEALTH, FaultRates.errors(0.5, 500));
      OkHttpClient client = client(fakes, Duration.ofSeconds(5));
      java.util.List<Integer> codes = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        try (Response r = client.newCall(get(fakes, "/health")).execute()) {
          codes.add(r.code());
        }
      }
      return codes;
    }
  }

  @Test
  void reset_returnsClockFaultsAndRecordingToSeededState() throws Exception {
    try (EgovFakes fakes = startWithHealth(FakesOptions.defaults())) {
      int[] hooks = {0};
      fakes.onReset(() -> hooks[0]++);
      Instant start = fakes.clock().instant();
      fakes.clock().advance(Duration.ofHours(2));
      fakes.faults().next(HEALTH, 5, Fault.status(500));
      try (Response r = client(fakes, Duration.ofSeconds(5)).newCall(get(fakes, "/health")).execute()) {
        assertThat(r.code()).isEqualTo(500);
      }
      fakes.reset();
      assertThat(fakes.clock().instant()).isEqualTo(start);
      assertThat(fakes.calls().all()).isEmpty();
      assertThat(hooks[0]).isEqualTo(1);
      try (Response r = client(fakes, Duration.ofSeconds(5)).newCall(get(fakes, "/health")).execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
    }
  }

  @Test
  void unknownRoute_404_recorded() throws Exception {
    try (EgovFakes fakes = EgovFakes.start()) {
      try (Response r = client(fakes, Duration.ofSeconds(5)).newCall(get(fakes, "/nothing")).execute()) {
        assertThat(r.code()).isEqualTo(404);
      }
      assertThat(fakes.calls().take(Duration.ofSeconds(5))).get().extracting(RecordedCall::status).isEqualTo(404);
    }
  }

  @Test
  void trust_withoutHttps_typedError() {
    try (EgovFakes fakes = EgovFakes.start()) {
      assertThatThrownBy(fakes::trust).isInstanceOf(FakesException.class)
          .extracting(e -> ((FakesException) e).code()).isEqualTo(FakesException.Code.NOT_HTTPS);
    }
  }

  /**
   * Not a performance claim: with Nagle's algorithm on, each keep-alive exchange would wait for the client's delayed
   * ACK (about 40 ms), so 50 sequential requests would take 2 s; the bound leaves a loaded machine 25 times the
   * typical time.
   */
  @Test
  void keepAlive_sequentialRequests_noNagleDelay() throws Exception {
    try (EgovFakes fakes = startWithHealth(FakesOptions.defaults())) {
      OkHttpClient client = client(fakes, Duration.ofSeconds(5));
      for (int i = 0; i < 20; i++) {
        try (Response r = client.newCall(get(fakes, "/health")).execute()) {
          r.body().string();
        }
      }
      // Nagle's algorithm against delayed ACKs holds every small response about 40 ms, so even the fastest of 50
      // would take that long; a loaded machine slows some requests but not all (a total would fail under load).
      long[] nanos = new long[50];
      for (int i = 0; i < nanos.length; i++) {
        long start = System.nanoTime();
        try (Response r = client.newCall(get(fakes, "/health")).execute()) {
          r.body().string();
        }
        nanos[i] = System.nanoTime() - start;
      }
      java.util.Arrays.sort(nanos);
      assertThat(Duration.ofNanos(nanos[nanos.length / 10])).isLessThan(Duration.ofMillis(25));
      assertThat(client.connectionPool().connectionCount()).isEqualTo(1);
    }
  }
}
