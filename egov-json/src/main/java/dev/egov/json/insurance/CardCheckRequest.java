package dev.egov.json.insurance;

import dev.egov.json.internal.Redaction;
import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.model.id.PersonalIdNumber;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The card check ({@code KQNhanLichSuKCB2024}): {@code {maThe, hoTen, ngaySinh, hoTenCb, cccdCb}}. Every value is
 * personal data; {@link #toString()} shows none.
 *
 * <pre>{@code
 * CardCheckRequest request = CardCheckRequest.of(HealthInsuranceCardCode.parse("DN4010123456789"), "Nguyễn Văn An",
 *     LocalDate.of(1990, 5, 17), "Trần Thị Bình", PersonalIdNumber.parse("001190012345"));
 * request.birthDate();   // 17/05/1990
 * }</pre>
 *
 * @param cardCode {@code maThe}: the card's 15 characters, or the 10-digit social-insurance number, or the personal ID
 * @param name {@code hoTen}: the insured person's name
 * @param birthDate {@code ngaySinh}: {@code dd/MM/yyyy}, or {@code yyyy} when only the year is known
 * @param officerName {@code hoTenCb}: the checking officer's name, required by the gateway since Công văn
 *     1923/BHXH-CNTT, or {@code null}
 * @param officerPersonalId {@code cccdCb}: the checking officer's personal ID, or {@code null}
 * @since 0.1.0
 */
public record CardCheckRequest(
    String cardCode,
    String name,
    String birthDate,
    @Nullable String officerName,
    @Nullable String officerPersonalId) {

  /**
   * Checks the required parts.
   *
   * @param cardCode {@code maThe}
   * @param name {@code hoTen}
   * @param birthDate {@code ngaySinh}
   * @param officerName {@code hoTenCb}, or {@code null}
   * @param officerPersonalId {@code cccdCb}, or {@code null}
   * @throws IllegalArgumentException if the card code, name or birth date is blank
   */
  public CardCheckRequest {
    Objects.requireNonNull(cardCode, "cardCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(birthDate, "birthDate");
    if (cardCode.isBlank() || name.isBlank() || birthDate.isBlank()) {
      throw new IllegalArgumentException("A card check has a card code, a name and a birth date");
    }
  }

  /**
   * Returns a check for a person whose birth date is known.
   *
   * @param card the card code, social-insurance number or personal ID
   * @param name the insured person's name
   * @param birthDate the birth date, written {@code dd/MM/yyyy}
   * @param officerName the checking officer's name
   * @param officer the checking officer's personal ID
   * @return the request
   */
  public static CardCheckRequest of(HealthInsuranceIdentifier card, String name, LocalDate birthDate,
      String officerName, PersonalIdNumber officer) {
    return new CardCheckRequest(card.format(), name, String.format(Locale.ROOT, "%02d/%02d/%04d",
        birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear()), officerName, officer.format());
  }

  /**
   * Returns a check for a person of whom only the birth year is known.
   *
   * @param card the card code, social-insurance number or personal ID
   * @param name the insured person's name
   * @param birthYear the birth year, written {@code yyyy}
   * @param officerName the checking officer's name
   * @param officer the checking officer's personal ID
   * @return the request
   */
  public static CardCheckRequest of(HealthInsuranceIdentifier card, String name, Year birthYear,
      String officerName, PersonalIdNumber officer) {
    return new CardCheckRequest(card.format(), name, String.format(Locale.ROOT, "%04d", birthYear.getValue()),
        officerName, officer.format());
  }

  /** Returns the values' lengths only. */
  @Override
  public String toString() {
    return "CardCheckRequest[cardCode=" + Redaction.personal(cardCode) + ", name=" + Redaction.personal(name)
        + ", birthDate=" + Redaction.personal(birthDate) + ", officerName=" + Redaction.personal(officerName)
        + ", officerPersonalId=" + Redaction.personal(officerPersonalId) + ']';
  }
}
