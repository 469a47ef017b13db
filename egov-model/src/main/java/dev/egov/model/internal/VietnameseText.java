package dev.egov.model.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Matching keys for Vietnamese text, shared by personal names and place names. Case folding uses {@link Locale#ROOT},
 * never the default locale (in Turkish, {@code "I".toLowerCase()} is a dotless ı).
 */
public final class VietnameseText {

  private VietnameseText() {}

  /**
   * Returns {@code text} in NFC with runs of white space collapsed to one space and trimmed.
   *
   * @param text the text
   * @param what what the text is, for the message: {@code "text"}, {@code "A name"}
   * @return the cleaned text, possibly empty
   * @throws IllegalArgumentException if the text contains a control character
   */
  public static String collapse(String text, String what) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(what + " contains a control character at index " + i);
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code đ} for the Latin small letter eth {@code ð} (U+00F0), which some keyboards and fonts type for it and
   * which looks the same in many fonts; any other character unchanged. Keys are built from lower-cased text, where
   * the capital eth {@code Ð} (U+00D0) has become {@code ð}.
   */
  static char foldEth(char c) {
    return c == '\u00F0' ? '\u0111' : c;
  }

  /** The five combining tone marks: grave (huyền), acute (sắc), hook above (hỏi), tilde (ngã), dot below (nặng). */
  private static boolean isToneMark(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323';
  }

  /**
   * Lower-cases, decomposes, and writes each syllable without its tone mark followed by that mark; collapses white
   * space; reads the eth {@code ð} as {@code đ}. Only the tone's position changes, never which tone or which letters
   * (the eth is not a Vietnamese letter: it stands for đ).
   */
  public static String identityKey(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length() + 4);
    StringBuilder syllable = new StringBuilder(8);
    char tone = 0;
    for (int i = 0, n = decomposed.length(); i <= n; i++) {
      char c = i < n ? decomposed.charAt(i) : ' ';
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (syllable.length() > 0) {
          if (out.length() > 0) {
            out.append(' ');
          }
          out.append(Normalizer.normalize(syllable, Normalizer.Form.NFC));
          if (tone != 0) {
            out.append(tone);
          }
          syllable.setLength(0);
          tone = 0;
        }
      } else if (Character.getType(c) == Character.FORMAT) {
        continue; // zero-width space, joiner, byte-order mark: invisible, pasted in with the name
      } else if (isToneMark(c) && tone == 0) {
        tone = c;
      } else {
        syllable.append(foldEth(c));
      }
    }
    return out.toString();
  }

  /** Lower-cases, removes every combining mark, maps đ (and the eth ð typed for it) to d, and collapses white space. */
  public static String searchKey(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0, n = decomposed.length(); i < n; i++) {
      char c = decomposed.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT) {
        continue;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(foldEth(c) == 'đ' ? 'd' : c);
      }
    }
    return out.toString();
  }
}
