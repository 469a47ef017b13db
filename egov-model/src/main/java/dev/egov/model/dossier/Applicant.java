package dev.egov.model.dossier;

import dev.egov.model.address.Address;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.internal.Masking;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The applicant of a dossier (chủ hồ sơ): a citizen or an organisation, as the portal's dossier payload describes them
 * ({@code LoaiDoiTuong}, {@code ChuHoSo}, {@code SoGiayToChuHoSo}, {@code DinhDanhCHS}, {@code MaDoiTuong}, {@code
 * Email}, {@code Fax}, {@code SoDienThoai}).
 *
 * <p>Identity numbers are kept as written; whether they fit the applicant's type (a citizen's personal ID, an
 * enterprise's tax code) is a validation rule ({@code DOSSIER.APPLICANT_ID_MISMATCH}), so that a dossier that breaks
 * it is reported, not lost. {@link #personalId()} and {@link #taxIdentifier()} give the parsed views.
 *
 * @param type the kind of applicant
 * @param name the applicant's name ({@code ChuHoSo}): a person's full name or an organisation's name
 * @param documentNumber the number of the applicant's identity document or registration ({@code SoGiayToChuHoSo}), or
 *     {@code null}
 * @param identifiers the identity documents ({@code DinhDanhCHS}), in order; empty when none
 * @param portalAccountId the applicant's account on the national portal ({@code MaDoiTuong}, online dossiers only), or
 *     {@code null}
 * @param email the e-mail address as written, or {@code null}
 * @param fax the fax number as written, or {@code null}
 * @param phone the phone number as written, or {@code null}
 * @param address the applicant's address, or {@code null}
 * @since 0.1.0
 */
public record Applicant(
    ApplicantType type,
    String name,
    @Nullable String documentNumber,
    List<ApplicantIdentifier> identifiers,
    @Nullable String portalAccountId,
    @Nullable String email,
    @Nullable String fax,
    @Nullable String phone,
    @Valid @Nullable Address address) {

  /**
   * Checks the required parts and copies the list.
   *
   * @param type the kind of applicant
   * @param name the applicant's name ({@code ChuHoSo}): a person's full name or an organisation's name
   * @param documentNumber the number of the applicant's identity document or registration ({@code SoGiayToChuHoSo}),
   *     or {@code null}
   * @param identifiers the identity documents ({@code DinhDanhCHS}), in order; empty when none
   * @param portalAccountId the applicant's account on the national portal ({@code MaDoiTuong}, online dossiers only),
   *     or {@code null}
   * @param email the e-mail address as written, or {@code null}
   * @param fax the fax number as written, or {@code null}
   * @param phone the phone number as written, or {@code null}
   * @param address the applicant's address, or {@code null}
   * @throws IllegalArgumentException if the name is blank
   */
  public Applicant {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    identifiers = List.copyOf(identifiers);
    if (name.isBlank()) {
      throw new IllegalArgumentException("An applicant's name is blank");
    }
  }

  /**
   * Returns a citizen applicant identified by their personal identification number, listed both as the document
   * number and in the identity-document list, as portal payloads carry it.
   *
   * @param name the citizen's full name
   * @param personalId the citizen's personal identification number
   * @return the applicant
   */
  public static Applicant citizen(String name, PersonalIdNumber personalId) {
    return new Applicant(ApplicantType.CITIZEN, name, personalId.format(),
        List.of(new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, personalId.format())),
        null, null, null, null, null);
  }

  /**
   * Returns an enterprise applicant identified by its tax identifier.
   *
   * @param name the enterprise's name
   * @param taxIdentifier its tax identifier
   * @return the applicant
   */
  public static Applicant enterprise(String name, TaxIdentifier taxIdentifier) {
    return new Applicant(ApplicantType.ENTERPRISE, name, taxIdentifier.format(), List.of(),
        null, null, null, null, null);
  }

  /**
   * Returns this applicant with the given contact details.
   *
   * @param email the e-mail address, or {@code null}
   * @param phone the phone number, or {@code null}
   * @return a copy with the contact details replaced
   */
  public Applicant withContact(@Nullable String email, @Nullable String phone) {
    return new Applicant(type, name, documentNumber, identifiers, portalAccountId, email, fax, phone, address);
  }

  /**
   * Returns the applicant's personal identification number: the first identity document of that type whose number is
   * valid, or else the document number if it is one.
   *
   * @return the number, or empty
   */
  public Optional<PersonalIdNumber> personalId() {
    for (ApplicantIdentifier id : identifiers) {
      if (id.type() == IdDocumentType.PERSONAL_ID && PersonalIdNumber.check(id.number()).isValid()) {
        return Optional.of(PersonalIdNumber.parse(id.number()));
      }
    }
    return documentNumber != null && PersonalIdNumber.check(documentNumber).isValid()
        ? Optional.of(PersonalIdNumber.parse(documentNumber))
        : Optional.empty();
  }

  /**
   * Returns the applicant's old identity card number, from the identity documents or the document number.
   *
   * @return the number, or empty
   */
  public Optional<LegacyIdCardNumber> legacyIdCard() {
    for (ApplicantIdentifier id : identifiers) {
      if (id.type() == IdDocumentType.LEGACY_ID_CARD && LegacyIdCardNumber.check(id.number()).isValid()) {
        return Optional.of(LegacyIdCardNumber.parse(id.number()));
      }
    }
    return documentNumber != null && documentNumber.length() == 9
        && LegacyIdCardNumber.check(documentNumber).isValid()
        ? Optional.of(LegacyIdCardNumber.parse(documentNumber))
        : Optional.empty();
  }

  /**
   * Returns the document number read as a tax identifier (in any form seen in real data).
   *
   * @return the tax identifier, or empty if the document number is absent or is not one
   */
  public Optional<TaxIdentifier> taxIdentifier() {
    return documentNumber != null && TaxIdentifier.checkLenient(documentNumber) == IdentifierCheck.VALID
        ? Optional.of(TaxIdentifier.parseLenient(documentNumber))
        : Optional.empty();
  }

  /**
   * Returns the type and masked name and document number; no contact details. Only a state agency's name prints in
   * full: an enterprise's or household business's name is often its owner's (doanh nghiệp tư nhân, hộ kinh doanh).
   */
  @Override
  public String toString() {
    return "Applicant[" + type + ", " + (type == ApplicantType.STATE_AGENCY ? name : Masking.maskName(name))
        + (documentNumber == null ? "" : ", " + Masking.mask(documentNumber)) + ']';
  }
}
