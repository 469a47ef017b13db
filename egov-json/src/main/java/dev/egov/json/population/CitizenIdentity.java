package dev.egov.json.population;

import dev.egov.model.PartialDate;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.PersonName;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity tuple a look-up or verification asks about (docs/population-database.md, Request metadata): a personal identification number ({@code
 * SoDinhDanh}) or, when there is none, an old identity card number ({@code SoCMND}), the full name ({@code HoVaTen},
 * sent as one string) and the birth date ({@code NgayThangNamSinh}).
 *
 * @param personalId {@code SoDinhDanh}, or {@code null} when only the old card number is known
 * @param legacyIdCard {@code SoCMND}, or {@code null}
 * @param name {@code HoVaTen}; sent as its {@linkplain PersonName#fullName() full name}
 * @param birthDate {@code NgayThangNamSinh}: a full date or a year; {@link PartialDate#unknown()} when not sent
 * @since 0.1.0
 */
public record CitizenIdentity(
    @Nullable PersonalIdNumber personalId,
    @Nullable LegacyIdCardNumber legacyIdCard,
    PersonName name,
    PartialDate birthDate) {

  /**
   * Checks the parts.
   *
   * @param personalId {@code SoDinhDanh}, or {@code null} when only the old card number is known
   * @param legacyIdCard {@code SoCMND}, or {@code null}
   * @param name {@code HoVaTen}; sent as its {@linkplain PersonName#fullName() full name}
   * @param birthDate {@code NgayThangNamSinh}: a full date or a year; {@link PartialDate#unknown()} when not sent
   * @throws IllegalArgumentException if there is neither a personal identification number nor an old card number
   */
  public CitizenIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(birthDate, "birthDate");
    if (personalId == null && legacyIdCard == null) {
      throw new IllegalArgumentException("An identity needs a personal identification number or an old card number");
    }
  }

  /**
   * Returns the identity of a personal identification number.
   *
   * @param personalId the number
   * @param name the name
   * @param birthDate the birth date
   * @return the identity
   */
  public static CitizenIdentity of(PersonalIdNumber personalId, PersonName name, PartialDate birthDate) {
    return new CitizenIdentity(Objects.requireNonNull(personalId, "personalId"), null, name, birthDate);
  }

  /** Returns the masked identity numbers and name; nothing else. */
  @Override
  public String toString() {
    return "CitizenIdentity[" + (personalId == null ? "legacyIdCard=" + legacyIdCard : "personalId=" + personalId)
        + ", name=" + name + ']';
  }
}
