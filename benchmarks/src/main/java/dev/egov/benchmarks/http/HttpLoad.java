package dev.egov.benchmarks.http;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Loopback load harness behind {@code docs/adr/0009-fakes-http-server.md}: a plain keep-alive {@code GET} of a fixed
 * 1 KB body through OkHttp, closed loop with N requests in flight (N threads calling {@code execute()}), against each
 * candidate server and, in the same run, a raw-socket server that writes a pre-built response in one {@code write()}
 * (the loopback limit on this machine). Every server disables Nagle's algorithm on its sockets; the p50 at one in
 * flight shows it (about 44 ms per request when a server writes headers and body in two segments with Nagle on).
 *
 * <p>Each (server, N) cell: a warm-up, then rounds; requests/s is the mean over the rounds ± standard deviation,
 * latency percentiles are pooled over the rounds. OkHttp's pool and dispatcher are sized for the concurrency
 * ({@code max(64, 2N)} idle connections and requests per host), so the client is not the bottleneck.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.egov.benchmarks.http.HttpLoad [warmupMs] [roundMs] [rounds] [servers]
 * java -cp benchmarks/target/benchmarks.jar dev.egov.benchmarks.http.HttpLoad 1000 1000 3 raw,jdk,jetty,jetty-nb,undertow,mockwebserver,egov
 * </pre>
 *
 * <p>The raw server exists only here, as the limit: it is not a product and must never become one.
 */
public final class HttpLoad {

  /** The fixed response body: 1,024 bytes of JSON-looking ASCII. */
  static final byte[] BODY = body();

  private static final int[] IN_FLIGHT = {1, 8, 64};

  private HttpLoad() {}

  /**
   * Runs the measurement and prints a Markdown table.
   *
   * @param args warm-up ms, round ms, rounds, comma-separated server names (all optional)
   * @throws Exception if a server fails to start
   */
  public static void main(String[] args) throws Exception {
    // The JDK server reads this once, when its classes initialise: set before any of them load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    long warmupMs = args.length > 0 ? Long.parseLong(args[0]) : 1000;
    long roundMs = args.length > 1 ? Long.parseLong(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String> names = Arrays.asList(
        (args.length > 3 ? args[3] : "raw,jdk,jetty,undertow,mockwebserver,egov").split(","));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("| server | in flight | rps (± sd) | × raw | p50 ms | p99 ms | p99.9 ms |%n|---|---|---|---|---|---|---|%n");
    double[] raw = new double[IN_FLIGHT.length];
    // Interleave: for each concurrency, every server in turn, so that a load spike from another process hits all.
    for (int i = 0; i < IN_FLIGHT.length; i++) {
      int n = IN_FLIGHT[i];
      for (String name : names) {
        try (LoadServer server = LoadServer.start(name.trim().toLowerCase(Locale.ROOT))) {
          Cell cell = measure(server.port(), n, warmupMs, roundMs, rounds);
          if (name.equals("raw")) {
            raw[i] = cell.mean;
          }
          out.printf(Locale.ROOT, "| %s | %d | %,.0f ± %,.0f | %s | %.3f | %.3f | %.3f |%n", server.label(), n,
              cell.mean, cell.sd, raw[i] > 0 ? String.format(Locale.ROOT, "%.2f", cell.mean / raw[i]) : "–",
              cell.p50, cell.p99, cell.p999);
        }
      }
    }
  }

  /** One (server, concurrency) result. */
  record Cell(double mean, double sd, double p50, double p99, double p999) {}

  static Cell measure(int port, int inFlight, long warmupMs, long roundMs, int rounds) throws InterruptedException {
    int pool = Math.max(64, 2 * inFlight);
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(pool);
    dispatcher.setMaxRequestsPerHost(pool);
    OkHttpClient client = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(pool, 5, TimeUnit.MINUTES))
        .dispatcher(dispatcher)
        .retryOnConnectionFailure(false)
        .readTimeout(Duration.ofSeconds(10))
        .build();
    Request request = new Request.Builder().url("http://127.0.0.1:" + port + "/load").build();
    try {
      run(client, request, inFlight, warmupMs, null);
      double[] rps = new double[rounds];
      List<long[]> latencies = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        List<long[]> roundLatencies = new ArrayList<>();
        long count = run(client, request, inFlight, roundMs, roundLatencies);
        rps[r] = count * 1000.0 / roundMs;
        latencies.addAll(roundLatencies);
      }
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v >= 0).sorted().toArray();
      double mean = Arrays.stream(rps).average().orElse(0);
      double sd = Math.sqrt(Arrays.stream(rps).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, rounds - 1));
      return new Cell(mean, sd, pct(all, 0.50), pct(all, 0.99), pct(all, 0.999));
    } finally {
      dispatcher.executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
  }

  /** N threads issue requests back to back for {@code ms}; returns the completed count. */
  private static long run(OkHttpClient client, Request request, int inFlight, long ms, List<long[]> latencies)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    long[] counts = new long[inFlight];
    long[][] lat = new long[inFlight][];
    CountDownLatch done = new CountDownLatch(inFlight);
    Thread[] threads = new Thread[inFlight];
    for (int t = 0; t < inFlight; t++) {
      int id = t;
      threads[t] = new Thread(() -> {
        long[] mine = new long[1 << 16];
        Arrays.fill(mine, -1);
        int k = 0;
        try {
          while (!stop.get()) {
            long start = System.nanoTime();
            try (Response response = client.newCall(request).execute()) {
              ResponseBody body = response.body();
              if (body.bytes().length != BODY.length || response.code() != 200) {
                throw new IllegalStateException("unexpected response " + response.code());
              }
            }
            long took = System.nanoTime() - start;
            if (!stop.get()) {
              counts[id]++;
              if (k == mine.length) {
                long[] grown = Arrays.copyOf(mine, k * 2);
                Arrays.fill(grown, k, grown.length, -1);
                mine = grown;
              }
              mine[k++] = took;
            }
          }
        } catch (java.io.IOException e) {
          throw new IllegalStateException("request failed", e);
        } finally {
          lat[id] = mine;
          done.countDown();
        }
      }, "load-" + t);
      threads[t].start();
    }
    Thread.sleep(ms);
    stop.set(true);
    done.await();
    if (latencies != null) {
      latencies.addAll(Arrays.asList(lat));
    }
    return Arrays.stream(counts).sum();
  }

  private static byte[] body() {
    StringBuilder json = new StringBuilder("{\"items\":[");
    int i = 0;
    while (json.length() < 1000) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(1000 + i).append(",\"v\":\"abcdefghij\"}");
      i++;
    }
    json.append("],\"pad\":\"");
    while (json.length() < 1022) {
      json.append('x');
    }
    json.setLength(1022);
    json.append("\"}");
    byte[] bytes = json.toString().getBytes(StandardCharsets.US_ASCII);
    if (bytes.length != 1024) {
      throw new IllegalStateException("body is " + bytes.length + " bytes");
    }
    return bytes;
  }
}
