package dev.egov.fakes.server.internal;

import dev.egov.fakes.server.FakeClock;
import dev.egov.fakes.server.FakeHandler;
import dev.egov.fakes.server.FakeRequest;
import dev.egov.fakes.server.FakeResponse;
import dev.egov.fakes.server.FakesException;
import dev.egov.fakes.server.FakesOptions;
import dev.egov.fakes.server.Fault;
import dev.egov.fakes.server.Phase;
import dev.egov.fakes.server.RecordedCall;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * The fakes' state and their Jetty server: endpoints, faults, recording, clock, reset hooks. Every exchange runs on a
 * Jetty pool thread and may block (delays and stalls wait on a latch that {@link #close()} opens).
 */
public final class FakesCore implements AutoCloseable {

  /** The administration endpoint's path prefix. */
  public static final String ADMIN_PREFIX = "/__admin";

  private static final byte[] NO_ENDPOINT =
      "{\"error\":\"no fake endpoint for this method and path\"}".getBytes(StandardCharsets.UTF_8);

  private final FakesOptions options;
  private final FakeClock clock;
  private final FaultBook faults;
  private final CallRecorder recorder;
  private final Map<String, FakeHandler> handlers = new ConcurrentHashMap<>();
  private final List<Runnable> resetHooks = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final @Nullable Certificates certificates;
  private final @Nullable AdminEndpoint admin;
  private final Server server;
  private final ServerConnector connector;

  /**
   * Starts the fakes.
   *
   * @param options the options
   * @throws FakesException if the server does not start
   */
  public FakesCore(FakesOptions options) {
    this.options = options;
    this.clock = new FakeClock(options.clockStart(), options.zone());
    this.faults = new FaultBook(options.randomSource(), options.seed());
    this.recorder = new CallRecorder(options.recordingCapacity());
    this.certificates = options.https() ? new Certificates(options.mutualTls()) : null;
    this.admin = options.admin() ? new AdminEndpoint(this) : null;
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("egov-fakes");
    threads.setDaemon(true);
    server = new Server(threads);
    server.setStopTimeout(2000);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    HttpConnectionFactory h1 = new HttpConnectionFactory(http);
    if (certificates != null) {
      SslContextFactory.Server tls = new SslContextFactory.Server();
      tls.setSslContext(certificates.serverContext());
      tls.setNeedClientAuth(options.mutualTls());
      connector = new ServerConnector(server, new SslConnectionFactory(tls, h1.getProtocol()), h1);
    } else {
      connector = new ServerConnector(server, h1);
    }
    connector.setHost(options.bindAddress());
    connector.setPort(options.port());
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        serve(request, response, callback);
        return true;
      }
    });
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly();
      throw new FakesException(FakesException.Code.START_FAILED, "the fakes' server did not start", e);
    }
  }

  /**
   * The options the fakes started with.
   *
   * @return the options
   */
  public FakesOptions options() {
    return options;
  }

  /**
   * The port listened on.
   *
   * @return the local port
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * The clock.
   *
   * @return the fake clock
   */
  public FakeClock clock() {
    return clock;
  }

  /**
   * The fault book.
   *
   * @return the faults
   */
  public FaultBook faults() {
    return faults;
  }

  /**
   * The recorder.
   *
   * @return the recorded calls
   */
  public CallRecorder recorder() {
    return recorder;
  }

  /**
   * The certificates, when serving HTTPS.
   *
   * @return the certificates, or {@code null}
   */
  public @Nullable Certificates certificates() {
    return certificates;
  }

  /**
   * Registers or replaces an endpoint.
   *
   * @param method the method
   * @param path the exact path
   * @param handler the handler
   */
  public void handle(String method, String path, FakeHandler handler) {
    handlers.put(method + " " + path, handler);
  }

  /**
   * Adds a hook run by {@link #reset()}.
   *
   * @param hook the hook
   */
  public void onReset(Runnable hook) {
    resetHooks.add(hook);
  }

  /** Returns to the seeded state: clock, random source, faults, recording, then every reset hook. */
  public void reset() {
    clock.reset();
    faults.reset();
    recorder.clear();
    resetHooks.forEach(Runnable::run);
  }

  @Override
  public void close() {
    closing.countDown();
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping: nothing left to do
    }
  }

  private void serve(Request request, Response response, Callback callback) {
    long started = System.nanoTime();
    Instant receivedAt = clock.instant();
    String method = request.getMethod();
    HttpURI uri = request.getHttpURI();
    String path = uri.getPath() == null ? "/" : uri.getPath();
    String query = uri.getQuery();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>()).add(field.getValue());
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readAllBytes();
    } catch (IOException e) {
      callback.failed(e);
      return;
    }
    if (admin != null && path.startsWith(ADMIN_PREFIX)) {
      sendWhole(response, admin.handle(method, path, query, body), null, callback, status -> { });
      return;
    }
    FakeHandler handler = handlers.get(method + " " + path);
    FakeResponse answer;
    if (handler == null) {
      answer = new FakeResponse(404, Map.of("Content-Type", "application/json"), NO_ENDPOINT);
    } else {
      try {
        answer = handler.handle(new FakeRequest(method, path, query, headers, body, receivedAt));
      } catch (Exception e) {
        answer = FakeResponse.json(500, "{\"syntheticFault\":\"handler-failed\",\"exception\":\""
            + e.getClass().getSimpleName() + "\"}");
      }
    }
    FaultBook.Plan plan = faults.plan(method, path);
    Fault fault = plan.fault();
    String faultName = fault != null ? fault.name() : plan.latency().isZero() ? null : "delay";
    String contentType = headers.containsKey("content-type") ? headers.get("content-type").get(0) : null;
    // Recorded just before the client can see the end of the exchange (its last bytes, or the connection closing),
    // so that a test that has its response also finds the call recorded.
    boolean[] recorded = {false};
    IntConsumer record = status -> {
      if (!recorded[0]) {
        recorded[0] = true;
        recorder.record(sequence -> new RecordedCall(sequence, method, path,
            query == null ? null : Redaction.form(query), Redaction.headers(headers),
            Redaction.body(body, contentType), receivedAt, Duration.ofNanos(System.nanoTime() - started), status,
            faultName));
      }
    };
    int status = exchange(request, response, callback, answer, plan, record);
    record.accept(status);
  }

  /** Runs one exchange with its planned fault; returns the status sent, or 0 if none was. */
  private int exchange(Request request, Response response, Callback callback, FakeResponse answer,
      FaultBook.Plan plan, IntConsumer record) {
    if (!plan.latency().isZero()) {
      pause(plan.latency());
    }
    Fault fault = plan.fault();
    String name = fault != null ? fault.name() : plan.latency().isZero() ? null : "delay";
    if (fault == null) {
      return sendWhole(response, answer, name, callback, record);
    }
    if (fault instanceof Fault.Status s) {
      return sendWhole(response, new FakeResponse(s.status(), Map.of("Content-Type", s.contentType()),
          s.body().getBytes(StandardCharsets.UTF_8)), name, callback, record);
    }
    if (fault instanceof Fault.TooManyRequests t) {
      long seconds = (t.retryAfter().toMillis() + 999) / 1000;
      return sendWhole(response, new FakeResponse(429,
          Map.of("Content-Type", "application/json", "Retry-After", Long.toString(seconds)),
          ("{\"syntheticFault\":\"too-many-requests\",\"retryAfterSeconds\":" + seconds
              + ",\"message\":\"synthetic fault injected by egov fakes\"}").getBytes(StandardCharsets.UTF_8)),
          name, callback, record);
    }
    if (fault instanceof Fault.MalformedBody) {
      return sendWhole(response, new FakeResponse(answer.status(), answer.headers(),
          "{\"syntheticFault\":\"malformed-body\",\"data\":[{\"unterminated\":".getBytes(StandardCharsets.UTF_8)),
          name, callback, record);
    }
    if (fault instanceof Fault.WrongContentType w) {
      Map<String, String> headers = new LinkedHashMap<>(answer.headers());
      headers.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Type"));
      headers.put("Content-Type", w.contentType());
      return sendWhole(response, new FakeResponse(answer.status(), headers,
          "<html><body><h1>Synthetic fault</h1><p>wrong content type injected by egov fakes</p></body></html>"
              .getBytes(StandardCharsets.UTF_8)), name, callback, record);
    }
    Phase phase;
    Duration wait;
    boolean resume;
    if (fault instanceof Fault.TruncatedBody) {
      phase = Phase.DURING_BODY;
      wait = Duration.ZERO;
      resume = false;
    } else if (fault instanceof Fault.Delay d) {
      phase = d.phase();
      wait = d.duration();
      resume = true;
    } else if (fault instanceof Fault.Stall s) {
      phase = s.phase();
      wait = s.duration();
      resume = false;
    } else {
      phase = ((Fault.Disconnect) fault).phase();
      wait = Duration.ZERO;
      resume = false;
    }
    byte[] body = answer.body();
    int half = body.length / 2;
    try {
      if (phase != Phase.BEFORE_RESPONSE) {
        prepare(response, answer, name);
        write(response, false, phase == Phase.AFTER_HEADERS ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body, 0, half));
      }
      pause(wait);
      if (!resume) {
        record.accept(phase == Phase.BEFORE_RESPONSE ? 0 : answer.status());
        abort(request, callback);
        return phase == Phase.BEFORE_RESPONSE ? 0 : answer.status();
      }
      if (phase == Phase.BEFORE_RESPONSE) {
        return sendWhole(response, answer, name, callback, record);
      }
      int from = phase == Phase.AFTER_HEADERS ? 0 : half;
      record.accept(answer.status());
      write(response, true, ByteBuffer.wrap(body, from, body.length - from));
      callback.succeeded();
      return answer.status();
    } catch (IOException e) {
      callback.failed(e);
      return phase == Phase.BEFORE_RESPONSE ? 0 : answer.status();
    }
  }

  private int sendWhole(Response response, FakeResponse answer, @Nullable String faultName, Callback callback,
      IntConsumer record) {
    try {
      prepare(response, answer, faultName);
      record.accept(answer.status());
      write(response, true, ByteBuffer.wrap(answer.body()));
      callback.succeeded();
      return answer.status();
    } catch (IOException e) {
      callback.failed(e);
      return answer.status();
    }
  }

  private static void prepare(Response response, FakeResponse answer, @Nullable String faultName) {
    response.setStatus(answer.status());
    answer.headers().forEach((name, value) -> {
      if (!name.equalsIgnoreCase("Content-Length")) {
        response.getHeaders().put(name, value);
      }
    });
    if (faultName != null) {
      response.getHeaders().put(Fault.HEADER, faultName);
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.bodyLength());
  }

  private static void write(Response response, boolean last, ByteBuffer content) throws IOException {
    FutureCallback done = new FutureCallback();
    response.write(last, content, done);
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing", e);
    } catch (ExecutionException e) {
      throw new IOException("write failed", e.getCause());
    }
  }

  private static void abort(Request request, Callback callback) {
    request.getConnectionMetaData().getConnection().getEndPoint().close();
    callback.failed(new IOException("synthetic fault: connection closed by egov fakes"));
  }

  private void pause(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
