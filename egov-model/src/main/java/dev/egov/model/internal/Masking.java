package dev.egov.model.internal;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data for {@code toString()}, exception messages and logs.
 *
 * <p>Identifiers of ten characters or more keep their first three and last two ({@code 001*******45}, as
 * docs/identifiers.md, Masking, states); from six to nine characters, the first two and the last one ({@code 12******9}), so
 * that at least half is always hidden; five or fewer are masked whole. Kept characters that are not printable ASCII are replaced by
 * {@code ?}, so that masked text can never inject line breaks or control characters into a log. Very long input is
 * cut, with its length stated, so that an attacker-sized value never reaches a log whole.
 */
public final class Masking {

  private static final int MAX_MASKED_LENGTH = 32;

  private Masking() {}

  /**
   * Masks an identifier or any other short personal value.
   *
   * @param value the value, possibly invalid, possibly {@code null}
   * @return the masked form; {@code "null"} for {@code null}
   */
  public static String mask(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    int length = value.length();
    if (length == 0) {
      return "";
    }
    if (length <= 5) {
      return "*".repeat(length);
    }
    int head = length >= 10 ? 3 : 2;
    int tail = length >= 10 ? 2 : 1;
    StringBuilder out = new StringBuilder(Math.min(length, MAX_MASKED_LENGTH) + 16);
    appendSafe(out, value, 0, head);
    if (length > MAX_MASKED_LENGTH) {
      out.append("*".repeat(MAX_MASKED_LENGTH - head - tail)).append("…(").append(length).append(" chars)");
      return out.toString();
    }
    out.append("*".repeat(length - head - tail));
    appendSafe(out, value, length - tail, length);
    return out.toString();
  }

  /**
   * Returns a value that is not personal data (an agency or dossier code) for a log, unmasked but as safe as a masked
   * one: characters outside printable ASCII become {@code ?}, and text longer than 32 characters is cut, with its
   * length stated.
   *
   * @param value the value, possibly invalid, possibly {@code null}
   * @return the value for logs; {@code "null"} for {@code null}
   */
  public static String inClear(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    int length = value.length();
    StringBuilder out = new StringBuilder(Math.min(length, MAX_MASKED_LENGTH) + 16);
    appendSafe(out, value, 0, Math.min(length, MAX_MASKED_LENGTH));
    if (length > MAX_MASKED_LENGTH) {
      out.append("…(").append(length).append(" chars)");
    }
    return out.toString();
  }

  /**
   * Masks a personal name: the first letter of each word is kept, the rest replaced ({@code Nguyễn Văn An} becomes
   * {@code N***** V** A*}).
   *
   * @param name the name, possibly {@code null}
   * @return the masked name
   */
  public static String maskName(@Nullable CharSequence name) {
    if (name == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_MASKED_LENGTH));
    boolean atWordStart = true;
    int i = 0;
    int length = name.length();
    while (i < length && out.length() < MAX_MASKED_LENGTH) {
      int cp = Character.codePointAt(name, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        out.append(' ');
        atWordStart = true;
      } else if (atWordStart && Character.isLetter(cp)) {
        out.appendCodePoint(cp);
        atWordStart = false;
      } else {
        out.append('*');
        atWordStart = false;
      }
    }
    if (i < length) {
      out.append('…');
    }
    return out.toString();
  }

  private static void appendSafe(StringBuilder out, CharSequence value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
  }
}
