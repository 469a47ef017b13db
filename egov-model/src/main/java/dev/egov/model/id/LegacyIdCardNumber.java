package dev.egov.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.catalog.Province;
import dev.egov.model.internal.Masking;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The number of an old identity card (chứng minh nhân dân, CMND): 9 digits, or 12 digits for the cards of 2012–2016
 * (Thông tư 27/2012/TT-BCA), which share the personal identification number's structure and usually the same number
 * later carried on the citizen identity card.
 *
 * <p>CMND cards still valid on 31 December 2024 ceased to be valid after that date (Luật Căn cước 2023, transitional
 * provisions), but their numbers remain in records ({@code SoCMND}) and in requests that have no personal
 * identification number. The first two digits of a 9-digit number name the issuing police authority in a code list
 * that is not published, so they are not decoded.
 *
 * <pre>{@code
 * LegacyIdCardNumber.parse("123456789").form();          // NINE_DIGITS
 * LegacyIdCardNumber.parse("001089001234").birthYear();  // OptionalInt[1989]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LegacyIdCardNumber implements Identifier {

  /** The two forms of the number. */
  public enum Form {
    /** 9 digits, issued since 1999. */
    NINE_DIGITS,
    /** 12 digits with the personal identification number's structure, issued 2012–2016. */
    TWELVE_DIGITS
  }

  private final String value;

  private LegacyIdCardNumber(String value) {
    this.value = value;
  }

  /**
   * Checks whether {@code text} is an old identity card number: 9 or 12 ASCII digits. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return {@link IdentifierCheck#VALID}, {@link IdentifierCheck#EMPTY}, {@link IdentifierCheck#INVALID_CHARACTERS}
   *     or {@link IdentifierCheck#WRONG_LENGTH}
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    IdentifierCheck result = Digits.checkExactly(text, 9);
    if (result == IdentifierCheck.WRONG_LENGTH && text != null && text.length() == 12) {
      return IdentifierCheck.VALID;
    }
    return result;
  }

  /**
   * Parses an old identity card number.
   *
   * @param text 9 or 12 ASCII digits, no separators
   * @return the number
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LegacyIdCardNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.LEGACY_ID_CARD, result, text);
    }
    return new LegacyIdCardNumber(text.toString());
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.LEGACY_ID_CARD;
  }

  /**
   * Returns the digits.
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

  /**
   * Returns which of the two forms this number has.
   *
   * @return the form
   */
  public Form form() {
    return value.length() == 9 ? Form.NINE_DIGITS : Form.TWELVE_DIGITS;
  }

  /**
   * Returns the sex encoded in a 12-digit number.
   *
   * @return the sex, or empty for a 9-digit number
   */
  public Optional<Sex> sex() {
    return form() == Form.TWELVE_DIGITS ? Optional.of(PersonalNumberStructure.sex(value)) : Optional.empty();
  }

  /**
   * Returns the birth year encoded in a 12-digit number.
   *
   * @return the year, or empty for a 9-digit number
   */
  public OptionalInt birthYear() {
    return form() == Form.TWELVE_DIGITS
        ? OptionalInt.of(PersonalNumberStructure.birthYear(value))
        : OptionalInt.empty();
  }

  /**
   * Returns the birth-registration province encoded in a 12-digit number (legacy table).
   *
   * @return the province, or empty for a 9-digit number or an unknown prefix
   */
  public Optional<Province> birthRegistrationProvince() {
    return form() == Form.TWELVE_DIGITS
        ? PersonalNumberStructure.birthRegistrationProvince(value)
        : Optional.empty();
  }

  /**
   * Returns the personal identification number this card's holder most likely has: the same 12 digits. This is the
   * usual practice, not a rule; confirm with the population database before relying on it.
   *
   * @return the likely number, or empty for a 9-digit number
   */
  public Optional<PersonalIdNumber> likelyPersonalIdNumber() {
    return form() == Form.TWELVE_DIGITS ? Optional.of(PersonalIdNumber.parse(value)) : Optional.empty();
  }

  /**
   * Returns the data-quality findings about a 12-digit number recorded next to a birth date and sex, as {@link
   * PersonalIdNumber#findings(PartialDate, Sex, LocalDate)} does; a 9-digit number has none.
   *
   * @param birthDate the recorded birth date
   * @param sex the recorded sex
   * @param today the current date, from the caller's clock
   * @return the findings, in {@link IdentifierFinding} order
   */
  public List<IdentifierFinding> findings(PartialDate birthDate, Sex sex, LocalDate today) {
    return form() == Form.TWELVE_DIGITS
        ? PersonalNumberStructure.findings(value, birthDate, sex, today)
        : List.of();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LegacyIdCardNumber && ((LegacyIdCardNumber) o).value.equals(value);
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
