package dev.egov.model.id;

import org.jspecify.annotations.Nullable;

/** ASCII-digit scanning shared by the identifier checks. Allocation-free: checks run on hot validation paths. */
final class Digits {

  private Digits() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns whether every character in {@code [from, to)} is an ASCII digit. */
  static boolean all(CharSequence text, int from, int to) {
    if (text instanceof String string) {
      // Almost every caller passes a String. Its own loop keeps String.charAt inlined even when the same JVM has also
      // checked other CharSequence types, which would otherwise turn the interface call below megamorphic.
      for (int i = from; i < to; i++) {
        if (!isDigit(string.charAt(i))) {
          return false;
        }
      }
      return true;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the value of the ASCII digits in {@code [from, to)}; the caller has checked they are digits. */
  static int value(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * Checks a text that must be exactly {@code length} ASCII digits: {@code EMPTY}, then {@code INVALID_CHARACTERS},
   * then {@code WRONG_LENGTH}. {@code length} is positive.
   */
  static IdentifierCheck checkExactly(@Nullable CharSequence text, int length) {
    if (text instanceof String string) {
      return checkExactly(string, length);
    }
    if (text == null || text.length() == 0) {
      return IdentifierCheck.EMPTY;
    }
    int n = text.length();
    if (!all(text, 0, n)) {
      return IdentifierCheck.INVALID_CHARACTERS;
    }
    return n == length ? IdentifierCheck.VALID : IdentifierCheck.WRONG_LENGTH;
  }

  private static IdentifierCheck checkExactly(String text, int length) {
    int n = text.length();
    if (n == length) {
      // The common case scans to the constant length of the caller's kind (12 for a personal ID once inlined), which
      // lets the JIT unroll the loop fully, as it does a hand-written check.
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return IdentifierCheck.INVALID_CHARACTERS;
        }
      }
      return IdentifierCheck.VALID;
    }
    if (n == 0) {
      return IdentifierCheck.EMPTY;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return IdentifierCheck.INVALID_CHARACTERS;
      }
    }
    return IdentifierCheck.WRONG_LENGTH;
  }

  /** Returns whether {@code c} is one of the separators real data puts inside numbers: space, dot, hyphen. */
  static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-';
  }

  /** Returns the ASCII digits of {@code text} without separators; the caller has checked nothing else is in it. */
  static String strip(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
