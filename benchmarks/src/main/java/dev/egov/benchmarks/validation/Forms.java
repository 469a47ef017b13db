package dev.egov.benchmarks.validation;

import dev.egov.validation.constraints.ValidAgencyCode;
import dev.egov.validation.constraints.ValidDossierCode;
import dev.egov.validation.constraints.ValidHealthInsuranceCardCode;
import dev.egov.validation.constraints.ValidPersonalIdNumber;
import dev.egov.validation.constraints.ValidPhoneNumber;
import dev.egov.validation.constraints.ValidProcedureCode;
import dev.egov.validation.constraints.ValidSocialInsuranceNumber;
import dev.egov.validation.constraints.ValidTaxCode;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import dev.egov.benchmarks.validation.BareConstraints.BareAgencyCode;
import dev.egov.benchmarks.validation.BareConstraints.BareDossierCode;
import dev.egov.benchmarks.validation.BareConstraints.BareHealthInsuranceCardCode;
import dev.egov.benchmarks.validation.BareConstraints.BarePersonalId;
import dev.egov.benchmarks.validation.BareConstraints.BarePhoneNumberLenient;
import dev.egov.benchmarks.validation.BareConstraints.BareProcedureCode;
import dev.egov.benchmarks.validation.BareConstraints.BareSocialInsuranceNumber;
import dev.egov.benchmarks.validation.BareConstraints.BareTaxCode;
import dev.egov.benchmarks.validation.BareConstraints.BareTaxIdentifierLenient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The 12-field application form, twice: with egov's constraints, and with their {@linkplain BareConstraints bare
 * twins}. Same fields, same standard constraints, same values; 17 constraint evaluations per validation, 9 of them
 * identifier checks.
 */
public final class Forms {

  /** The form as a vendor writes it with egov. */
  public record EgovForm(
      @NotBlank @Size(max = 100) String fullName,
      @NotNull @ValidPersonalIdNumber String personalId,
      @ValidTaxCode String taxCode,
      @ValidTaxIdentifier(lenient = true) String taxIdentifier,
      @ValidPhoneNumber(lenient = true) String phone,
      @NotNull @ValidAgencyCode String receivingAgency,
      @NotNull @ValidProcedureCode String procedure,
      @ValidDossierCode String dossier,
      @ValidSocialInsuranceNumber String socialInsurance,
      @ValidHealthInsuranceCardCode String healthInsuranceCard,
      @NotBlank @Size(max = 200) String address,
      @NotNull LocalDate submittedOn) {}

  /** The same form with the bare twins of egov's constraints. */
  public record BareForm(
      @NotBlank @Size(max = 100) String fullName,
      @NotNull @BarePersonalId String personalId,
      @BareTaxCode String taxCode,
      @BareTaxIdentifierLenient String taxIdentifier,
      @BarePhoneNumberLenient String phone,
      @NotNull @BareAgencyCode String receivingAgency,
      @NotNull @BareProcedureCode String procedure,
      @BareDossierCode String dossier,
      @BareSocialInsuranceNumber String socialInsurance,
      @BareHealthInsuranceCardCode String healthInsuranceCard,
      @NotBlank @Size(max = 200) String address,
      @NotNull LocalDate submittedOn) {

    /** The twin of {@code form}: the same values. */
    static BareForm of(EgovForm form) {
      return new BareForm(form.fullName(), form.personalId(), form.taxCode(), form.taxIdentifier(), form.phone(),
          form.receivingAgency(), form.procedure(), form.dossier(), form.socialInsurance(),
          form.healthInsuranceCard(), form.address(), form.submittedOn());
    }
  }

  /** A valid form. */
  public static final EgovForm VALID = new EgovForm(
      "Nguyễn Thị Hoà",
      "079303001234",
      "0100109106",
      "0100109106-001",
      "0912 345 678",
      "000.00.00.H56",
      "1.001193",
      "000.00.06.H56-231027-0361",
      "7912345678",
      "DN4797912345678",
      "Số 1 Tràng Tiền, phường Hoàn Kiếm, Hà Nội",
      LocalDate.of(2026, 11, 22));

  /**
   * The valid form with three violations: a blank name ({@code @NotBlank}), an 11-digit personal ID
   * ({@code PERSONAL_ID.WRONG_LENGTH}) and a tax code with a wrong check digit ({@code TAX_CODE.INVALID_CHECKSUM}).
   */
  public static final EgovForm INVALID_3 = new EgovForm(
      " ",
      "07930300123",
      "0100109107",
      VALID.taxIdentifier(),
      VALID.phone(),
      VALID.receivingAgency(),
      VALID.procedure(),
      VALID.dossier(),
      VALID.socialInsurance(),
      VALID.healthInsuranceCard(),
      VALID.address(),
      VALID.submittedOn());

  private Forms() {}
}
