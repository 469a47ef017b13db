package dev.egov.benchmarks.http;

import dev.egov.fakes.server.EgovFakes;
import dev.egov.fakes.server.FakeResponse;
import dev.egov.fakes.server.Route;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A million requests (by default) against the in-process fakes, 8 in flight through OkHttp, printing the used heap
 * after full collections and the live thread count every tenth of the way: both must stay flat (the recording buffer
 * is bounded). Run by hand, not by CI:
 *
 * <pre>
 * java -Xms256m -Xmx256m -cp benchmarks/target/benchmarks.jar dev.egov.benchmarks.http.FakesSoak [requests] [inFlight]
 * </pre>
 */
public final class FakesSoak {

  private FakesSoak() {}

  /**
   * Runs the soak.
   *
   * @param args number of requests (default 1,000,000) and requests in flight (default 8)
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (EgovFakes fakes = EgovFakes.start()) {
      FakeResponse body = new FakeResponse(200, Map.of("Content-Type", "application/json"), HttpLoad.BODY);
      fakes.handle(Route.parse("GET /load"), request -> body);
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(64);
      OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher)
          .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).readTimeout(Duration.ofSeconds(10)).build();
      Request request = new Request.Builder().url(fakes.url("/load?access_token=x").toString())
          .header("Authorization", "Bearer x").build();
      AtomicLong issued = new AtomicLong();
      AtomicLong done = new AtomicLong();
      long step = total / 10;
      out.printf("%12s %14s %8s %12s %10s%n", "requests", "heap used B", "threads", "recorded", "elapsed s");
      report(out, 0, memory, threads, fakes, 0);
      long start = System.nanoTime();
      CountDownLatch finished = new CountDownLatch(inFlight);
      for (int t = 0; t < inFlight; t++) {
        new Thread(() -> {
          try {
            while (issued.incrementAndGet() <= total) {
              try (Response response = client.newCall(request).execute()) {
                if (response.body().bytes().length != HttpLoad.BODY.length) {
                  throw new IllegalStateException("short body");
                }
              }
              long n = done.incrementAndGet();
              if (n % step == 0) {
                synchronized (FakesSoak.class) {
                  report(out, n, memory, threads, fakes, System.nanoTime() - start);
                }
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            finished.countDown();
          }
        }, "soak-" + t).start();
      }
      finished.await();
      dispatcher.executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static void report(PrintStream out, long n, MemoryMXBean memory, ThreadMXBean threads, EgovFakes fakes,
      long elapsedNanos) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    out.printf("%,12d %,14d %8d %,12d %10.1f%n", n, used, threads.getThreadCount(), fakes.calls().all().size(),
        elapsedNanos / 1e9);
  }
}
