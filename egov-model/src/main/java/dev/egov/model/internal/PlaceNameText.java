package dev.egov.model.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keys for Vietnamese place names: the personal-name identity key ({@link VietnameseText#identityKey}) after
 * unifying what official lists write in more than one way around punctuation, and the tokens the forgiving search
 * compares.
 */
public final class PlaceNameText {

  private PlaceNameText() {}

  /** Hyphens and dashes that lists and users put between the parts of a double name. */
  private static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\ufe63' || c == '\uff0d';
  }

  /** Apostrophes of ethnic-minority names ({@code Ea H'leo}), in the forms keyboards produce. */
  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '\u00b4' || c == '`'
        || c == '\uff07';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The identity key of a place name: {@link VietnameseText#identityKey} (case, Unicode form, white space, invisible
   * characters and tone-mark placement ignored) of the name with every dash written {@code " - "} and no space around
   * an apostrophe, so that {@code Bà Rịa - Vũng Tàu} and {@code Bà Rịa-Vũng Tàu}, or {@code Ia H' Drai} and {@code Ia
   * H'Drai}, have one key. Letters, diacritics and tone marks themselves always count.
   */
  public static String identityKey(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0, n = name.length(); i < n; i++) {
      char c = name.charAt(i);
      if (isDash(c)) {
        out.append(" - ");
      } else if (isApostrophe(c)) {
        trimTrailingSpace(out);
        out.append('\'');
        while (i + 1 < n && isSpace(name.charAt(i + 1))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return VietnameseText.identityKey(out.toString());
  }

  private static void trimTrailingSpace(StringBuilder out) {
    int end = out.length();
    while (end > 0 && isSpace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
  }

  /**
   * Splits a name into the words the forgiving search compares, each given as its identity key (diacritics kept,
   * tone placement unified) and its folded form (no diacritics, {@code đ} as {@code d}, numbers without leading
   * zeros). Anything that is not a letter or a digit separates words, except an apostrophe, which joins with what
   * follows it, spaces included: {@code Ch'ơm} is one word, {@code chom} folded, and {@code H' Neng} is {@code hneng}.
   *
   * @return two lists of the same length: the identity keys, then the folded forms
   */
  public static List<List<String>> words(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    List<String> exact = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0, n = nfc.length(); i <= n; i++) {
      char c = i < n ? nfc.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        word.append(c);
      } else if (isApostrophe(c)) {
        while (i + 1 < n && isSpace(nfc.charAt(i + 1))) {
          i++; // "H' Drai" is "H'Drai"
        }
      } else if (Character.getType(c) == Character.FORMAT) {
        continue;
      } else if (word.length() > 0) {
        String w = word.toString();
        exact.add(VietnameseText.identityKey(w));
        folded.add(fold(w));
        word.setLength(0);
      }
    }
    return List.of(exact, folded);
  }

  /** The word without diacritics, đ as d, and a number without its leading zeros. */
  public static String fold(String word) {
    String folded = VietnameseText.searchKey(word);
    int zeros = 0;
    boolean digits = !folded.isEmpty();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      digits &= c >= '0' && c <= '9';
    }
    if (digits) {
      while (zeros < folded.length() - 1 && folded.charAt(zeros) == '0') {
        zeros++;
      }
    }
    return folded.substring(zeros);
  }
}
