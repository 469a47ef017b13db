package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a "tax code" field can hold: an enterprise's (or legacy personal) 10-digit {@link TaxCode}, a dependent unit's
 * {@link BranchTaxCode}, or, for individuals, household businesses and dependants since 1 July 2025, a {@link
 * PersonalIdNumber} (Thông tư 86/2024/TT-BTC; docs/identifiers.md, Tax codes). {@link #kind()} is the discriminator.
 *
 * <pre>{@code
 * TaxIdentifier id = TaxIdentifier.parse(input);
 * if (id instanceof PersonalIdNumber person) { ... } // an individual
 * id.kind();  // TAX_CODE, BRANCH_TAX_CODE or PERSONAL_ID
 * }</pre>
 *
 * <p><b>How a text is read.</b> The digits are counted, ignoring the separators {@code .}, space and {@code -} that
 * real data puts inside tax codes ({@code 01.00.112.437}, {@code 0312 68 78 78 - 001}); the count says which reading is
 * tried, and the separators must agree with it:
 *
 * <ul>
 *   <li><b>10 digits</b>: a {@link TaxCode}. Separators may group the digits in any way ({@code 0100 109 106}, {@code
 *       0100-109-106}); {@link #parseLenient} accepts them, {@link #parse} reports {@link
 *       IdentifierCheck#NON_STANDARD_FORM}.
 *   <li><b>13 digits</b>: a {@link BranchTaxCode}, the parent's ten digits and a suffix of exactly three. The suffix's
 *       digits are written together, and a hyphen, where there is one, marks the suffix: the last hyphen stands
 *       between the tenth and the eleventh digit ({@code 0312 68 78 78 - 001}); {@code 0100109106001} without any
 *       separator is accepted leniently too. Separators that place the suffix elsewhere make the text {@link
 *       IdentifierCheck#INVALID_FORMAT}.
 *   <li><b>12 digits</b>: a {@link PersonalIdNumber}, but only when the text is the twelve digits alone, as the
 *       number is printed on the card and exchanged by every national system (egov accepts no other form of it,
 *       here or in {@link PersonalIdNumber}). Twelve digits with separators are never a personal ID: with a hyphen
 *       they are a tax code with a branch suffix of the wrong length ({@code 0100109106-01}: {@link
 *       IdentifierCheck#WRONG_LENGTH}, reported as a {@linkplain IdentifierKind#BRANCH_TAX_CODE branch tax code}),
 *       without one, a personal ID in a form it never has ({@code 001 089 001 234}: {@link
 *       IdentifierCheck#INVALID_FORMAT}). Reading a mistyped branch code as some person's ID would attach a tax
 *       record to the wrong person.
 *   <li><b>Any other count</b>: {@link IdentifierCheck#WRONG_LENGTH} (as a tax code).
 * </ul>
 *
 * <pre>{@code
 * TaxIdentifier.checkLenient("0312 68 78 78 - 001");   // VALID, a BranchTaxCode
 * TaxIdentifier.checkLenient("0100109106-01");         // WRONG_LENGTH: a branch suffix has three digits
 * TaxIdentifier.checkLenient("001 089 001 234");       // INVALID_FORMAT: a personal ID has no separators
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface TaxIdentifier extends Identifier permits TaxCode, BranchTaxCode, PersonalIdNumber {

  /**
   * Checks {@code text} as a tax identifier in a standard form ({@code NNNNNNNNNN}, {@code NNNNNNNNNN-NNN} or 12
   * digits), at {@link Strictness#SEMANTIC}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result of checking it as the kind its digit count implies
   */
  static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, false);
  }

  /**
   * Checks {@code text} as a tax identifier in any form seen in real data, at {@link Strictness#SEMANTIC}: separators
   * are accepted where they agree with the reading (see the rules above). Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result of checking it as the kind its digit count implies
   */
  static IdentifierCheck checkLenient(@Nullable CharSequence text) {
    return check(text, true);
  }

  /**
   * Parses a tax identifier in a standard form.
   *
   * @param text the text
   * @return a {@link TaxCode}, {@link BranchTaxCode} or {@link PersonalIdNumber}
   * @throws InvalidIdentifierException if {@link #check(CharSequence)} does not return {@link IdentifierCheck#VALID}
   */
  static TaxIdentifier parse(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Parses a tax identifier in any form seen in real data (a separated tax code, a branch code without its hyphen or
   * with separators), by the rules above: twelve digits are a personal ID only without separators.
   *
   * @param text the text
   * @return a {@link TaxCode}, {@link BranchTaxCode} or {@link PersonalIdNumber}
   * @throws InvalidIdentifierException if {@link #checkLenient(CharSequence)} does not return {@link
   *     IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static TaxIdentifier parseLenient(CharSequence text) {
    return parse(text, true);
  }

  private static IdentifierCheck check(@Nullable CharSequence text, boolean lenient) {
    switch (digitCount(text)) {
      case 12:
        return text.length() == 12 ? IdentifierCheck.VALID : separatedTwelveDigits(text);
      case 13:
        return BranchTaxCode.check(text, Strictness.SEMANTIC, lenient);
      default:
        // 10 digits, and every other text: reported as a tax code (EMPTY, INVALID_CHARACTERS, WRONG_LENGTH, ...).
        return TaxCode.check(text, Strictness.SEMANTIC, lenient);
    }
  }

  private static TaxIdentifier parse(CharSequence text, boolean lenient) {
    Objects.requireNonNull(text, "text");
    switch (digitCount(text)) {
      case 12:
        if (text.length() != 12) {
          IdentifierCheck reason = separatedTwelveDigits(text);
          throw new InvalidIdentifierException(
              reason == IdentifierCheck.WRONG_LENGTH ? IdentifierKind.BRANCH_TAX_CODE : IdentifierKind.PERSONAL_ID,
              reason, text);
        }
        return PersonalIdNumber.parse(text);
      case 13:
        return lenient ? BranchTaxCode.parseLenient(text) : BranchTaxCode.parse(text);
      default:
        return lenient ? TaxCode.parseLenient(text) : TaxCode.parse(text);
    }
  }

  /**
   * What twelve digits with separators are, in every mode: with a hyphen, a tax code followed by a branch suffix that
   * is not three digits ({@code WRONG_LENGTH}); without, a personal ID in a form it never has ({@code
   * INVALID_FORMAT}).
   */
  private static IdentifierCheck separatedTwelveDigits(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) == '-') {
        return IdentifierCheck.WRONG_LENGTH;
      }
    }
    return IdentifierCheck.INVALID_FORMAT;
  }

  /** Returns the number of ASCII digits in {@code text}, ignoring separators, or -1 if it has other characters. */
  private static int digitCount(@Nullable CharSequence text) {
    if (text == null) {
      return -1;
    }
    int digits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Digits.isDigit(c)) {
        digits++;
      } else if (!Digits.isSeparator(c)) {
        return -1;
      }
    }
    return digits;
  }
}
