package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.egov.model.internal.Masking;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The 13-digit tax code of a dependent unit (chi nhánh, văn phòng đại diện, địa điểm kinh doanh): the parent's
 * 10-digit {@link TaxCode}, a hyphen, and the unit's number {@code 001} to {@code 999} (Thông tư 105/2020/TT-BTC).
 *
 * <p>The standard form is {@code 0100109106-001}. {@link #parseLenient} also takes the 13 digits without the hyphen
 * and the separators seen in the wild ({@code 0312 68 78 78 - 001}, {@code 0100109106 001}). The suffix is exactly
 * three digits, {@code 001} to {@code 999} ({@code 000} is invalid), and the parent must be a valid tax code.
 *
 * <p><b>Separators decide where the suffix is</b> (see {@link TaxIdentifier} for how a text is read as a tax code,
 * a branch tax code or a personal ID). The separators {@code .}, space and {@code -} may group the parent's ten digits,
 * but the suffix's three digits are written together, and a hyphen marks the suffix: where the text has one, its last
 * hyphen stands between the tenth and the eleventh digit. So {@code 010010910-6001} (the hyphen says a four-digit
 * suffix) and {@code 0100109106-00 1} are {@link IdentifierCheck#INVALID_FORMAT}, in every mode, and {@code
 * 0100109106-01} (twelve digits) is {@link IdentifierCheck#WRONG_LENGTH}.
 *
 * <pre>{@code
 * BranchTaxCode code = BranchTaxCode.parse("0100109106-001");
 * code.parent();                                   // 0100109106
 * code.number();                                   // 1
 * BranchTaxCode.check("0100109106001");            // NON_STANDARD_FORM
 * BranchTaxCode.check("0100109106-000");           // INVALID_COMPONENT
 * BranchTaxCode.checkLenient("010010910-6001");    // INVALID_FORMAT: the hyphen says the suffix has four digits
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BranchTaxCode implements TaxIdentifier {

  private final TaxCode parent;
  private final int number;
  private final boolean lenient;

  private BranchTaxCode(TaxCode parent, int number, boolean lenient) {
    this.parent = parent;
    this.number = number;
    this.lenient = lenient;
  }

  static BranchTaxCode of(TaxCode parent, int number) {
    return new BranchTaxCode(parent, number, false);
  }

  /**
   * Checks {@code text} as a branch tax code in its standard form, at {@link Strictness#SEMANTIC}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, Strictness.SEMANTIC, false);
  }

  /**
   * Checks {@code text} as a branch tax code in its standard form. Never throws for any text, {@code null}
   * included; a {@code null} strictness is a programming error.
   *
   * @param text the text, possibly {@code null}
   * @param strictness how deeply to check
   * @return the result
   * @throws NullPointerException if {@code strictness} is {@code null}
   */
  public static IdentifierCheck check(@Nullable CharSequence text, Strictness strictness) {
    return check(text, strictness, false);
  }

  /**
   * Checks {@code text} as a branch tax code in any form seen in real data, at {@link Strictness#SEMANTIC}. Never
   * throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck checkLenient(@Nullable CharSequence text) {
    return check(text, Strictness.SEMANTIC, true);
  }

  /**
   * Checks {@code text} as a branch tax code in any form seen in real data. Never throws for any text, {@code null}
   * included; a {@code null} strictness is a programming error.
   *
   * @param text the text, possibly {@code null}
   * @param strictness how deeply to check
   * @return the result
   * @throws NullPointerException if {@code strictness} is {@code null}
   */
  public static IdentifierCheck checkLenient(@Nullable CharSequence text, Strictness strictness) {
    return check(text, strictness, true);
  }

  static IdentifierCheck check(@Nullable CharSequence text, Strictness strictness, boolean lenient) {
    Objects.requireNonNull(strictness, "strictness");
    if (text == null || text.length() == 0) {
      return IdentifierCheck.EMPTY;
    }
    int digits = 0;
    boolean separatedSuffix = false;
    int digitsBeforeLastHyphen = -1;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Digits.isDigit(c)) {
        digits++;
      } else if (!Digits.isSeparator(c)) {
        return IdentifierCheck.INVALID_CHARACTERS;
      } else {
        separatedSuffix |= digits == 11 || digits == 12;
        if (c == '-') {
          digitsBeforeLastHyphen = digits;
        }
      }
    }
    if (digits != 13) {
      return IdentifierCheck.WRONG_LENGTH;
    }
    if (separatedSuffix || digitsBeforeLastHyphen >= 0 && digitsBeforeLastHyphen != 10) {
      // The separators say the suffix is not the last three digits: 0100109106-00 1, 010010910-6001.
      return IdentifierCheck.INVALID_FORMAT;
    }
    IdentifierCheck parent = TaxCode.checkDigits(text, strictness);
    if (parent != IdentifierCheck.VALID) {
      return parent;
    }
    if (strictness.includes(Strictness.SEMANTIC) && suffix(text) == 0) {
      return IdentifierCheck.INVALID_COMPONENT;
    }
    boolean standard = text.length() == 14 && text.charAt(10) == '-';
    return !standard && !lenient ? IdentifierCheck.NON_STANDARD_FORM : IdentifierCheck.VALID;
  }

  /** Returns the value of the last three digits of {@code text}. */
  private static int suffix(CharSequence text) {
    int value = 0;
    int factor = 1;
    int seen = 0;
    for (int i = text.length() - 1; i >= 0 && seen < 3; i--) {
      char c = text.charAt(i);
      if (Digits.isDigit(c)) {
        value += (c - '0') * factor;
        factor *= 10;
        seen++;
      }
    }
    return value;
  }

  /**
   * Parses a branch tax code in its standard form {@code NNNNNNNNNN-NNN}, at {@link Strictness#SEMANTIC}.
   *
   * @param text the text
   * @return the branch tax code
   * @throws InvalidIdentifierException if {@link #check(CharSequence)} does not return {@link IdentifierCheck#VALID}
   */
  public static BranchTaxCode parse(CharSequence text) {
    return parse(text, Strictness.SEMANTIC, false);
  }

  /**
   * Parses a branch tax code in its standard form.
   *
   * @param text the text
   * @param strictness how deeply to check
   * @return the branch tax code
   * @throws InvalidIdentifierException if the text is not a branch tax code at that level
   */
  public static BranchTaxCode parse(CharSequence text, Strictness strictness) {
    return parse(text, strictness, false);
  }

  /**
   * Parses a branch tax code in any form seen in real data, at {@link Strictness#SEMANTIC}.
   *
   * @param text the text
   * @return the branch tax code
   * @throws InvalidIdentifierException if {@link #checkLenient(CharSequence)} does not return {@link
   *     IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static BranchTaxCode parseLenient(CharSequence text) {
    return parse(text, Strictness.SEMANTIC, true);
  }

  /**
   * Parses a branch tax code in any form seen in real data.
   *
   * @param text the text
   * @param strictness how deeply to check
   * @return the branch tax code
   * @throws InvalidIdentifierException if the text is not a branch tax code at that level
   */
  public static BranchTaxCode parseLenient(CharSequence text, Strictness strictness) {
    return parse(text, strictness, true);
  }

  private static BranchTaxCode parse(CharSequence text, Strictness strictness, boolean lenient) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text, strictness, lenient);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.BRANCH_TAX_CODE, result, text);
    }
    String digits = Digits.strip(text);
    boolean standard = text.length() == 14 && text.charAt(10) == '-';
    return new BranchTaxCode(
        TaxCode.ofVerifiedDigits(digits.substring(0, 10), strictness),
        Digits.value(digits, 10, 13),
        !standard);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.BRANCH_TAX_CODE;
  }

  /**
   * Returns the standard form, {@code NNNNNNNNNN-NNN}.
   *
   * @return the code, unmasked
   */
  @JsonValue
  @Override
  public String format() {
    String suffix = Integer.toString(number);
    return parent.format() + '-' + "000".substring(suffix.length()) + suffix;
  }

  @Override
  public String masked() {
    return Masking.mask(format());
  }

  /**
   * Returns the tax code of the unit this one depends on.
   *
   * @return the parent's 10-digit code
   */
  public TaxCode parent() {
    return parent;
  }

  /**
   * Returns the dependent unit's number.
   *
   * @return 1 to 999 (0 only for a code parsed below {@link Strictness#SEMANTIC})
   */
  public int number() {
    return number;
  }

  /**
   * Returns the level this code was verified at.
   *
   * @return {@link Strictness#SEMANTIC} unless parsed with a lower level
   */
  public Strictness strictness() {
    return parent.strictness();
  }

  /**
   * Returns whether this code was read from a non-standard form (no hyphen, or other separators).
   *
   * @return whether the text parsed was not {@code NNNNNNNNNN-NNN}
   */
  public boolean isLenient() {
    return lenient;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BranchTaxCode
        && ((BranchTaxCode) o).parent.equals(parent)
        && ((BranchTaxCode) o).number == number;
  }

  @Override
  public int hashCode() {
    return parent.hashCode() * 31 + number;
  }

  /** Returns the {@linkplain #masked() masked} code. */
  @Override
  public String toString() {
    return masked();
  }
}
