package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.Strictness;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.validation.constraints.ValidAgencyCode;
import dev.egov.validation.constraints.ValidDossierCode;
import dev.egov.validation.constraints.ValidPersonalIdNumber;
import dev.egov.validation.constraints.ValidPhoneNumber;
import dev.egov.validation.constraints.ValidTaxCode;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** On egov's own value types, the constraints check what parsing may have relaxed. */
@Timeout(30)
class ValueTypeConstraintsTest {

  record Values(
      @ValidTaxCode TaxCode taxCode,
      @ValidTaxIdentifier TaxIdentifier taxIdentifier,
      @ValidAgencyCode AgencyCode agency,
      @ValidDossierCode DossierCode dossier,
      @ValidPhoneNumber PhoneNumber phone,
      @ValidPersonalIdNumber PersonalIdNumber personalId) {}

  record LenientValues(
      @ValidTaxCode(lenient = true) TaxCode taxCode,
      @ValidAgencyCode(lenient = true) AgencyCode agency,
      @ValidDossierCode(lenient = true) DossierCode dossier) {}

  @Test
  void standardValues_areValid() {
    Values values = new Values(
        TaxCode.parse("0100109106"),
        TaxIdentifier.parse("079303001234"),
        AgencyCode.parse("000.00.00.H56"),
        DossierCode.parse("000.00.06.H56-231027-0361"),
        PhoneNumber.parse("0912345678"),
        PersonalIdNumber.parse("079303001234"));

    assertThat(EgovValidation.validate(values, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void leniencyOfParsedValues_failsStrictConstraints_andPassesLenientOnes() {
    TaxCode separated = TaxCode.parseLenient("01.00.109.106");
    AgencyCode shortForm = AgencyCode.parseLenient("H56.14");
    DossierCode fiveDigits = DossierCode.parseLenient("000.00.06.H56-231027-03611");

    assertThat(EgovValidation.validate(
            new Values(separated, TaxIdentifier.parseLenient("01.00.109.106"), shortForm, fiveDigits, null, null),
            Locale.ENGLISH))
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "agency AGENCY_CODE.NON_STANDARD_FORM",
            "dossier DOSSIER_CODE.NON_STANDARD_FORM",
            "taxCode TAX_CODE.NON_STANDARD_FORM",
            "taxIdentifier TAX_IDENTIFIER.NON_STANDARD_FORM");
    assertThat(EgovValidation.validate(new LenientValues(separated, shortForm, fiveDigits), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void valueVerifiedAtLowerStrictness_isCheckedAgain() {
    TaxCode unchecked = TaxCode.parse("0100109107", Strictness.FORMAT);
    PhoneNumber unallocated = PhoneNumber.parse("0952345678", Strictness.FORMAT);

    assertThat(EgovValidation.validate(new Values(unchecked, null, null, null, unallocated, null), Locale.ENGLISH))
        .extracting(Violation::code)
        .containsExactly("PHONE_NUMBER.INVALID_COMPONENT", "TAX_CODE.INVALID_CHECKSUM");
  }

  @Test
  void inboundPhoneNumbers_readAtFormatLevel_areReportedBySemanticConstraint() {
    PhoneNumber inbound = PhoneNumber.parseInbound("84 95 234 5678");

    assertThat(EgovValidation.validate(new Values(null, null, null, null, inbound, null), Locale.ENGLISH))
        .extracting(Violation::code)
        .containsExactly("PHONE_NUMBER.NON_STANDARD_FORM");
  }
}
