package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The code of an administrative-procedure dossier (mã hồ sơ), as Thông tư 01/2018/TT-VPCP Art. 19 defines it:
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}, the receiving agency's {@linkplain AgencyCode code} in standard form,
 * the date of receipt, and the 4-digit sequence of dossiers the agency received that day.
 *
 * <p><b>Forms.</b> Real data also carries 5-digit sequences (a system that syncs a dossier it did not mint
 * substitutes five random digits; docs/identifiers.md, Dossier codes) and agency codes in the short, top-down form that provincial
 * systems configure ({@code H56.14-260217-0001}). {@link #parseLenient} accepts both, as it accepts every agency code
 * that {@link AgencyCode#parseLenient} accepts ({@code L1[.L2[.L3[.L4]]]}), and the value reports {@link
 * #isLenient()}; {@link #check} reports {@link IdentifierCheck#NON_STANDARD_FORM} for them. The text is kept as
 * given, and {@link #agency()} keeps the agency's form. The date must exist in every form ({@code YY} is {@code
 * 20YY}). Whether Nghị định 118/2025/NĐ-CP changed the format is not known. Dossier codes are minted by {@link
 * DossierCodeGenerator}, always in the standard form.
 *
 * <pre>{@code
 * DossierCode code = DossierCode.parse("000.00.06.H56-231027-0361");
 * code.agency();          // 000.00.06.H56
 * code.receiptDate();     // 2023-10-27
 * code.sequence();        // 361
 * DossierCode.check("000.00.06.H56-231027-03611");   // NON_STANDARD_FORM
 * DossierCode.check("H56.14-260217-0001");           // NON_STANDARD_FORM
 * DossierCode.parseLenient("H56.14-260217-0001").agency().fullForm();  // "000.00.14.H56"
 * DossierCode.check("000.00.06.H56-230230-0001");    // INVALID_DATE
 * }</pre>
 *
 * <p>Dossier codes are not personal data: {@link #toString()} does not mask.
 *
 * @since 0.1.0
 */
public final class DossierCode implements Identifier {

  /** The highest sequence number the standard form can hold. */
  public static final int MAX_STANDARD_SEQUENCE = 9999;

  private static final int STANDARD_LENGTH = 25;

  /** The length of the full-form agency code at the start of a standard code. */
  private static final int FULL_AGENCY_LENGTH = 13;

  /** The length of {@code -YYMMDD-XXXX} after the agency code. */
  private static final int TAIL_LENGTH = 12;

  private final String text;
  private final AgencyCode agency;
  private final LocalDate receiptDate;
  private final int sequence;
  private final boolean lenient;

  private DossierCode(String text, AgencyCode agency, LocalDate receiptDate, int sequence, boolean lenient) {
    this.text = text;
    this.agency = agency;
    this.receiptDate = receiptDate;
    this.sequence = sequence;
    this.lenient = lenient;
  }

  /**
   * Returns the standard-form code of the {@code sequence}-th dossier {@code agency} received on {@code receiptDate}.
   *
   * @param agency the receiving agency; a short-form code is written in its {@linkplain AgencyCode#fullForm() full
   *     form}
   * @param receiptDate the day of receipt, in the years 2000 to 2099
   * @param sequence 1 to {@value #MAX_STANDARD_SEQUENCE}
   * @return the dossier code
   * @throws IllegalArgumentException if the date or sequence is out of range
   */
  public static DossierCode of(AgencyCode agency, LocalDate receiptDate, int sequence) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(receiptDate, "receiptDate");
    if (receiptDate.getYear() < 2000 || receiptDate.getYear() > 2099) {
      throw new IllegalArgumentException("Dossier codes hold years 2000 to 2099, got " + receiptDate.getYear());
    }
    if (sequence < 1 || sequence > MAX_STANDARD_SEQUENCE) {
      throw new IllegalArgumentException("Sequence must be 1 to " + MAX_STANDARD_SEQUENCE + ", got " + sequence);
    }
    String text = agency.fullForm()
        + '-' + two(receiptDate.getYear() % 100) + two(receiptDate.getMonthValue()) + two(receiptDate.getDayOfMonth())
        + '-' + four(sequence);
    return new DossierCode(text, AgencyCode.ofCheckedFullForm(agency.fullForm()), receiptDate, sequence, false);
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static String four(int value) {
    String s = Integer.toString(value);
    return "0000".substring(s.length()) + s;
  }

  /**
   * Checks {@code text} as a dossier code in the standard form (full-form agency code, 4-digit sequence). Never
   * throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result; {@link IdentifierCheck#NON_STANDARD_FORM} for a valid code with a 5-digit sequence or a
   *     short-form agency code
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, false);
  }

  /**
   * Checks {@code text} as a dossier code with a 4- or 5-digit sequence and an agency code in the full or the short
   * form. Never throws.
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
      if (!Digits.isDigit(c) && c != '.' && c != '-' && (c < 'A' || c > 'Z')) {
        return IdentifierCheck.INVALID_CHARACTERS;
      }
    }
    int agency;
    if (n == STANDARD_LENGTH || n == STANDARD_LENGTH + 1) {
      // The full-form agency code's length, which the 13-character short form L1.L2.L3.L4 shares.
      agency = FULL_AGENCY_LENGTH;
      if (!AgencyCode.isFullForm(text, 0, FULL_AGENCY_LENGTH)
          && !AgencyCode.isShortForm(text.subSequence(0, FULL_AGENCY_LENGTH))) {
        return IdentifierCheck.INVALID_FORMAT;
      }
    } else {
      // A shorter agency code can only be the short form, which starts with its level-1 letter: L1, L1.L2, L1.L2.L3.
      agency = shortAgencyLength(text);
      if (agency < 0 || n != agency + TAIL_LENGTH && n != agency + TAIL_LENGTH + 1) {
        return IdentifierCheck.WRONG_LENGTH;
      }
    }
    if (text.charAt(agency) != '-'
        || !Digits.all(text, agency + 1, agency + 7)
        || text.charAt(agency + 7) != '-'
        || !Digits.all(text, agency + 8, n)) {
      return IdentifierCheck.INVALID_FORMAT;
    }
    if (dateOf(text, agency) == null) {
      return IdentifierCheck.INVALID_DATE;
    }
    boolean standard = n == STANDARD_LENGTH && AgencyCode.isFullForm(text, 0, FULL_AGENCY_LENGTH);
    return !standard && !lenient ? IdentifierCheck.NON_STANDARD_FORM : IdentifierCheck.VALID;
  }

  /**
   * Returns the length of a short-form agency code of one to three levels ({@code H56}, {@code H56.14}, {@code
   * H56.14.22}) at the start of {@code text}, up to the first hyphen, or -1 if the text does not start with one.
   */
  private static int shortAgencyLength(CharSequence text) {
    int n = text.length();
    int hyphen = 0;
    while (hyphen < n && text.charAt(hyphen) != '-') {
      hyphen++;
    }
    if (hyphen != 3 && hyphen != 6 && hyphen != 9) {
      return -1;
    }
    return AgencyCode.isShortForm(text.subSequence(0, hyphen)) ? hyphen : -1;
  }

  /** Returns the length of the agency code at the start of a text that passed {@link #check}. */
  private static int agencyLength(CharSequence text) {
    int n = text.length();
    return n == STANDARD_LENGTH || n == STANDARD_LENGTH + 1 ? FULL_AGENCY_LENGTH : shortAgencyLength(text);
  }

  private static @Nullable LocalDate dateOf(CharSequence text, int agency) {
    int month = Digits.value(text, agency + 3, agency + 5);
    int day = Digits.value(text, agency + 5, agency + 7);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(2000 + Digits.value(text, agency + 1, agency + 3), month, day);
    } catch (DateTimeException e) {
      return null; // 30 February and the like
    }
  }

  /**
   * Parses a dossier code in the standard form.
   *
   * @param text the text
   * @return the dossier code
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  public static DossierCode parse(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Parses a dossier code with a 4- or 5-digit sequence and an agency code in the full or the short form.
   *
   * @param text the text
   * @return the dossier code
   * @throws InvalidIdentifierException if {@link #checkLenient} does not return {@link IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DossierCode parseLenient(CharSequence text) {
    return parse(text, true);
  }

  private static DossierCode parse(CharSequence text, boolean lenient) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text, lenient);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.DOSSIER_CODE, result, text);
    }
    String s = text.toString();
    int agencyLength = agencyLength(s);
    String agencyText = s.substring(0, agencyLength);
    boolean fullForm = AgencyCode.isFullForm(agencyText, 0, agencyLength);
    AgencyCode agency = fullForm ? AgencyCode.ofCheckedFullForm(agencyText) : AgencyCode.parseLenient(agencyText);
    return new DossierCode(
        s, agency, Objects.requireNonNull(dateOf(s, agencyLength)), Digits.value(s, agencyLength + 8, s.length()),
        !fullForm || s.length() != STANDARD_LENGTH);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.DOSSIER_CODE;
  }

  /**
   * Returns the code as parsed or minted.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String format() {
    return text;
  }

  /** Returns {@link #format()}: dossier codes are not personal data. */
  @Override
  public String masked() {
    return text;
  }

  /**
   * Returns the receiving agency.
   *
   * @return the agency code, in the form the code was written with: standard, or the short form (whose {@link
   *     AgencyCode#fullForm()} gives the standard form)
   */
  public AgencyCode agency() {
    return agency;
  }

  /**
   * Returns the day of receipt encoded in the code.
   *
   * @return the date
   */
  public LocalDate receiptDate() {
    return receiptDate;
  }

  /**
   * Returns the sequence number.
   *
   * @return 0 to 9999, or to 99999 for a 5-digit sequence
   */
  public int sequence() {
    return sequence;
  }

  /**
   * Returns whether this code is in a form only lenient parsing accepts: a 5-digit sequence or a short-form agency
   * code.
   *
   * @return whether the code is in a non-standard form
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns whether {@code o} is a dossier code with the same text: a code is a key that systems exchange as written,
   * so the same dossier written with the agency's short and full forms gives two unequal codes.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DossierCode && ((DossierCode) o).text.equals(text);
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
