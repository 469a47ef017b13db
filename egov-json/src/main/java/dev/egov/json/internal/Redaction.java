package dev.egov.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * How the wire records of egov-json print personal data and secrets: by shape only. A personal value (a name, a card
 * number, a diagnosis) prints as its length, a secret (a token, a password hash) as {@code ***}.
 */
public final class Redaction {

  private Redaction() {}

  /**
   * Returns a personal value's shape: {@code null}, or {@code <n chars>}.
   *
   * @param value the value
   * @return its shape, never the value
   */
  public static String personal(@Nullable String value) {
    return value == null ? "null" : "<" + value.length() + " chars>";
  }

  /**
   * Returns a secret's shape: {@code null} or {@code ***}.
   *
   * @param value the secret
   * @return {@code "null"} or {@code "***"}
   */
  public static String secret(@Nullable String value) {
    return value == null ? "null" : "***";
  }
}
