package dev.egov.model;

import java.util.Objects;

/**
 * Thrown when free text read from outside exceeds a {@linkplain TextLimits safety limit}: it is longer than any real
 * value, or has more combining marks in a row than any real writing. Unchecked, and an {@link
 * IllegalArgumentException}: the value is refused, as any invalid argument is, before egov spends time on it.
 *
 * <p>The message names the field, the limit and why; it never quotes the text. {@link #reason()} is a stable code.
 *
 * @since 0.1.0
 */
public final class TextLimitExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Which limit the text exceeds. Stable codes. */
  public enum Reason {
    /** The text has more characters than {@link TextLimits#maxLength()}. */
    TOO_LONG,
    /** The text has more combining marks in a row than {@link TextLimits#maxCombiningMarks()}. */
    TOO_MANY_COMBINING_MARKS
  }

  /** Which limit the text exceeds. */
  private final Reason reason;

  /** The field that holds the text, such as {@code family}. */
  private final String field;

  /** The limit exceeded. */
  private final int limit;

  /**
   * Creates the exception.
   *
   * @param reason which limit the text exceeds
   * @param field the field that holds the text, such as {@code family}; never the text itself
   * @param limit the limit exceeded
   */
  public TextLimitExceededException(Reason reason, String field, int limit) {
    super(message(reason, field, limit));
    this.reason = reason;
    this.field = field;
    this.limit = limit;
  }

  private static String message(Reason reason, String field, int limit) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(field, "field");
    return reason == Reason.TOO_LONG
        ? "The " + field + " has more than " + limit + " characters, egov's limit for free text (" + reason + ")"
        : "The " + field + " has more than " + limit + " combining marks in a row (" + reason + ")";
  }

  /**
   * Returns which limit the text exceeds.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the field that holds the text.
   *
   * @return the field's name, such as {@code family}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the limit exceeded: a number of characters, or of combining marks in a row.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }
}
