package dev.egov.model.result;

import dev.egov.model.code.ApplicantType;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.internal.Masking;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a result is issued to: a person or an organisation, with the identifiers the document carries.
 *
 * <p>A result issued to an individual should carry their personal identification number, a rule that is widely
 * implemented but whose legal article is not known (docs/dossiers-and-portal.md, Results); results issued before the personal ID existed
 * carry only an old identity card number. Both are representable here; {@code egov-validation} reports the second
 * ({@code RESULT.PERSONAL_ID_MISSING}) unless the rule is switched off.
 *
 * @param type individual or kind of organisation
 * @param name the holder's name as printed on the document
 * @param personalId the personal identification number, or {@code null}
 * @param legacyIdCard the old identity card number, or {@code null}
 * @param taxIdentifier an organisation's tax identifier, or {@code null}
 * @since 0.1.0
 */
public record ResultHolder(
    ApplicantType type,
    String name,
    @Nullable PersonalIdNumber personalId,
    @Nullable LegacyIdCardNumber legacyIdCard,
    @Nullable TaxIdentifier taxIdentifier) {

  /**
   * Checks the required parts.
   *
   * @param type individual or kind of organisation
   * @param name the holder's name as printed on the document
   * @param personalId the personal identification number, or {@code null}
   * @param legacyIdCard the old identity card number, or {@code null}
   * @param taxIdentifier an organisation's tax identifier, or {@code null}
   */
  public ResultHolder {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns an individual holder identified by their personal identification number.
   *
   * @param name the name as printed
   * @param personalId the number
   * @return the holder
   */
  public static ResultHolder individual(String name, PersonalIdNumber personalId) {
    return new ResultHolder(ApplicantType.CITIZEN, name, Objects.requireNonNull(personalId, "personalId"), null, null);
  }

  /**
   * Returns the type and the masked name and numbers. Only a state agency's name prints in full: an enterprise's or
   * household business's name is often its owner's.
   */
  @Override
  public String toString() {
    return "ResultHolder[" + type + ", " + (type == ApplicantType.STATE_AGENCY ? name : Masking.maskName(name))
        + (personalId == null ? "" : ", " + personalId) + (legacyIdCard == null ? "" : ", " + legacyIdCard)
        + (taxIdentifier == null ? "" : ", " + taxIdentifier) + ']';
  }
}
