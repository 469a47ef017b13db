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
   * Splits a name into the words the forgiving search compares: each word as written (NFC, lower case) and folded (no
   * diacritics, {@code đ} as {@code d}, numbers without leading zeros). Anything that is not a letter or a digit
   * separates words, except an apostrophe, which joins with what follows it, spaces included: {@code Ch'ơm} is one
   * word, {@code chom} folded, and {@code H' Neng} is {@code hneng}. Compare words as written with {@link
   * #identityKeyOfWords}.
   *
   * @return two lists of the same length: the words as written, then folded
   */
  public static List<List<String>> words(String text) {
    String nfc = isNfcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    nfc = nfc.toLowerCase(Locale.ROOT);
    List<String> written = new ArrayList<>(4);
    List<String> folded = new ArrayList<>(4);
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
        written.add(w);
        folded.add(fold(w));
        word.setLength(0);
      }
    }
    return List.of(written, folded);
  }

  /**
   * The identity key of words as {@link #words} writes them, joined by single spaces: equal for two writings of one
   * name that differ only in tone-mark placement.
   */
  public static String identityKeyOfWords(List<String> written) {
    StringBuilder out = new StringBuilder(24);
    for (String word : written) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (!appendKeyOfWord(word, out)) {
        return VietnameseText.identityKey(String.join(" ", written));
      }
    }
    return out.toString();
  }

  /**
   * Appends {@link VietnameseText#identityKey}'s key of one lower-case NFC word by table, without normalising: the
   * word without its tone mark, then the mark. Returns false, having appended part of it, for a character the tables
   * do not cover or a second tone mark, which the general method handles.
   */
  private static boolean appendKeyOfWord(String word, StringBuilder out) {
    char tone = 0;
    for (int i = 0, n = word.length(); i < n; i++) {
      char c = word.charAt(i);
      if (c < 0x80) {
        out.append(c);
        continue;
      }
      char toneless = c < TONELESS.length ? TONELESS[c] : 0;
      if (toneless == 0) {
        return false;
      }
      char mark = TONE[c];
      if (mark != 0) {
        if (tone != 0) {
          return false;
        }
        tone = mark;
      }
      out.append(toneless);
    }
    if (tone != 0) {
      out.append(tone);
    }
    return true;
  }

  /**
   * For each lower-case letter of Latin-1 to Latin Extended-B and Latin Extended Additional (Vietnamese's precomposed
   * letters): the letter without its tone mark (itself if it has none), or 0 where the tables do not apply (upper
   * case, non-letters, eth, whose treatment is the general method's business); and its tone mark, or 0.
   */
  private static final char[] TONELESS = new char[0x1f00];

  private static final char[] TONE = new char[0x1f00];

  static {
    for (char c = 0xc0; c < 0x1f00; c++) {
      if (c == 0x250) {
        c = 0x1e00;
      }
      if (!Character.isLowerCase(c) || c == 0xf0) {
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder rest = new StringBuilder();
      char tone = 0;
      for (int i = 0; i < decomposed.length(); i++) {
        char d = decomposed.charAt(i);
        if (tone == 0 && (d == '\u0300' || d == '\u0301' || d == '\u0309' || d == '\u0303' || d == '\u0323')) {
          tone = d;
        } else {
          rest.append(d);
        }
      }
      String toneless = Normalizer.normalize(rest, Normalizer.Form.NFC);
      if (toneless.length() == 1) {
        TONELESS[c] = toneless.charAt(0);
        TONE[c] = tone;
      }
    }
  }

  /** Characters that are in NFC on their own and never compose with the one before: Latin and Vietnamese letters. */
  private static boolean isNfcStable(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!(c < 0x300 || (c >= 0x1e00 && c < 0x1f00))) {
        return false;
      }
    }
    return true;
  }

  /** The base letter of each precomposed Latin letter up to U+024F and in Latin Extended Additional, or 0. */
  private static final char[] BASE = bases();

  private static char[] bases() {
    char[] base = new char[0x1f00];
    for (char c = 0xc0; c < 0x1f00; c++) {
      if (c == 0x250) {
        c = 0x1e00;
      }
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char first = decomposed.charAt(0);
      if (decomposed.length() > 1 && Character.isLetter(first)) {
        base[c] = first;
      }
    }
    base['đ'] = 'd';
    base['Đ'] = 'D';
    // The Latin eth, typed for đ by some keyboards and fonts, folds as đ does (VietnameseText.searchKey).
    base['\u00F0'] = 'd';
    base['\u00D0'] = 'D';
    return base;
  }

  /** The word without diacritics, đ as d, and a number without its leading zeros. */
  public static String fold(String word) {
    StringBuilder out = null;
    boolean digits = !word.isEmpty();
    for (int i = 0, n = word.length(); i < n; i++) {
      char c = word.charAt(i);
      digits &= c >= '0' && c <= '9';
      char b = c < BASE.length ? BASE[c] : 0;
      if (b != 0 || c >= 0x80) {
        if (out == null) {
          out = new StringBuilder(n).append(word, 0, i);
        }
        if (b != 0) {
          out.append(b);
        } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
          out.append(c);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    String folded = (out == null ? word : out.toString()).toLowerCase(Locale.ROOT);
    if (digits) {
      int zeros = 0;
      while (zeros < folded.length() - 1 && folded.charAt(zeros) == '0') {
        zeros++;
      }
      return folded.substring(zeros);
    }
    return folded;
  }
}
