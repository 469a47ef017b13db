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
  void toString_enterprise_showsItsNameButNotItsAddressOrRepresentative() {
    Organisation viettel = new Organisation(TaxCode.parse("0100109106"),
        "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Viettel Group", "Viettel", HEAD_OFFICE, DIRECTOR);

    assertThat(viettel.toString()).contains("Tập đoàn Công nghiệp - Viễn thông Quân đội")
        .doesNotContain("Giang Văn Minh", "Tào", "Thắng", "001070001234", "123456789");
  }

  /** Since 1 July 2025 a household business is identified by its owner's personal ID, which is a person's. */
  @Test
  void toString_householdBusiness_masksTheOwnersPersonalId() {
    Organisation shop = new Organisation(PersonalIdNumber.parse("079303001234"), "Hộ kinh doanh Tạp hoá Số 9",
        null, null, null, null);

    assertThat(shop.toString()).contains("079*******34").doesNotContain("079303001234");
  }

  @Test
  void legalRepresentative_toString_masksNameAndNumbers() {
    assertThat(DIRECTOR.toString()).contains("Chủ tịch", "T** Đ** T****")
        .doesNotContain("Tào", "Thắng", "001070001234", "123456789");
  }
}
