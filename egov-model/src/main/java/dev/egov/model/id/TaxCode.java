package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.egov.model.internal.Masking;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A 10-digit tax code (mã số thuế, MST): an enterprise or organisation's code, which is also its enterprise code
 * (mã số doanh nghiệp), or a legacy personal tax code. The two cannot be told apart by form; personal codes issued
 * through employers commonly start with {@code 8}. Since 1 July 2025 individuals use their {@link PersonalIdNumber}
 * instead (Thông tư 86/2024/TT-BTC), but personal codes remain in historical data.
 *
 * <p><b>Structure</b> {@code N1N2 N3…N9 N10} (Thông tư 105/2020/TT-BTC): the allocation block of the issuing tax
 * office, a sequence that is never all zeros, and a check digit:
 *
 * <pre>
 * S = N1×31 + N2×29 + N3×23 + N4×19 + N5×17 + N6×13 + N7×7 + N8×5 + N9×3
 * r = S mod 11;  r = 0: no check digit exists and the prefix is never issued;  otherwise N10 = 10 − r
 * </pre>
 *
 * <p>(Common variants in public code, {@code (11 − r) mod 11} or mapping {@code r = 0} to {@code 0}, are wrong in
 * both directions.) A dependent unit has a {@link BranchTaxCode}.
 *
 * <p><b>Forms.</b> {@link #parse} takes the 10 digits alone. {@link #parseLenient} also takes the separators seen in
 * the wild, {@code 01.00.112.437} or {@code 0100 109 106}, and normalises them away; such a value reports {@link
 * #isLenient()}. <b>Strictness.</b> {@link Strictness#FORMAT} skips the check digit (for historical data that was
 * never verified); the value then reports its {@link #strictness()}.
 *
 * <pre>{@code
 * TaxCode.check("0100109106");                 // VALID (Viettel)
 * TaxCode.check("0100109107");                 // INVALID_CHECKSUM
 * TaxCode.check("01.00.109.106");              // NON_STANDARD_FORM
 * TaxCode.parseLenient("01.00.109.106");       // 0100109106, isLenient() == true
 * TaxCode.parse("0100109107", Strictness.FORMAT).strictness();  // FORMAT
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TaxCode implements TaxIdentifier {

  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private final String value;
  private final Strictness strictness;
  private final boolean lenient;

  private TaxCode(String value, Strictness strictness, boolean lenient) {
    this.value = value;
    this.strictness = strictness;
    this.lenient = lenient;
  }

  /**
   * Checks {@code text} as a tax code in its standard form, at {@link Strictness#SEMANTIC}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, Strictness.SEMANTIC, false);
  }

  /**
   * Checks {@code text} as a tax code in its standard form. Never throws for any text, {@code null}
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
   * Checks {@code text} as a tax code in any form seen in real data, at {@link Strictness#SEMANTIC}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck checkLenient(@Nullable CharSequence text) {
    return check(text, Strictness.SEMANTIC, true);
  }

  /**
   * Checks {@code text} as a tax code in any form seen in real data. Never throws for any text, {@code null}
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
    if (text.length() == 10) {
      // The standard form, nearly every real input: one pass instead of a scan followed by a checksum pass. Kept
      // apart from the general path so that this method stays small enough for the JIT to inline.
      IdentifierCheck standard = checkStandardForm(text, strictness);
      if (standard != null) {
        return standard;
      }
    }
    return checkAnyForm(text, strictness, lenient);
  }

  /** Checks a non-empty text in any form: characters, digit count, separators, then {@link #checkDigits}. */
  private static IdentifierCheck checkAnyForm(CharSequence text, Strictness strictness, boolean lenient) {
    int digits = 0;
    boolean separated = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Digits.isDigit(c)) {
        digits++;
      } else if (Digits.isSeparator(c)) {
        separated = true;
      } else {
        return IdentifierCheck.INVALID_CHARACTERS;
      }
    }
    if (digits != 10) {
      return IdentifierCheck.WRONG_LENGTH;
    }
    IdentifierCheck digitsCheck = checkDigits(text, strictness);
    if (digitsCheck != IdentifierCheck.VALID) {
      return digitsCheck;
    }
    return separated && !lenient ? IdentifierCheck.NON_STANDARD_FORM : IdentifierCheck.VALID;
  }

  /**
   * Checks a text of exactly 10 characters in one pass, as {@link #checkDigits} would if all ten are ASCII digits.
   *
   * @return the result, or {@code null} if a character is a separator (the caller then takes the general path)
   */
  private static @Nullable IdentifierCheck checkStandardForm(CharSequence text, Strictness strictness) {
    int sum = 0;
    int sequence = 0;
    for (int i = 0; i < 9; i++) {
      char c = text.charAt(i);
      int d = c - '0';
      if (d < 0 || d > 9) {
        return notDigit(c);
      }
      sum += d * WEIGHTS[i];
      if (i >= 2) {
        sequence += d;
      }
    }
    char last = text.charAt(9);
    int checkDigit = last - '0';
    if (checkDigit < 0 || checkDigit > 9) {
      return notDigit(last);
    }
    return verdict(sum, sequence, checkDigit, strictness);
  }

  /**
   * What the general path reports for a text whose characters before {@code c} are all digits: {@code
   * INVALID_CHARACTERS} at the first character that is neither a digit nor a separator, so {@code c} decides unless it
   * is a separator ({@code null}: the general path must look further).
   */
  private static @Nullable IdentifierCheck notDigit(char c) {
    return Digits.isSeparator(c) ? null : IdentifierCheck.INVALID_CHARACTERS;
  }

  /** Checks the check digit and the sequence of the first ten digits of {@code text}, skipping separators. */
  static IdentifierCheck checkDigits(CharSequence text, Strictness strictness) {
    if (!strictness.includes(Strictness.CHECKSUM)) {
      return IdentifierCheck.VALID;
    }
    int sum = 0;
    int sequence = 0;
    int seen = 0;
    int checkDigit = -1;
    for (int i = 0, n = text.length(); i < n && seen < 10; i++) {
      char c = text.charAt(i);
      if (!Digits.isDigit(c)) {
        continue;
      }
      int d = c - '0';
      if (seen < 9) {
        sum += d * WEIGHTS[seen];
        if (seen >= 2) {
          sequence += d;
        }
      } else {
        checkDigit = d;
      }
      seen++;
    }
    return verdict(sum, sequence, checkDigit, strictness);
  }

  /**
   * The rules on the weighted sum of the first nine digits, digits 3 to 9 and the tenth digit: {@code r = sum mod
   * 11}, no check digit exists for {@code r = 0}, otherwise it is {@code 10 - r}; at {@link Strictness#SEMANTIC} the
   * sequence is not all zeros.
   */
  private static IdentifierCheck verdict(int sum, int sequence, int checkDigit, Strictness strictness) {
    if (!strictness.includes(Strictness.CHECKSUM)) {
      return IdentifierCheck.VALID;
    }
    int r = sum % 11;
    // r is 1..10 here unless 0; r = 10 gives check digit 0.
    if (r == 0 || checkDigit != 10 - r) {
      return IdentifierCheck.INVALID_CHECKSUM;
    }
    if (strictness.includes(Strictness.SEMANTIC) && sequence == 0) {
      return IdentifierCheck.INVALID_COMPONENT;
    }
    return IdentifierCheck.VALID;
  }

  /**
   * Computes the check digit for the first nine digits of a tax code.
   *
   * @param firstNine exactly nine ASCII digits
   * @return the tenth digit, or empty when no check digit exists ({@code r = 0}: such a prefix is never issued)
   * @throws IllegalArgumentException if {@code firstNine} is not nine ASCII digits
   */
  public static OptionalInt checkDigitFor(CharSequence firstNine) {
    Objects.requireNonNull(firstNine, "firstNine");
    if (firstNine.length() != 9 || !Digits.all(firstNine, 0, 9)) {
      throw new IllegalArgumentException("Expected nine ASCII digits, got " + firstNine.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (firstNine.charAt(i) - '0') * WEIGHTS[i];
    }
    int r = sum % 11;
    return r == 0 ? OptionalInt.empty() : OptionalInt.of(10 - r);
  }

  /**
   * Parses a tax code in its standard form (10 ASCII digits), at {@link Strictness#SEMANTIC}.
   *
   * @param text the text
   * @return the tax code
   * @throws InvalidIdentifierException if {@link #check(CharSequence)} does not return {@link IdentifierCheck#VALID}
   */
  public static TaxCode parse(CharSequence text) {
    return parse(text, Strictness.SEMANTIC, false);
  }

  /**
   * Parses a tax code in its standard form.
   *
   * @param text the text
   * @param strictness how deeply to check; the value reports it as {@link #strictness()}
   * @return the tax code
   * @throws InvalidIdentifierException if the text is not a tax code at that level
   */
  public static TaxCode parse(CharSequence text, Strictness strictness) {
    return parse(text, strictness, false);
  }

  /**
   * Parses a tax code in any form seen in real data (separators {@code .}, space, {@code -}), at {@link
   * Strictness#SEMANTIC}.
   *
   * @param text the text
   * @return the tax code, normalised to 10 digits
   * @throws InvalidIdentifierException if {@link #checkLenient(CharSequence)} does not return {@link
   *     IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TaxCode parseLenient(CharSequence text) {
    return parse(text, Strictness.SEMANTIC, true);
  }

  /**
   * Parses a tax code in any form seen in real data.
   *
   * @param text the text
   * @param strictness how deeply to check
   * @return the tax code, normalised to 10 digits
   * @throws InvalidIdentifierException if the text is not a tax code at that level
   */
  public static TaxCode parseLenient(CharSequence text, Strictness strictness) {
    return parse(text, strictness, true);
  }

  private static TaxCode parse(CharSequence text, Strictness strictness, boolean lenient) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text, strictness, lenient);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.TAX_CODE, result, text);
    }
    String digits = Digits.strip(text);
    return new TaxCode(digits, strictness, !digits.contentEquals(text));
  }

  static TaxCode ofVerifiedDigits(String tenDigits, Strictness strictness) {
    return new TaxCode(tenDigits, strictness, false);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.TAX_CODE;
  }

  /**
   * Returns the 10 digits, without separators.
   *
   * @return the tax code, unmasked
   */
  @JsonValue
  @Override
  public String format() {
    return value;
  }

  @Override
  public String masked() {
    return Masking.mask(value);
  }

  /**
   * Returns the first two digits, the allocation block of the tax office that issued the code ("số phân khoảng
   * tỉnh"). This is not a GSO province code, and it does not change when the holder moves.
   *
   * @return two digits
   */
  public String allocationBlock() {
    return value.substring(0, 2);
  }

  /**
   * Returns the level this code was verified at.
   *
   * @return {@link Strictness#SEMANTIC} unless parsed with a lower level
   */
  public Strictness strictness() {
    return strictness;
  }

  /**
   * Returns whether this code was read from a non-standard form (with separators).
   *
   * @return whether the text parsed was not the 10 digits alone
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns the tax code of this unit's dependent unit number {@code number} (chi nhánh, văn phòng đại diện, địa
   * điểm kinh doanh).
   *
   * @param number 1 to 999
   * @return the branch code, such as {@code 0100109106-001}
   * @throws IllegalArgumentException if {@code number} is outside 1 to 999
   */
  public BranchTaxCode branch(int number) {
    if (number < 1 || number > 999) {
      throw new IllegalArgumentException("Branch number must be 1 to 999, got " + number);
    }
    return BranchTaxCode.of(this, number);
  }

  /**
   * Returns whether {@code o} is a tax code with the same digits. How it was read (its strictness, its form) does not
   * matter.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TaxCode && ((TaxCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the {@linkplain #masked() masked} code: a 10-digit code may be a person's. */
  @Override
  public String toString() {
    return masked();
  }
}
