package dev.egov.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.person.PersonName;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OrganisationTest {

  private static final Address HEAD_OFFICE = Address.builder(AdministrativeEra.REFORM_2025)
      .province("01", "Thành phố Hà Nội").commune("00004", "Phường Ba Đình").detail("Số 1 Giang Văn Minh").build();

  private static final LegalRepresentative DIRECTOR = new LegalRepresentative(PersonName.parse("Tào Đức Thắng"),
      "Chủ tịch", PersonalIdNumber.parse("001070001234"), LegacyIdCardNumber.parse("123456789"));

  @Test
  void constructor_requiredParts_areChecked() {
    assertThatThrownBy(() -> new Organisation(null, "Viettel", null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Organisation(TaxCode.parse("0100109106"), null, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Organisation(TaxCode.parse("0100109106"), " \t", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LegalRepresentative(null, null, null, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_enterprise_masksItsName_andShowsNeitherAddressNorRepresentative() {
    Organisation viettel = new Organisation(OrganisationKind.ENTERPRISE, TaxCode.parse("0100109106"),
        "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Viettel Group", "Viettel", HEAD_OFFICE, DIRECTOR);

    assertThat(viettel.toString()).startsWith("Organisation[ENTERPRISE, 010*****06, T** đ***")
        .doesNotContain("Viễn thông", "Giang Văn Minh", "Tào", "Thắng", "001070001234", "123456789");
  }

  /**
   * The case found from outside: a household business with a 10-digit tax code printed its owner's full name, because
   * only a personal ID as tax identifier masked the name. The kind of organisation decides.
   */
  @Test
  void toString_householdBusinessWithTenDigitCode_masksOwnerName() {
    Organisation shop = new Organisation(OrganisationKind.HOUSEHOLD_BUSINESS, TaxCode.parse("0100109106"),
        "Hộ kinh doanh Nguyễn Văn An", null, null, null, null);

    assertThat(shop.toString()).contains("H* k*** d**** N***** V** A*")
        .doesNotContain("Nguyễn", "Văn An", "0100109106");
  }

  /** Since 1 July 2025 a household business is identified by its owner's personal ID, which is a person's. */
  @Test
  void toString_householdBusinessWithPersonalId_masksTheIdAndTheName() {
    Organisation shop = new Organisation(OrganisationKind.HOUSEHOLD_BUSINESS, PersonalIdNumber.parse("079303001234"),
        "Hộ kinh doanh Trần Thị Bích", null, null, null, null);

    assertThat(shop.toString()).contains("079*******34").doesNotContain("079303001234", "Trần", "Bích");
  }

  /** A private enterprise is often named after its owner too, whatever its tax identifier. */
  @Test
  void toString_privateEnterpriseNamedAfterItsOwner_masksTheName() {
    Organisation owner = new Organisation(OrganisationKind.ENTERPRISE, TaxCode.parse("0100109106"),
        "Doanh nghiệp tư nhân Lê Văn Tám", null, null, null, null);

    assertThat(owner.toString()).doesNotContain("Lê Văn Tám", "Tám");
  }

  @Test
  void toString_stateAgency_showsItsName() {
    Organisation agency = new Organisation(OrganisationKind.STATE_AGENCY, TaxCode.parse("0100109106"),
        "Ủy ban nhân dân tỉnh Thanh Hóa", null, null, null, null);

    assertThat(agency.toString()).contains("STATE_AGENCY", "Ủy ban nhân dân tỉnh Thanh Hóa");
  }

  /** An organisation whose kind the source does not say may be anyone's: its name is masked. */
  @Test
  void toString_kindNotStated_masksTheName() {
    Organisation unknown = new Organisation(TaxCode.parse("0100109106"), "Hộ kinh doanh Phạm Thị Hoa",
        null, null, null, null);

    assertThat(unknown.kind()).isNull();
    assertThat(unknown.toString()).doesNotContain("Phạm", "Hoa").startsWith("Organisation[010*****06, ");
  }

  @Test
  void kind_mayBeNamedAfterAPerson_everyKindButStateAgency() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertThat(kind.mayBeNamedAfterAPerson()).as(kind.name()).isEqualTo(kind != OrganisationKind.STATE_AGENCY);
    }
  }

  @Test
  void legalRepresentative_toString_masksNameAndNumbers() {
    assertThat(DIRECTOR.toString()).contains("Chủ tịch", "T** Đ** T****")
        .doesNotContain("Tào", "Thắng", "001070001234", "123456789");
  }
}
