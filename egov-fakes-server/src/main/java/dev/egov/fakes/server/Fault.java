package dev.egov.fakes.server;

import java.time.Duration;
import java.util.Objects;

/**
 * A synthetic fault the fakes inject into one exchange instead of, or into, the endpoint's normal response. Every
 * fault says it is synthetic in what it returns: the header {@value #HEADER} names it whenever headers are sent, and
 * the bodies the fakes write themselves say {@code "synthetic"}. The fake national systems add their own faults (token
 * expiry, gateway errors) as responses of their handlers, scripted on the same mechanism.
 *
 * <pre>{@code
 * fakes.faults().next(Route.parse("GET /health"), 1, Fault.stall(Phase.AFTER_HEADERS, Duration.ofSeconds(2)));
 * fakes.faults().next(Route.parse("GET /health"), 1, Fault.tooManyRequests(Duration.ofSeconds(30)));
 * }</pre>
 */
public sealed interface Fault {

  /** The response header naming the fault in every response the fakes alter. */
  String HEADER = "X-Egov-Fake-Fault";

  /**
   * The fault's stable name, as written in {@value #HEADER} and used by the administration endpoint.
   *
   * @return a kebab-case name such as {@code "too-many-requests"}
   */
  String name();

  /**
   * Waits, then carries on normally.
   *
   * @param phase where the wait happens
   * @param duration how long (real time)
   */
  record Delay(Phase phase, Duration duration) implements Fault {
    /**
     * Checks the parts.
     *
     * @param phase where the wait happens
     * @param duration how long, not negative
     */
    public Delay {
      Objects.requireNonNull(phase, "phase");
      requireNotNegative(duration, "duration");
    }

    @Override
    public String name() {
      return "delay";
    }
  }

  /**
   * Sends nothing more for a while with the connection held open (a client's read timeout fires), then closes it.
   *
   * @param phase where the exchange stops
   * @param duration how long the connection is held (real time)
   */
  record Stall(Phase phase, Duration duration) implements Fault {
    /**
     * Checks the parts.
     *
     * @param phase where the exchange stops
     * @param duration how long the connection is held, not negative
     */
    public Stall {
      Objects.requireNonNull(phase, "phase");
      requireNotNegative(duration, "duration");
    }

    @Override
    public String name() {
      return "stall";
    }
  }

  /**
   * Closes the connection.
   *
   * @param phase where the connection is closed
   */
  record Disconnect(Phase phase) implements Fault {
    /**
     * Checks the phase.
     *
     * @param phase where the connection is closed
     */
    public Disconnect {
      Objects.requireNonNull(phase, "phase");
    }

    @Override
    public String name() {
      return "disconnect";
    }
  }

  /**
   * Answers with this status and body instead of the endpoint's response.
   *
   * @param status the HTTP status, 100 to 599
   * @param contentType the body's content type
   * @param body the body, which should say it is synthetic
   */
  record Status(int status, String contentType, String body) implements Fault {
    /**
     * Checks the parts.
     *
     * @param status the HTTP status, 100 to 599
     * @param contentType the body's content type
     * @param body the body
     */
    public Status {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status: not an HTTP status");
      }
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String name() {
      return "status";
    }
  }

  /**
   * Answers {@code 429 Too Many Requests} with a {@code Retry-After} header in whole seconds.
   *
   * @param retryAfter the wait the client is told about
   */
  record TooManyRequests(Duration retryAfter) implements Fault {
    /**
     * Checks the wait.
     *
     * @param retryAfter the wait, not negative
     */
    public TooManyRequests {
      requireNotNegative(retryAfter, "retryAfter");
    }

    @Override
    public String name() {
      return "too-many-requests";
    }
  }

  /** Answers the endpoint's status and content type with a body that does not parse (unterminated JSON). */
  record MalformedBody() implements Fault {
    @Override
    public String name() {
      return "malformed-body";
    }
  }

  /**
   * Announces the endpoint's whole body in {@code Content-Length}, sends half of it, then closes the connection.
   */
  record TruncatedBody() implements Fault {
    @Override
    public String name() {
      return "truncated-body";
    }
  }

  /**
   * Answers the endpoint's status with another content type and a body of that type (an HTML error page from a
   * proxy, typically).
   *
   * @param contentType the wrong content type
   */
  record WrongContentType(String contentType) implements Fault {
    /**
     * Checks the content type.
     *
     * @param contentType the wrong content type
     */
    public WrongContentType {
      Objects.requireNonNull(contentType, "contentType");
    }

    @Override
    public String name() {
      return "wrong-content-type";
    }
  }

  /**
   * A {@link Delay}.
   *
   * @param phase where
   * @param duration how long
   * @return the fault
   */
  static Fault delay(Phase phase, Duration duration) {
    return new Delay(phase, duration);
  }

  /**
   * A {@link Stall}.
   *
   * @param phase where
   * @param duration how long the connection is held before it is closed
   * @return the fault
   */
  static Fault stall(Phase phase, Duration duration) {
    return new Stall(phase, duration);
  }

  /**
   * A {@link Disconnect}.
   *
   * @param phase where
   * @return the fault
   */
  static Fault disconnect(Phase phase) {
    return new Disconnect(phase);
  }

  /**
   * A {@link Status} with a JSON body that names the status and says it is synthetic.
   *
   * @param status the HTTP status
   * @return the fault
   */
  static Fault status(int status) {
    return new Status(status, "application/json",
        "{\"syntheticFault\":\"status\",\"status\":" + status + ",\"message\":\"synthetic fault injected by egov fakes\"}");
  }

  /**
   * A {@link TooManyRequests}.
   *
   * @param retryAfter the wait the client is told about
   * @return the fault
   */
  static Fault tooManyRequests(Duration retryAfter) {
    return new TooManyRequests(retryAfter);
  }

  /**
   * A {@link MalformedBody}.
   *
   * @return the fault
   */
  static Fault malformedBody() {
    return new MalformedBody();
  }

  /**
   * A {@link TruncatedBody}.
   *
   * @return the fault
   */
  static Fault truncatedBody() {
    return new TruncatedBody();
  }

  /**
   * A {@link WrongContentType} of {@code text/html}.
   *
   * @return the fault
   */
  static Fault wrongContentType() {
    return new WrongContentType("text/html; charset=utf-8");
  }

  private static void requireNotNegative(Duration duration, String field) {
    Objects.requireNonNull(duration, field);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(field + ": negative");
    }
  }
}
