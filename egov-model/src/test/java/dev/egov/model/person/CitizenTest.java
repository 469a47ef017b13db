package dev.egov.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.DataQualityFlag;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.Relation;
import dev.egov.model.code.Religion;
import dev.egov.model.id.IdentifierFinding;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The population-database citizen (docs/population-database.md, The citizen record): required parts, copies, findings and masking. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CitizenTest {

  /** Female, born in 2003 (century-and-sex digit 3, year 03), registered in Hồ Chí Minh City (079). */
  private static final PersonalIdNumber HOA_ID = PersonalIdNumber.parse("079303001234");
  private static final LegacyIdCardNumber HOA_CMND = LegacyIdCardNumber.parse("123456789");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static Address address(String detail) {
    return Address.builder(AdministrativeEra.REFORM_2025).province("79", "Thành phố Hồ Chí Minh")
        .commune("26740", "Phường Sài Gòn").detail(detail).build();
  }

  /** Every field set, with values that must never reach {@code toString()}. */
  private static Citizen complete() {
    return Citizen.builder()
        .personalId(HOA_ID)
        .legacyIdCard(HOA_CMND)
        .name(PersonName.parse("Nguyễn Thị Hoà"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.parse("2003-05-14"))
        .ethnicity(Ethnicity.of("01"))
        .religion(Religion.of("0"))
        .nationality(Nationality.of("VN"))
        .maritalStatus(MaritalStatus.NEVER_MARRIED)
        .bloodGroup(BloodGroup.O)
        .birthRegistrationPlace(address("Trạm y tế phường"))
        .homeTown(address("Xóm Đình Thôn Hạ"))
        .permanentResidence(address("12 Lê Lợi"))
        .currentResidence(address("34 Pasteur"))
        .father(new Relative(PersonName.parse("Nguyễn Văn Bình"), Nationality.of("VN"),
            PersonalIdNumber.parse("079075004321"), LegacyIdCardNumber.parse("024681357")))
        .mother(Relative.named(PersonName.parse("Trần Thị Cúc")))
        .spouse(null)
        .representative(Relative.named(PersonName.parse("Phạm Minh Đạt")))
        .householdHead(new HouseholdHead(Relation.of("Con"), PersonName.parse("Nguyễn Văn Bình"),
            PersonalIdNumber.parse("079075004321"), LegacyIdCardNumber.parse("024681357")))
        .householdBookNumber("HK-556677")
        .email("hoa.nguyen@example.vn")
        .phone("0912345678")
        .taxIdentifier(TaxCode.parse("0100109106"))
        .socialInsuranceNumber(null)
        .dataQualityFlags(List.of(DataQualityFlag.UNDER_INVESTIGATION))
        .build();
  }

  @Test
  void builder_defaults_unknownSexAndBirthDateAndNoFlags() {
    Citizen citizen = Citizen.builder().personalId(HOA_ID).name(PersonName.parse("Nguyễn Thị Hoà")).build();

    assertThat(citizen.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(citizen.birthDate()).isEqualTo(PartialDate.unknown());
    assertThat(citizen.dataQualityFlags()).isEmpty();
    assertThat(citizen.legacyIdCard()).isNull();
    assertThat(citizen.permanentResidence()).isNull();
  }

  @Test
  void build_withoutName_isRejected() {
    assertThatThrownBy(() -> Citizen.builder().personalId(HOA_ID).build()).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void build_withoutAnyIdentityNumber_isRejected() {
    assertThatThrownBy(() -> Citizen.builder().name(PersonName.parse("Nguyễn Thị Hoà")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_withOnlyAnOldIdentityCard_isAccepted() {
    Citizen citizen = Citizen.builder().legacyIdCard(HOA_CMND).name(PersonName.parse("Nguyễn Thị Hoà")).build();

    assertThat(citizen.personalId()).isNull();
    assertThat(citizen.legacyIdCard()).isEqualTo(HOA_CMND);
  }

  @Test
  void builder_nullForARequiredPart_isRejectedAtOnce() {
    assertThatThrownBy(() -> Citizen.builder().name(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Citizen.builder().sex(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Citizen.builder().birthDate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void dataQualityFlags_sourceListMutatedAfterBuilding_recordUnchanged() {
    List<DataQualityFlag> flags = new ArrayList<>(List.of(DataQualityFlag.UNDER_INVESTIGATION));
    Citizen.Builder builder = Citizen.builder().personalId(HOA_ID).name(PersonName.parse("Hoà")).dataQualityFlags(flags);
    flags.add(DataQualityFlag.PERSONAL_ID_SEX_MISMATCH);
    Citizen citizen = builder.build();
    flags.clear();

    assertThat(citizen.dataQualityFlags()).containsExactly(DataQualityFlag.UNDER_INVESTIGATION);
  }

  @Test
  void dataQualityFlags_recordConstructorWithAMutableList_copiesIt() {
    List<DataQualityFlag> flags = new ArrayList<>(List.of(DataQualityFlag.UNDER_INVESTIGATION));
    Citizen citizen = new Citizen(HOA_ID, null, PersonName.parse("Hoà"), Sex.FEMALE, PartialDate.unknown(), null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, flags);
    flags.add(DataQualityFlag.PERSONAL_ID_SEX_MISMATCH);

    assertThat(citizen.dataQualityFlags()).containsExactly(DataQualityFlag.UNDER_INVESTIGATION);
    assertThatThrownBy(() -> citizen.dataQualityFlags().add(DataQualityFlag.PERSONAL_ID_SEX_MISMATCH))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilder_unchanged_buildsAnEqualCitizen() {
    Citizen citizen = complete();

    assertThat(citizen.toBuilder().build()).isEqualTo(citizen);
  }

  @Test
  void toBuilder_changed_leavesTheOriginalUnchanged() {
    Citizen citizen = complete();

    Citizen married = citizen.toBuilder().maritalStatus(MaritalStatus.MARRIED).spouse(
        Relative.named(PersonName.parse("Lê Văn Tám"))).build();

    assertThat(married.maritalStatus()).isSameAs(MaritalStatus.MARRIED);
    assertThat(citizen.maritalStatus()).isSameAs(MaritalStatus.NEVER_MARRIED);
    assertThat(citizen.spouse()).isNull();
  }

  // --- Findings ---------------------------------------------------------------------------------------------------

  @Test
  void personalIdFindings_consistentRecord_isEmpty() {
    assertThat(complete().personalIdFindings(TODAY)).isEmpty();
  }

  @Test
  void personalIdFindings_birthYearOtherThanTheNumberSays_isAMismatch() {
    Citizen citizen = complete().toBuilder().birthDate(PartialDate.ofYear(1990)).build();

    assertThat(citizen.personalIdFindings(TODAY)).containsExactly(IdentifierFinding.BIRTH_YEAR_MISMATCH);
  }

  @Test
  void personalIdFindings_sexOtherThanTheNumberSays_isAMismatch() {
    Citizen citizen = complete().toBuilder().sex(Sex.MALE).build();

    assertThat(citizen.personalIdFindings(TODAY)).containsExactly(IdentifierFinding.SEX_MISMATCH);
  }

  @Test
  void personalIdFindings_unknownBirthDateAndSex_isEmpty() {
    Citizen citizen = complete().toBuilder().birthDate(PartialDate.unknown()).sex(Sex.UNKNOWN).build();

    assertThat(citizen.personalIdFindings(TODAY)).isEmpty();
  }

  @Test
  void personalIdFindings_noPersonalId_isEmpty() {
    Citizen citizen = complete().toBuilder().personalId(null).sex(Sex.MALE).birthDate(PartialDate.ofYear(1950))
        .build();

    assertThat(citizen.personalIdFindings(TODAY)).isEmpty();
  }

  // --- Masking ----------------------------------------------------------------------------------------------------

  @Test
  void toString_completeCitizen_isTheMaskedIdAndNameOnly() {
    String text = complete().toString();

    assertThat(text).isEqualTo("Citizen[personalId=079*******34, name=N***** T** H**]");
    assertThat(text).doesNotContain("079303001234", "123456789", "Nguyễn", "Hoà", "Lê Lợi", "Pasteur", "Bình",
        "079075004321", "024681357", "HK-556677", "hoa.nguyen", "0912345678", "0100109106");
  }

  @Test
  void toString_onlyAnOldIdentityCard_isMasked() {
    Citizen citizen = Citizen.builder().legacyIdCard(HOA_CMND).name(PersonName.parse("Nguyễn Thị Hoà")).build();

    assertThat(citizen.toString()).startsWith("Citizen[legacyIdCard=").doesNotContain("123456789", "Nguyễn");
  }

  @Test
  void toString_relativeAndHouseholdHead_maskNamesAndNumbers() {
    Citizen citizen = complete();

    assertThat(citizen.father().toString()).startsWith("Relative[N***** V** B***")
        .doesNotContain("Nguyễn", "Bình", "079075004321", "024681357");
    assertThat(citizen.householdHead().toString()).contains("Con")
        .doesNotContain("Nguyễn", "Bình", "079075004321", "024681357");
    assertThat(Relative.named(PersonName.parse("Trần Thị Cúc")).toString()).isEqualTo("Relative[T*** T** C**]");
  }

  @Test
  void relativeAndHouseholdHead_withoutName_areRejected() {
    assertThatThrownBy(() -> Relative.named(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new HouseholdHead(null, null, HOA_ID, null)).isInstanceOf(NullPointerException.class);
  }
}
