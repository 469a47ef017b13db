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
import org.jspecify.annotations.Nullable;

/**
 * A personal identification number (số định danh cá nhân), the 12-digit number on the citizen identity card (CCCD,
 * "thẻ căn cước" since 1 July 2024).
 *
 * <p>One number serves every purpose: identity card, VNeID account, the portal's {@code SoDinhDanh}, health-insurance
 * look-ups, and, since 1 July 2025, tax identification of individuals (Thông tư 86/2024/TT-BTC). Hence this type is
 * both a {@link TaxIdentifier} and a {@link HealthInsuranceIdentifier}.
 *
 * <p><b>Structure</b> {@code PPP G YY RRRRRR} (Nghị định 137/2015/NĐ-CP Art. 13; Thông tư 07/2016/TT-BCA; Thông tư
 * 59/2021/TT-BCA Art. 4; Luật Căn cước 2023 Art. 12): the birth-registration province ({@code "0"} and its legacy
 * code), the century and sex, the last two digits of the birth year, six random digits. <b>There is no check
 * digit</b>: any 12 ASCII digits are a valid number, and a prefix outside the domestic table (a birth registered
 * abroad carries a country code whose table is not published) is a {@linkplain IdentifierFinding#UNKNOWN_PREFIX
 * finding}, not an error.
 *
 * <pre>{@code
 * PersonalIdNumber id = PersonalIdNumber.parse("079303001234");
 * id.sex();                            // FEMALE (century digit 3)
 * id.birthYear();                      // 2003
 * id.birthRegistrationProvince();      // Hồ Chí Minh (legacy 79)
 * id.findings(PartialDate.ofYear(2004), Sex.FEMALE, LocalDate.of(2026, 1, 1)); // [BIRTH_YEAR_MISMATCH]
 * id.toString();                       // 079*******34
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks; {@link #format()} does not.
 *
 * @since 0.1.0
 */
public final class PersonalIdNumber implements TaxIdentifier, HealthInsuranceIdentifier {

  private final String value;

  private PersonalIdNumber(String value) {
    this.value = value;
  }

  /**
   * Checks whether {@code text} is a personal identification number: exactly 12 ASCII digits. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return {@link IdentifierCheck#VALID}, {@link IdentifierCheck#EMPTY}, {@link IdentifierCheck#INVALID_CHARACTERS}
   *     or {@link IdentifierCheck#WRONG_LENGTH}
   */
  public static IdentifierCheck check(@Nullable CharSequence text) {
    return Digits.checkExactly(text, 12);
  }

  /**
   * Parses a personal identification number.
   *
   * @param text exactly 12 ASCII digits, no separators
   * @return the number
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PersonalIdNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    IdentifierCheck result = check(text);
    if (result != IdentifierCheck.VALID) {
      throw new InvalidIdentifierException(IdentifierKind.PERSONAL_ID, result, text);
    }
    return new PersonalIdNumber(text.toString());
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.PERSONAL_ID;
  }

  /**
   * Returns the 12 digits.
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
   * Returns the first three digits: the birth-registration province ({@code "0"} and the legacy province code) or,
   * for births registered abroad, a country code.
   *
   * @return three digits
   */
  public String prefix() {
    return PersonalNumberStructure.prefix(value);
  }

  /**
   * Returns the province where the birth was registered, decoded with the legacy (2004) table. Numbers are never
   * re-issued, so this holds for numbers issued after the 2025 reform too; the province may since have merged (see
   * {@link dev.egov.model.catalog.ProvinceCatalog#successorOf}).
   *
   * @return the legacy province, or empty for a prefix outside the domestic table
   */
  public Optional<Province> birthRegistrationProvince() {
    return PersonalNumberStructure.birthRegistrationProvince(value);
  }

  /**
   * Returns whether the prefix is one of the 63 domestic province codes.
   *
   * @return {@code false} when {@link #findings()} reports {@link IdentifierFinding#UNKNOWN_PREFIX}
   */
  public boolean hasDomesticPrefix() {
    return birthRegistrationProvince().isPresent();
  }

  /**
   * Returns the sex encoded in the fourth digit: even digits male, odd female.
   *
   * @return {@link Sex#MALE} or {@link Sex#FEMALE}
   */
  public Sex sex() {
    return PersonalNumberStructure.sex(value);
  }

  /**
   * Returns the birth year encoded in digits 4 to 6: {@code 1900 + 100 * (G / 2) + YY}.
   *
   * @return a year from 1900 to 2399
   */
  public int birthYear() {
    return PersonalNumberStructure.birthYear(value);
  }

  /**
   * Returns the findings about the number on its own: {@link IdentifierFinding#UNKNOWN_PREFIX} or nothing.
   *
   * @return the findings, in {@link IdentifierFinding} order
   */
  public List<IdentifierFinding> findings() {
    return hasDomesticPrefix() ? List.of() : List.of(IdentifierFinding.UNKNOWN_PREFIX);
  }

  /**
   * Returns the data-quality findings about this number as recorded next to a birth date and sex. A mismatch is a
   * finding, never an error: historic data-entry errors exist, and the number stays the person's number.
   *
   * @param birthDate the recorded birth date, possibly partial or {@linkplain PartialDate#unknown() unknown}; only its
   *     year is compared
   * @param sex the recorded sex; {@link Sex#UNKNOWN} is never a mismatch
   * @param today the current date, from the caller's {@link java.time.Clock}, for {@link
   *     IdentifierFinding#BIRTH_YEAR_IN_FUTURE}
   * @return the findings, in {@link IdentifierFinding} order; empty when everything agrees
   */
  public List<IdentifierFinding> findings(PartialDate birthDate, Sex sex, LocalDate today) {
    return PersonalNumberStructure.findings(value, birthDate, sex, today);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonalIdNumber && ((PersonalIdNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the {@linkplain #masked() masked} number, such as {@code 079*******34}. */
  @Override
  public String toString() {
    return masked();
  }
}
