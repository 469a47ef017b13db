package dev.egov.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a payload cannot be read into egov's records: it is not well-formed, a required field is missing, or a
 * field's value is unusable. Unchecked: a caller cannot repair a payload, only report it.
 *
 * <p>The message names the field as a JSON Pointer ({@code /data/0/NgayTiepNhan}) and why, and never quotes the
 * value, which may be personal data; for the same reason the underlying parser's exception, whose message quotes it,
 * is not attached as the cause. {@link #reason()} is a stable code.
 *
 * @since 0.1.0
 */
public final class JsonDecodingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a payload could not be read. Stable codes. */
  public enum Reason {
    /** The input is not well-formed JSON or XML, or ends early. */
    MALFORMED,
    /** A required field is absent or empty. */
    MISSING_FIELD,
    /** A field has a value of the wrong type: an object where a string belongs, a list where an object does. */
    UNEXPECTED_TYPE,
    /** A field's value cannot be used: an impossible date, an invalid identifier, a negative amount. */
    INVALID_VALUE,
    /**
     * The payload or a field's value exceeds a safety limit, far above any real value, that egov applies before
     * spending memory or time on it: one of the {@link ReadLimits} (the detail names it), or a name longer than
     * {@link dev.egov.model.TextLimits} allow, or with more combining marks in a row.
     */
    LIMIT_EXCEEDED,
    /**
     * The payload is well-formed but is another message than the one asked for: a request given to an answer reader,
     * a gateway's fault, a look-up given to a verification reader. The message names what was found (a field's or
     * message's name, never a value).
     */
    WRONG_MESSAGE
  }

  /** Why the payload could not be read. */
  private final Reason reason;

  /** Where, as a JSON Pointer. */
  private final String field;

  /** What was expected, without the value. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param reason why the payload could not be read
   * @param field where, as a JSON Pointer; {@code ""} for the whole payload
   * @param detail what was expected, without the value
   */
  public JsonDecodingException(Reason reason, String field, String detail) {
    super(message(reason, field, detail));
    this.reason = reason;
    this.field = field;
    this.detail = detail;
  }

  /**
   * Creates the exception with a cause that holds no personal data (an I/O error, a masked identifier error).
   *
   * @param reason why the payload could not be read
   * @param field where, as a JSON Pointer
   * @param detail what was expected, without the value
   * @param cause the cause
   */
  public JsonDecodingException(Reason reason, String field, String detail, @Nullable Throwable cause) {
    super(message(reason, field, detail), cause);
    this.reason = reason;
    this.field = field;
    this.detail = detail;
  }

  private static String message(Reason reason, String field, String detail) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(detail, "detail");
    return (field.isEmpty() ? "Cannot read payload" : "Cannot read field " + field) + ": " + detail
        + " (" + reason + ")";
  }

  /**
   * Returns why the payload could not be read.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns where, as a JSON Pointer ({@code ""} for the whole payload).
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * Returns what was expected, without the field or the value: the message's middle part.
   *
   * @return the detail, such as {@code "expected True, False, 1 or 0"}
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns this error placed at another field, with the same reason, detail and cause. A streaming reader checks a
   * scalar with a placeholder field and places the error only when there is one, so that it never builds a pointer
   * for a value that is fine.
   *
   * @param field where, as a JSON Pointer
   * @return a new exception
   */
  public JsonDecodingException at(String field) {
    return new JsonDecodingException(reason, field, detail, getCause());
  }
}
