package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.egov.model.internal.Masking;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A social-insurance number (mã số bảo hiểm xã hội, BHXH): the lifelong 10-digit personal number issued by Vietnam
 * Social Security. It is also the last ten characters of a {@link HealthInsuranceCardCode}, and new-form cards show it
 * as the card number.
 *
 * <p>No authoritative structure or check digit has been published (docs/identifiers.md, Social insurance and health insurance): only the format is checked.
 * Ten digits can equally be a {@link TaxCode}; {@link IdentifierKind#plausibleKinds} lists both readings.
 *
 * @since 0.1.0
 */
public final class SocialInsuranceNumber implements HealthInsuranceIdentifier {

  private final String value;

  private SocialInsuranceNumber(String value) {
    this.value = value;
  }

  /**
   * Checks whether {@code text} is a social-insurance number: exactly 10 ASCII digits. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return {@link IdentifierCheck#VALID}, {@link IdentifierCheck#EMPTY}, {@link IdentifierCheck#INVALID_CHARACTERS}
   *     or {@link IdentifierCheck#WRONG_LENGTH}
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return Digits.checkExactly(text, 10);
  }

  /**
   * Parses a social-insurance number.
   *
   * @param text exactly 10 ASCII digits
   * @return the number
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SocialInsuranceNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.SOCIAL_INSURANCE_NUMBER, result, text);
    }
    return new SocialInsuranceNumber(text.toString());
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.SOCIAL_INSURANCE_NUMBER;
  }

  /**
   * Returns the 10 digits.
   *
   * @return the number, unmasked
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SocialInsuranceNumber && ((SocialInsuranceNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the {@linkplain #masked() masked} number. */
  @Override
  public String toString() {
    return masked();
  }
}
