package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.egov.model.catalog.AgencyCatalog;
import dev.egov.model.catalog.TopLevelAgency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An agency's electronic identifier (mã định danh điện tử của cơ quan, tổ chức; Quyết định 20/2020/QĐ-TTg, QCVN
 * 102:2016/BTTTT), as used in EDXML document exchange, dossier codes (Thông tư 01/2018/TT-VPCP), the portal's
 * {@code madonvi} and the X-Road {@code dstcode}.
 *
 * <p><b>Standard form</b> {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, read right to left: {@code MX1X2} is the level-1 unit (a
 * letter and two digits: {@code G..} ministries and government bodies, {@code H..} provincial People's Committees),
 * {@code Y1Y2} level 2, {@code Z1Z2} level 3, {@code V1V2V3} level 4; zeros mean "no lower level". So {@code
 * 000.00.00.H56} is the People's Committee of Thanh Hóa and {@code 000.17.22.H56} a level-3 unit under it.
 *
 * <p><b>Short form.</b> Some provincial systems write the levels top-down, {@code H56.14} (level 1, then level 2).
 * Whether that form is normative is not known (docs/identifiers.md, Agency codes): {@link #parseLenient} accepts {@code L1[.L2[.L3[
 * .L4]]]}, reports {@link #isLenient()}, keeps the text it was given as {@link #format()}, and derives {@link
 * #fullForm()} by the reading above ({@code H56.14} = {@code 000.00.14.H56}). Two codes are equal when their levels
 * are, whatever their form.
 *
 * <pre>{@code
 * AgencyCode code = AgencyCode.parse("000.17.22.H56");
 * code.level1();                   // "H56"
 * code.parent();                   // Optional[000.00.22.H56]
 * code.topLevelAgency();           // Ủy ban nhân dân tỉnh Thanh Hóa (CONFIRMED)
 * AgencyCode.check("H56.14");      // NON_STANDARD_FORM
 * AgencyCode.parseLenient("H56.14").fullForm();  // "000.00.14.H56"
 * }</pre>
 *
 * <p>Agency codes are not personal data: {@link #toString()} does not mask.
 *
 * @since 0.1.0
 */
public final class AgencyCode implements Identifier {

  private static final int FULL_LENGTH = 13;

  private final String fullForm;
  private final String text;

  private AgencyCode(String fullForm, String text) {
    this.fullForm = fullForm;
    this.text = text;
  }

  /**
   * Checks {@code text} as an agency code in its standard form {@code DDD.DD.DD.LDD}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result; {@link IdentifierCheck#NON_STANDARD_FORM} for a valid short form
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, false);
  }

  /**
   * Checks {@code text} as an agency code in the standard or the short form. Never throws.
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
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!Digits.isDigit(c) && c != '.' && (c < 'A' || c > 'Z')) {
        return IdentifierCheck.INVALID_CHARACTERS;
      }
    }
    if (isFullForm(text, 0, text.length())) {
      return IdentifierCheck.VALID;
    }
    if (isShortForm(text)) {
      return lenient ? IdentifierCheck.VALID : IdentifierCheck.NON_STANDARD_FORM;
    }
    return text.length() == FULL_LENGTH ? IdentifierCheck.INVALID_FORMAT : IdentifierCheck.WRONG_LENGTH;
  }

  /** Returns whether {@code text[from, to)} is {@code DDD.DD.DD.LDD}. */
  static boolean isFullForm(CharSequence text, int from, int to) {
    return to - from == FULL_LENGTH
        && Digits.all(text, from, from + 3)
        && text.charAt(from + 3) == '.'
        && Digits.all(text, from + 4, from + 6)
        && text.charAt(from + 6) == '.'
        && Digits.all(text, from + 7, from + 9)
        && text.charAt(from + 9) == '.'
        && isLevel1(text, from + 10);
  }

  private static boolean isLevel1(CharSequence text, int at) {
    char c = text.charAt(at);
    return c >= 'A' && c <= 'Z' && Digits.isDigit(text.charAt(at + 1)) && Digits.isDigit(text.charAt(at + 2));
  }

  /** Returns whether {@code text} is {@code LDD[.DD[.DD[.DDD]]]}. */
  static boolean isShortForm(CharSequence text) {
    int n = text.length();
    if (n < 3 || !isLevel1(text, 0)) {
      return false;
    }
    if (n == 3) {
      return true;
    }
    if (n == 6 || n == 9) {
      return isTwoDigitLevels(text, 3, n);
    }
    return n == 13 && isTwoDigitLevels(text, 3, 9) && text.charAt(9) == '.' && Digits.all(text, 10, 13);
  }

  private static boolean isTwoDigitLevels(CharSequence text, int from, int to) {
    for (int i = from; i < to; i += 3) {
      if (text.charAt(i) != '.' || !Digits.isDigit(text.charAt(i + 1)) || !Digits.isDigit(text.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses an agency code in its standard form {@code DDD.DD.DD.LDD}.
   *
   * @param text the text
   * @return the agency code
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  public static AgencyCode parse(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Parses an agency code in the standard or the short form.
   *
   * @param text the text
   * @return the agency code, keeping the form it was given in
   * @throws InvalidIdentifierException if {@link #checkLenient} does not return {@link IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AgencyCode parseLenient(CharSequence text) {
    return parse(text, true);
  }

  private static AgencyCode parse(CharSequence text, boolean lenient) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text, lenient);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.AGENCY_CODE, result, text);
    }
    String s = text.toString();
    return new AgencyCode(isFullForm(s, 0, s.length()) ? s : fullFormOfShort(s), s);
  }

  /** Parses the first 13 characters of a dossier code, already checked to be a full-form agency code. */
  static AgencyCode ofCheckedFullForm(String fullForm) {
    return new AgencyCode(fullForm, fullForm);
  }

  private static String fullFormOfShort(String s) {
    String level2 = s.length() >= 6 ? s.substring(4, 6) : "00";
    String level3 = s.length() >= 9 ? s.substring(7, 9) : "00";
    String level4 = s.length() == 13 ? s.substring(10, 13) : "000";
    return level4 + '.' + level3 + '.' + level2 + '.' + s.substring(0, 3);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.AGENCY_CODE;
  }

  /**
   * Returns the text this code was parsed from: the standard form, or the short form for a lenient parse.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String format() {
    return text;
  }

  /** Returns {@link #format()}: agency codes are not personal data. */
  @Override
  public String masked() {
    return text;
  }

  /**
   * Returns the standard form, derived for a code parsed from the short form.
   *
   * @return {@code DDD.DD.DD.LDD}
   */
  public String fullForm() {
    return fullForm;
  }

  /**
   * Returns whether this code was read from the short form.
   *
   * @return whether {@link #format()} differs from {@link #fullForm()}
   */
  public boolean isLenient() {
    return !fullForm.equals(text);
  }

  /**
   * Returns the level-1 unit: a letter and two digits, such as {@code "H56"}.
   *
   * @return the level-1 code
   */
  public String level1() {
    return fullForm.substring(10, 13);
  }

  /**
   * Returns the level-2 part, {@code "00"} when absent.
   *
   * @return two digits
   */
  public String level2() {
    return fullForm.substring(7, 9);
  }

  /**
   * Returns the level-3 part, {@code "00"} when absent.
   *
   * @return two digits
   */
  public String level3() {
    return fullForm.substring(4, 6);
  }

  /**
   * Returns the level-4 part, {@code "000"} when absent.
   *
   * @return three digits
   */
  public String level4() {
    return fullForm.substring(0, 3);
  }

  /**
   * Returns the letter of the level-1 unit: {@code 'G'} for ministries and government bodies, {@code 'H'} for
   * provincial People's Committees; other letters are used by other bodies.
   *
   * @return a capital letter
   */
  public char unitClass() {
    return fullForm.charAt(10);
  }

  /**
   * Returns how many levels this code has: 1 for {@code 000.00.00.H56}, 3 for {@code 000.17.22.H56}. The depth is
   * that of the lowest non-zero level.
   *
   * @return 1 to 4
   */
  public int depth() {
    if (!level4().equals("000")) {
      return 4;
    }
    if (!level3().equals("00")) {
      return 3;
    }
    return level2().equals("00") ? 1 : 2;
  }

  /**
   * Returns the code of the unit directly above this one: the lowest non-zero level set to zero.
   *
   * @return the parent in standard form, or empty for a level-1 unit
   */
  public Optional<AgencyCode> parent() {
    switch (depth()) {
      case 4:
        return Optional.of(ofCheckedFullForm("000" + fullForm.substring(3)));
      case 3:
        return Optional.of(ofCheckedFullForm("000.00" + fullForm.substring(6)));
      case 2:
        return Optional.of(ofCheckedFullForm("000.00.00." + level1()));
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the name of the level-1 unit from the {@linkplain AgencyCatalog built-in catalogue}, with how well it is
   * established.
   *
   * @return the level-1 agency, or empty if not listed
   */
  public Optional<TopLevelAgency> topLevelAgency() {
    return AgencyCatalog.builtIn().find(level1());
  }

  /** Returns whether {@code o} is an agency code with the same levels, whatever the form each was written in. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AgencyCode && ((AgencyCode) o).fullForm.equals(fullForm);
  }

  @Override
  public int hashCode() {
    return fullForm.hashCode();
  }

  /** Returns {@link #format()}. */
  @Override
  public String toString() {
    return text;
  }
}
