package dev.egov.fakes.server;

import dev.egov.fakes.server.internal.Certificates;
import dev.egov.fakes.server.internal.FakesCore;
import java.net.URI;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Fakes on a real HTTP server on loopback: endpoints registered as {@linkplain FakeHandler handlers}, scriptable
 * synthetic {@linkplain Fault faults}, {@linkplain RecordedCalls recorded calls}, a {@linkplain FakeClock controllable
 * clock}, TLS with generated certificates, and a {@linkplain #reset() reset} to the seeded state. The fake national
 * systems are built on it; this class knows no message of its own.
 *
 * <pre>{@code
 * try (EgovFakes fakes = EgovFakes.start(FakesOptions.builder().https(true).build())) {
 *   fakes.handle(Route.parse("GET /health"), request -> FakeResponse.json(200, "{\"status\":\"UP\"}"));
 *   URI url = fakes.url("/health");            // https://127.0.0.1:<free port>/health
 *   TrustMaterial trust = fakes.trust();       // for the client's TLS
 *   fakes.faults().next(Route.parse("GET /health"), 1, Fault.tooManyRequests(Duration.ofSeconds(30)));
 *   // ... call it ...
 *   RecordedCall call = fakes.calls().take(Duration.ofSeconds(1)).orElseThrow();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every socket has Nagle's algorithm off.
 */
public final class EgovFakes implements AutoCloseable {

  /** The administration endpoint's path prefix (when {@link FakesOptions#admin()} is on). */
  public static final String ADMIN_PREFIX = FakesCore.ADMIN_PREFIX;

  private final FakesCore core;
  private final URI baseUrl;

  private EgovFakes(FakesCore core) {
    this.core = core;
    String host = core.options().bindAddress();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    this.baseUrl = URI.create((core.options().https() ? "https" : "http") + "://" + host + ":" + core.port() + "/");
  }

  /**
   * Starts the fakes with the {@linkplain FakesOptions#defaults() defaults}: plain HTTP on a free loopback port.
   *
   * @return the running fakes; close them
   * @throws FakesException if the server does not start
   */
  public static EgovFakes start() {
    return start(FakesOptions.defaults());
  }

  /**
   * Starts the fakes.
   *
   * @param options the options
   * @return the running fakes; close them
   * @throws FakesException if the server does not start or the certificates cannot be generated
   */
  public static EgovFakes start(FakesOptions options) {
    return new EgovFakes(new FakesCore(Objects.requireNonNull(options, "options")));
  }

  /**
   * Registers an endpoint, replacing any handler of the same method and path.
   *
   * @param route an exact method and path (no {@code *})
   * @param handler the handler
   * @return these fakes
   * @throws IllegalArgumentException if the route has a {@code *}
   */
  public EgovFakes handle(Route route, FakeHandler handler) {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(handler, "handler");
    if (route.method().equals("*") || route.path().equals("*")) {
      throw new IllegalArgumentException("route: a handler needs an exact method and path");
    }
    core.handle(route.method(), route.path(), handler);
    return this;
  }

  /**
   * The base URL, ending in {@code /}.
   *
   * @return {@code http://127.0.0.1:port/} or {@code https://…}
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The URL of a path.
   *
   * @param path a path starting with {@code /}, optionally with a query
   * @return the absolute URL
   */
  public URI url(String path) {
    if (!Objects.requireNonNull(path, "path").startsWith("/")) {
      throw new IllegalArgumentException("path: must start with '/'");
    }
    return baseUrl.resolve(path);
  }

  /**
   * The port listened on.
   *
   * @return the port
   */
  public int port() {
    return core.port();
  }

  /**
   * Whether the fakes serve HTTPS.
   *
   * @return {@code true} with TLS
   */
  public boolean isHttps() {
    return core.options().https();
  }

  /**
   * What a client needs to trust the fakes (and, with mutual TLS, to be trusted by them).
   *
   * @return the trust material
   * @throws FakesException with {@link FakesException.Code#NOT_HTTPS} if the fakes run without TLS
   */
  public TrustMaterial trust() {
    Certificates certificates = core.certificates();
    if (certificates == null) {
      throw new FakesException(FakesException.Code.NOT_HTTPS, "the fakes were started without https");
    }
    return certificates.trust();
  }

  /**
   * The scripted faults.
   *
   * @return the fault script
   */
  public Faults faults() {
    return core.faults();
  }

  /**
   * The recorded calls.
   *
   * @return the bounded recording
   */
  public RecordedCalls calls() {
    return core.recorder();
  }

  /**
   * The fakes' clock, standing still until set or advanced.
   *
   * @return the clock
   */
  public FakeClock clock() {
    return core.clock();
  }

  /**
   * The seeded random source faults draw from, for fakes that draw data too; re-seeded by {@link #reset()}. Not
   * thread-safe: draw under {@code synchronized (fakes.faults())}.
   *
   * @return the random source
   */
  public RandomGenerator random() {
    return core.faults().random();
  }

  /**
   * Adds a hook that {@link #reset()} runs, for fakes with state of their own (issued tokens, stored dossiers).
   *
   * @param hook the hook
   * @return these fakes
   */
  public EgovFakes onReset(Runnable hook) {
    core.onReset(Objects.requireNonNull(hook, "hook"));
    return this;
  }

  /**
   * Returns to the seeded state between tests: the clock to its start, the random source re-seeded, faults and rates
   * removed, recorded calls forgotten, then every {@linkplain #onReset(Runnable) reset hook} run. Endpoints stay.
   */
  public void reset() {
    core.reset();
  }

  /** Stops the server; stalled and delayed exchanges end at once. */
  @Override
  public void close() {
    core.close();
  }

  @Override
  public String toString() {
    return "EgovFakes[" + baseUrl + "]";
  }
}
