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
 * <p>The reading is decided by the number of digits: 10, 13 (with or without the hyphen) or 12.
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
   * Checks {@code text} as a tax identifier in any form seen in real data, at {@link Strictness#SEMANTIC}. Never
   * throws.
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
   * Parses a tax identifier in any form seen in real data (separators, a branch code without its hyphen).
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
        if (text.length() == 12) {
          return IdentifierCheck.VALID;
        }
        return lenient ? IdentifierCheck.VALID : IdentifierCheck.NON_STANDARD_FORM;
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
        if (!lenient && text.length() != 12) {
          throw new InvalidIdentifierException(IdentifierKind.PERSONAL_ID, IdentifierCheck.NON_STANDARD_FORM, text);
        }
        return PersonalIdNumber.parse(Digits.strip(text));
      case 13:
        return lenient ? BranchTaxCode.parseLenient(text) : BranchTaxCode.parse(text);
      default:
        return lenient ? TaxCode.parseLenient(text) : TaxCode.parse(text);
    }
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
