package dev.egov.json;

import java.util.Objects;

/**
 * A gateway's result code ({@code error_code}, or a SOAP fault's {@code faultcode}) exactly as it was written: its text
 * and whether it was a JSON number ({@code 0}) or a string ({@code "0"}, {@code "00"}), so that an answer is written
 * back in the same form.
 *
 * @param value the code's text, such as {@code "0"}, {@code "00"} or {@code "-1"}
 * @param number whether the code is written as a JSON number rather than a string
 * @since 0.1.0
 */
public record ResultCode(String value, boolean number) {

  /**
   * Checks the parts.
   *
   * @param value the code's text, such as {@code "0"}, {@code "00"} or {@code "-1"}
   * @param number whether the code is written as a JSON number rather than a string
   * @throws IllegalArgumentException if the value is empty or has surrounding white space, or is marked as a number
   *     but is not a whole number
   */
  public ResultCode {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || !value.equals(value.strip())) {
      throw new IllegalArgumentException("A result code is non-empty and has no surrounding white space");
    }
    if (number && !isWholeNumber(value)) {
      throw new IllegalArgumentException("A result code written as a number must be a whole number");
    }
  }

  private static boolean isWholeNumber(String value) {
    int start = value.charAt(0) == '-' ? 1 : 0;
    if (start == value.length()) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a code written as a JSON string.
   *
   * @param value the code's text
   * @return the code
   */
  public static ResultCode of(String value) {
    return new ResultCode(value, false);
  }

  /**
   * Returns a code written as a JSON number.
   *
   * @param value the code
   * @return the code
   */
  public static ResultCode ofNumber(long value) {
    return new ResultCode(Long.toString(value), true);
  }

  /** Returns the code's text. */
  @Override
  public String toString() {
    return number ? value : '"' + value + '"';
  }
}
