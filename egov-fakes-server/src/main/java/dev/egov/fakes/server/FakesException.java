package dev.egov.fakes.server;

import java.util.Objects;

/**
 * The fakes' one unchecked exception, with a stable {@link Code}. Messages never quote request data, bodies or
 * secrets.
 */
public final class FakesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong; stable across releases. */
  public enum Code {
    /** The server could not start (port taken, address not local, …). */
    START_FAILED,
    /** The TLS material could not be generated or loaded. */
    TLS_FAILED,
    /** Trust material was asked for, but the fakes run without TLS. */
    NOT_HTTPS,
    /** An administration request was malformed (bad JSON, unknown fault type, bad duration). */
    BAD_ADMIN_REQUEST,
    /** The fakes are closed. */
    CLOSED
  }

  /** The stable error code. */
  private final Code code;

  /**
   * Creates an exception.
   *
   * @param code the stable error code
   * @param message what happened, without request data or secrets
   * @param cause the underlying failure, or {@code null}
   */
  public FakesException(Code code, String message, Throwable cause) {
    super(Objects.requireNonNull(code, "code") + ": " + message, cause);
    this.code = code;
  }

  /**
   * Creates an exception without a cause.
   *
   * @param code the stable error code
   * @param message what happened, without request data or secrets
   */
  public FakesException(Code code, String message) {
    this(code, message, null);
  }

  /**
   * The stable error code.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }
}
