package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The code of an administrative procedure (mã thủ tục hành chính) in the national procedure database and on the
 * National Public Service Portal, such as {@code 1.001193}.
 *
 * <p><b>Forms.</b> The national code is a digit 1 to 3, a dot and six digits (the first digit's meaning is not
 * documented: 1 and 2 are seen for national procedures, 3 for a locally specific one). Provincial systems publish
 * local variants with the agency code appended: {@code 1.003560.000.00.00.H56} (standard), or a short local form
 * {@code 2.002621.H56} that {@link #parseLenient} accepts (how widespread it is is not known; docs/identifiers.md, Procedure codes). The
 * short local form carries the agency code in its short, top-down form, and lenient parsing accepts every such agency
 * code that {@link AgencyCode#parseLenient} accepts, {@code L1[.L2[.L3[.L4]]]}: {@code 2.002621.H56}, {@code
 * 2.002621.H56.14}, {@code 2.002621.H56.14.22}, {@code 2.002621.H56.14.22.001}.
 *
 * <pre>{@code
 * ProcedureCode code = ProcedureCode.parse("1.003560.000.00.00.H56");
 * code.nationalCode();             // "1.003560"
 * code.agency();                   // Optional[000.00.00.H56]
 * ProcedureCode.check("2.002621.H56");   // NON_STANDARD_FORM
 * }</pre>
 *
 * <p>Procedure codes are not personal data. Equality compares the whole text.
 *
 * @since 0.1.0
 */
public final class ProcedureCode implements Identifier {

  private final String text;
  private final boolean lenient;

  private ProcedureCode(String text, boolean lenient) {
    this.text = text;
    this.lenient = lenient;
  }

  /**
   * Checks {@code text} as a procedure code: the national code, optionally followed by a standard-form agency code.
   * Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result; {@link IdentifierCheck#NON_STANDARD_FORM} for the short local form
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, false);
  }

  /**
   * Checks {@code text} as a procedure code, also accepting the short local form with an agency code in any short form
   * ({@code 2.002621.H56}, {@code 2.002621.H56.14}). Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck checkLenient(@Nullable CharSequence text) {
    return check(text, true);
  }

  private static IdentifierCheck check(@Nullable CharSequence text, boolean lenient) {
    if (text == null || text.length() == 0) {
      return IdentifierCheck.EMPTY;
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!Digits.isDigit(c) && c != '.' && (c < 'A' || c > 'Z')) {
        return IdentifierCheck.INVALID_CHARACTERS;
      }
    }
    if (n != 8 && n != 12 && n != 15 && n != 18 && n != 22) {
      return IdentifierCheck.WRONG_LENGTH;
    }
    if (!Digits.isDigit(text.charAt(0)) || text.charAt(1) != '.' || !Digits.all(text, 2, 8)) {
      return IdentifierCheck.INVALID_FORMAT;
    }
    IdentifierCheck suffix = checkSuffix(text, n, lenient);
    if (suffix != IdentifierCheck.VALID && suffix != IdentifierCheck.NON_STANDARD_FORM) {
      return suffix;
    }
    char first = text.charAt(0);
    return first >= '1' && first <= '3' ? suffix : IdentifierCheck.INVALID_COMPONENT;
  }

  private static IdentifierCheck checkSuffix(CharSequence text, int n, boolean lenient) {
    if (n == 8) {
      return IdentifierCheck.VALID;
    }
    if (text.charAt(8) != '.') {
      return IdentifierCheck.INVALID_FORMAT;
    }
    if (n == 22 && AgencyCode.isFullForm(text, 9, 22)) {
      return IdentifierCheck.VALID;
    }
    CharSequence agency = text.subSequence(9, n);
    if (!AgencyCode.isShortForm(agency)) {
      return IdentifierCheck.INVALID_FORMAT;
    }
    return lenient ? IdentifierCheck.VALID : IdentifierCheck.NON_STANDARD_FORM;
  }

  /**
   * Parses a procedure code in a standard form.
   *
   * @param text the text
   * @return the procedure code
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  public static ProcedureCode parse(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Parses a procedure code, also accepting the short local form.
   *
   * @param text the text
   * @return the procedure code
   * @throws InvalidIdentifierException if {@link #checkLenient} does not return {@link IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ProcedureCode parseLenient(CharSequence text) {
    return parse(text, true);
  }

  private static ProcedureCode parse(CharSequence text, boolean lenient) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text, lenient);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.PROCEDURE_CODE, result, text);
    }
    int n = text.length();
    return new ProcedureCode(text.toString(), n != 8 && !AgencyCode.isFullForm(text, 9, n));
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.PROCEDURE_CODE;
  }

  /**
   * Returns the code as parsed.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String format() {
    return text;
  }

  /** Returns {@link #format()}: procedure codes are not personal data. */
  @Override
  public String masked() {
    return text;
  }

  /**
   * Returns the national code, without any agency suffix.
   *
   * @return such as {@code "1.001193"}
   */
  public String nationalCode() {
    return text.substring(0, 8);
  }

  /**
   * Returns this procedure's national code as a code of its own.
   *
   * @return this code if it has no agency suffix, otherwise the national part
   */
  public ProcedureCode national() {
    return text.length() == 8 ? this : new ProcedureCode(nationalCode(), false);
  }

  /**
   * Returns the agency of a local variant.
   *
   * @return the agency code (in short form for the short local form), or empty for a national code
   */
  public Optional<AgencyCode> agency() {
    return text.length() == 8 ? Optional.empty() : Optional.of(AgencyCode.parseLenient(text.substring(9)));
  }

  /**
   * Returns whether this code was read from the short local form.
   *
   * @return whether only lenient parsing accepts {@link #format()}
   */
  public boolean isLenient() {
    return lenient;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProcedureCode && ((ProcedureCode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns {@link #format()}. */
  @Override
  public String toString() {
    return text;
  }
}
