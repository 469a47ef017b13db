package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.internal.Masking;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The 15-character code of a health-insurance card (mã thẻ bảo hiểm y tế, BHYT), in the layout of Quyết định
 * 1351/QĐ-BHXH (2015): beneficiary group (2 letters, such as {@code DN}, {@code HS}, {@code TE}), benefit level (1 to
 * 5), province code (2 digits, legacy GSO codes), and the holder's 10-digit {@link SocialInsuranceNumber}.
 *
 * <pre>{@code
 * HealthInsuranceCardCode card = HealthInsuranceCardCode.parse("DN4797912345678");
 * card.beneficiaryGroup();        // "DN"
 * card.benefitLevel();            // 4
 * card.socialInsuranceNumber();   // 7912345678
 * }</pre>
 *
 * <p>The list of about 50 beneficiary groups is not published in a form egov could verify, so any two capital
 * letters are accepted; the wording of the benefit levels is uncertain too (docs/identifiers.md, Social insurance and health insurance). {@link
 * #parseLenient} also takes lower-case letters and the spaces or hyphens printed between the groups. Since 1 July
 * 2025 a health-insurance field may also hold the social-insurance number or the personal identification number:
 * see {@link HealthInsuranceIdentifier}.
 *
 * @since 0.1.0
 */
public final class HealthInsuranceCardCode implements HealthInsuranceIdentifier {

  private final String value;
  private final boolean lenient;

  private HealthInsuranceCardCode(String value, boolean lenient) {
    this.value = value;
    this.lenient = lenient;
  }

  /**
   * Checks {@code text} as a card code in its standard form (15 characters, capital letters). Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, false);
  }

  /**
   * Checks {@code text} as a card code, also accepting lower case and separators. Never throws.
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
    boolean nonStandard = false;
    int significant = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || Digits.isDigit(c)) {
        significant++;
      } else if ((c >= 'a' && c <= 'z')) {
        significant++;
        nonStandard = true;
      } else if (c == ' ' || c == '-') {
        nonStandard = true;
      } else {
        return IdentifierCheck.INVALID_CHARACTERS;
      }
    }
    if (significant != 15) {
      return IdentifierCheck.WRONG_LENGTH;
    }
    CharSequence code = nonStandard ? normalise(text) : text;
    if (!isLetter(code.charAt(0)) || !isLetter(code.charAt(1)) || !Digits.all(code, 2, 15)) {
      return IdentifierCheck.INVALID_FORMAT;
    }
    char level = code.charAt(2);
    if (level < '1' || level > '5') {
      return IdentifierCheck.INVALID_COMPONENT;
    }
    return nonStandard && !lenient ? IdentifierCheck.NON_STANDARD_FORM : IdentifierCheck.VALID;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(15);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append((char) (c - 'a' + 'A'));
      } else if (c != ' ' && c != '-') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Parses a card code in its standard form.
   *
   * @param text 15 characters: two capital letters and 13 digits
   * @return the card code
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  public static HealthInsuranceCardCode parse(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Parses a card code, also accepting lower case and spaces or hyphens between the groups.
   *
   * @param text the text
   * @return the card code, normalised to its standard form
   * @throws InvalidIdentifierException if {@link #checkLenient} does not return {@link IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HealthInsuranceCardCode parseLenient(CharSequence text) {
    return parse(text, true);
  }

  private static HealthInsuranceCardCode parse(CharSequence text, boolean lenient) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text, lenient);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.HEALTH_INSURANCE_CARD, result, text);
    }
    String code = normalise(text);
    return new HealthInsuranceCardCode(code, !code.contentEquals(text));
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.HEALTH_INSURANCE_CARD;
  }

  /**
   * Returns the 15 characters, capital letters, no separators.
   *
   * @return the code, unmasked
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
   * Returns the beneficiary group (mã đối tượng), such as {@code "DN"} (employees of enterprises), {@code "HS"}
   * (pupils), {@code "TE"} (children under six).
   *
   * @return two capital letters
   */
  public String beneficiaryGroup() {
    return value.substring(0, 2);
  }

  /**
   * Returns the benefit level (mức hưởng).
   *
   * @return 1 to 5
   */
  public int benefitLevel() {
    return value.charAt(2) - '0';
  }

  /**
   * Returns the two-digit province code of the issuing social-security office (for a child's temporary card, the
   * province of residence).
   *
   * @return two digits
   */
  public String provinceCode() {
    return value.substring(3, 5);
  }

  /**
   * Returns the legacy province the {@linkplain #provinceCode() province code} names. Vietnam Social Security also
   * uses codes outside the GSO table (for example for its military and police branches), so an empty result does not
   * make the card invalid.
   *
   * @return the legacy province, or empty
   */
  public Optional<Province> province() {
    return ProvinceCatalog.builtIn().find(ProvinceCode.legacy(provinceCode()));
  }

  /**
   * Returns the holder's social-insurance number, the last ten digits.
   *
   * @return the number
   */
  public SocialInsuranceNumber socialInsuranceNumber() {
    return SocialInsuranceNumber.parse(value.substring(5));
  }

  /**
   * Returns whether this code was read from a non-standard form (lower case or separators).
   *
   * @return whether the text parsed was not the standard form
   */
  public boolean isLenient() {
    return lenient;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HealthInsuranceCardCode && ((HealthInsuranceCardCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the {@linkplain #masked() masked} code. */
  @Override
  public String toString() {
    return masked();
  }
}
