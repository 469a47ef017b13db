package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a health-insurance field can hold: the 15-character {@link HealthInsuranceCardCode}, the 10-digit {@link
 * SocialInsuranceNumber} that new-form cards and VssID show as the card number, or the {@link PersonalIdNumber} that
 * may replace the card since 1 July 2025 (Luật Bảo hiểm y tế sửa đổi 2024). {@link #kind()} is the discriminator.
 *
 * <pre>{@code
 * HealthInsuranceIdentifier.parse("DN4797912345678").kind();  // HEALTH_INSURANCE_CARD
 * HealthInsuranceIdentifier.parse("7912345678").kind();       // SOCIAL_INSURANCE_NUMBER
 * HealthInsuranceIdentifier.parse("079203001234").kind();     // PERSONAL_ID
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface HealthInsuranceIdentifier extends Identifier
    permits HealthInsuranceCardCode, SocialInsuranceNumber, PersonalIdNumber {

  /**
   * Checks {@code text} as any of the three, in standard form: a text with letters as a card code, 10 digits as a
   * social-insurance number, 12 as a personal identification number. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result of checking it as the kind it most resembles
   */
  static IdentifierCheck check(@Nullable CharSequence text) {
    return check(text, false);
  }

  /**
   * Checks {@code text} as any of the three, also accepting a card code in lower case or with separators. Never
   * throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result of checking it as the kind it most resembles
   */
  static IdentifierCheck checkLenient(@Nullable CharSequence text) {
    return check(text, true);
  }

  /**
   * Parses any of the three, in standard form.
   *
   * @param text the text
   * @return a {@link HealthInsuranceCardCode}, {@link SocialInsuranceNumber} or {@link PersonalIdNumber}
   * @throws InvalidIdentifierException if {@link #check(CharSequence)} does not return {@link IdentifierCheck#VALID}
   */
  static HealthInsuranceIdentifier parse(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Parses any of the three, also accepting a card code in lower case or with separators.
   *
   * @param text the text
   * @return a {@link HealthInsuranceCardCode}, {@link SocialInsuranceNumber} or {@link PersonalIdNumber}
   * @throws InvalidIdentifierException if {@link #checkLenient(CharSequence)} does not return {@link
   *     IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static HealthInsuranceIdentifier parseLenient(CharSequence text) {
    return parse(text, true);
  }

  private static IdentifierCheck check(@Nullable CharSequence text, boolean lenient) {
    if (text == null || text.length() == 0) {
      return IdentifierCheck.EMPTY;
    }
    if (Digits.all(text, 0, text.length())) {
      if (text.length() == 10) {
        return SocialInsuranceNumber.check(text);
      }
      if (text.length() == 12) {
        return PersonalIdNumber.check(text);
      }
    }
    // Everything else is read as a card code, exactly as parse does, so that both report the same reason.
    return lenient ? HealthInsuranceCardCode.checkLenient(text) : HealthInsuranceCardCode.check(text);
  }

  private static HealthInsuranceIdentifier parse(CharSequence text, boolean lenient) {
    Objects.requireNonNull(text, "text");
    if (text.length() > 0 && Digits.all(text, 0, text.length())) {
      if (text.length() == 10) {
        return SocialInsuranceNumber.parse(text);
      }
      if (text.length() == 12) {
        return PersonalIdNumber.parse(text);
      }
    }
    return lenient ? HealthInsuranceCardCode.parseLenient(text) : HealthInsuranceCardCode.parse(text);
  }
}
