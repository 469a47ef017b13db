package dev.egov.fakes.junit;

import dev.egov.fakes.server.EgovFakes;
import dev.egov.fakes.server.FakesOptions;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the egov fakes once per test class (on a free loopback port), {@linkplain EgovFakes#reset() resets} them
 * before each test, injects them into test and lifecycle methods that declare an {@link EgovFakes} parameter, and
 * stops them after the class.
 *
 * <p>With the defaults:
 *
 * <pre>{@code
 * @ExtendWith(EgovFakesExtension.class)
 * class ClientTest {
 *   @Test
 *   void health(EgovFakes fakes) { ... }
 * }
 * }</pre>
 *
 * <p>With options and endpoints, as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EgovFakesExtension FAKES = EgovFakesExtension.withOptions(FakesOptions.builder().https(true).build())
 *     .endpoints(fakes -> fakes.handle(Route.parse("GET /health"), r -> FakeResponse.json(200, "{}")));
 * }</pre>
 *
 * <p>Registered on an instance field instead, the fakes start before and stop after each test.
 */
public final class EgovFakesExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final FakesOptions options;
  private final Consumer<EgovFakes> endpoints;
  private @Nullable EgovFakes fakes;
  private boolean perTest;

  /** An extension with the {@linkplain FakesOptions#defaults() default options}, for {@code @ExtendWith}. */
  public EgovFakesExtension() {
    this(FakesOptions.defaults(), f -> { });
  }

  private EgovFakesExtension(FakesOptions options, Consumer<EgovFakes> endpoints) {
    this.options = options;
    this.endpoints = endpoints;
  }

  /**
   * An extension that starts the fakes with these options.
   *
   * @param options the options
   * @return the extension
   */
  public static EgovFakesExtension withOptions(FakesOptions options) {
    return new EgovFakesExtension(Objects.requireNonNull(options, "options"), f -> { });
  }

  /**
   * The same extension, registering endpoints on the fakes each time they start (they survive resets).
   *
   * @param registration registers the endpoints
   * @return a new extension
   */
  public EgovFakesExtension endpoints(Consumer<EgovFakes> registration) {
    Objects.requireNonNull(registration, "registration");
    return new EgovFakesExtension(options, endpoints.andThen(registration));
  }

  /**
   * The running fakes.
   *
   * @return the fakes
   * @throws IllegalStateException outside a test class's lifetime
   */
  public EgovFakes fakes() {
    EgovFakes running = fakes;
    if (running == null) {
      throw new IllegalStateException("fakes: not running outside a test class");
    }
    return running;
  }

  private void start() {
    EgovFakes started = EgovFakes.start(options);
    try {
      endpoints.accept(started);
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
    fakes = started;
  }

  private void stop() {
    EgovFakes running = fakes;
    fakes = null;
    if (running != null) {
      running.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (fakes == null) {
      start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (fakes == null) {
      perTest = true;
      start();
    } else {
      fakes().reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EgovFakes.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (fakes == null) {
      start();
      perTest = true;
    }
    return fakes();
  }
}
