package dev.egov.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ApplicantTest {

  private static final PersonalIdNumber HOA_ID = PersonalIdNumber.parse("079303001234");

  @Test
  void citizen_carriesThePersonalIdAsDocumentAndIdentifier() {
    Applicant hoa = Applicant.citizen("Nguyễn Thị Hoà", HOA_ID);

    assertThat(hoa.type()).isSameAs(ApplicantType.CITIZEN);
    assertThat(hoa.documentNumber()).isEqualTo("079303001234");
    assertThat(hoa.identifiers()).containsExactly(new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, "079303001234"));
    assertThat(hoa.personalId()).contains(HOA_ID);
    assertThat(hoa.taxIdentifier()).contains(HOA_ID);
  }

  @Test
  void enterprise_carriesTheTaxCodeAsDocument() {
    Applicant company = Applicant.enterprise("Công ty TNHH Ánh Dương", TaxCode.parse("0100109106"));

    assertThat(company.type()).isSameAs(ApplicantType.ENTERPRISE);
    assertThat(company.documentNumber()).isEqualTo("0100109106");
    assertThat(company.identifiers()).isEmpty();
    assertThat(company.personalId()).isEmpty();
    assertThat(company.taxIdentifier()).contains(TaxCode.parse("0100109106"));
  }

  @Test
  void legacyIdCard_fromIdentifiersOrANineDigitDocument() {
    Applicant byIdentifier = new Applicant(ApplicantType.CITIZEN, "Lê Văn Bình", null,
        List.of(new ApplicantIdentifier(IdDocumentType.LEGACY_ID_CARD, "123456789")), null, null, null, null, null);
    Applicant byDocument = new Applicant(ApplicantType.CITIZEN, "Lê Văn Bình", "123456789", List.of(), null, null,
        null, null, null);

    assertThat(byIdentifier.legacyIdCard()).contains(LegacyIdCardNumber.parse("123456789"));
    assertThat(byDocument.legacyIdCard()).contains(LegacyIdCardNumber.parse("123456789"));
    assertThat(byDocument.personalId()).isEmpty();
  }

  @Test
  void constructor_requiredPartsAndCopies() {
    List<ApplicantIdentifier> ids = new ArrayList<>(List.of(new ApplicantIdentifier(IdDocumentType.PERSONAL_ID,
        "079303001234")));
    Applicant applicant = new Applicant(ApplicantType.CITIZEN, "Nguyễn Thị Hoà", null, ids, null, null, null, null,
        null);
    ids.clear();

    assertThat(applicant.identifiers()).hasSize(1);
    assertThatThrownBy(() -> applicant.identifiers().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Applicant.citizen(" ", HOA_ID)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Applicant.citizen(null, HOA_ID)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void withContact_keepsEverythingElse() {
    Applicant hoa = Applicant.citizen("Nguyễn Thị Hoà", HOA_ID).withContact("hoa@example.vn", "0912345678");

    assertThat(hoa.email()).isEqualTo("hoa@example.vn");
    assertThat(hoa.phone()).isEqualTo("0912345678");
    assertThat(hoa.personalId()).contains(HOA_ID);
  }

  @Test
  void toString_citizen_masksNameNumberAndContact() {
    Applicant hoa = Applicant.citizen("Nguyễn Thị Hoà", HOA_ID).withContact("hoa@example.vn", "0912345678");

    assertThat(hoa.toString()).contains("N***** T** H**", "079*******34")
        .doesNotContain("Nguyễn", "Hoà", "079303001234", "hoa@example.vn", "0912345678");
    assertThat(hoa.identifiers().get(0).toString()).doesNotContain("079303001234");
  }

  /** A private enterprise or household business is often named after its owner: masked like a person. */
  @Test
  void toString_enterprise_masksTheNameAndTheTaxCode() {
    Applicant company = Applicant.enterprise("Doanh nghiệp tư nhân Nguyễn Văn An", TaxCode.parse("0100109106"));

    assertThat(company.toString()).contains("D**** n***** t* n*** N***** V** …")
        .doesNotContain("Nguyễn", "0100109106");
  }

  @Test
  void toString_stateAgency_showsTheName() {
    Applicant agency = new Applicant(ApplicantType.STATE_AGENCY, "Ủy ban nhân dân xã Hòa Bình", null, List.of(), null,
        null, null, null, null);

    assertThat(agency.toString()).contains("Ủy ban nhân dân xã Hòa Bình");
  }
}
