package dev.egov.json.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.Relation;
import dev.egov.model.code.Religion;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.HouseholdHead;
import dev.egov.model.person.PersonName;
import dev.egov.model.person.Relative;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The golden payloads and the records they stand for, written by hand from docs/population-database.md. */
final class Goldens {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Nationality VN = Nationality.of("VN");

  private Goldens() {}

  static byte[] bytes(String name) {
    try (InputStream in = Goldens.class.getResourceAsStream("/golden/population/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No golden file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Asserts that two payloads of a form are the same: XML canonically, JSON as trees, the envelope's SOAP as XML. */
  static void assertSamePayload(WireForm form, byte[] actual, byte[] expected) {
    if (form == WireForm.SOAP) {
      assertThat(CanonicalXml.of(actual)).isEqualTo(CanonicalXml.of(expected));
      return;
    }
    JsonNode a = tree(actual);
    JsonNode e = tree(expected);
    if (form == WireForm.SOAP_IN_JSON && e.path("message").asText().startsWith("<")) {
      assertThat(CanonicalXml.of(a.path("message").asText().getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(CanonicalXml.of(e.path("message").asText().getBytes(StandardCharsets.UTF_8)));
      a = ((ObjectNode) a.deepCopy()).without("message");
      e = ((ObjectNode) e.deepCopy()).without("message");
    }
    assertThat(a).isEqualTo(e);
  }

  static JsonNode tree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- the records

  private static Address.Builder hanoi(AdministrativeEra era) {
    return Address.builder(era).province("01", "Thành phố Hà Nội");
  }

  /** {@code lookup-answer-full.*}: every field of the citizen record; addresses of both eras. */
  static Citizen fullCitizen() {
    PersonalIdNumber father = PersonalIdNumber.parse("001058004321");
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse("001085012345"))
        .legacyIdCard(LegacyIdCardNumber.parse("012345678"))
        .name(PersonName.of("Nguyễn", "Văn", "An"))
        .sex(Sex.MALE)
        .birthDate(PartialDate.of(1985, 7, 14))
        .ethnicity(Ethnicity.of("01"))
        .religion(Religion.of("0"))
        .nationality(VN)
        .maritalStatus(MaritalStatus.MARRIED)
        .bloodGroup(BloodGroup.O)
        .birthRegistrationPlace(hanoi(AdministrativeEra.LEGACY_2004)
            .district("001", "Quận Ba Đình").commune("00001", "Phường Phúc Xá").country("VN").build())
        .homeTown(hanoi(AdministrativeEra.LEGACY_2004)
            .district("001", "Quận Ba Đình").commune("00004", "Phường Trúc Bạch").country("VN").build())
        .permanentResidence(hanoi(AdministrativeEra.REFORM_2025)
            .commune("00004", "Phường Ba Đình").detail("Số 12 phố Trúc Bạch").country("VN").build())
        .currentResidence(Address.builder(AdministrativeEra.REFORM_2025).province("79", "Thành phố Hồ Chí Minh")
            .commune("26740", "Phường Sài Gòn").detail("12 Lê Lợi").country("VN").build())
        .father(new Relative(PersonName.parse("Nguyễn Văn Bình"), VN, father, null))
        .mother(new Relative(PersonName.parse("Trần Thị Cúc"), VN, null, LegacyIdCardNumber.parse("011234567")))
        .spouse(new Relative(PersonName.parse("Lê Thị Dung"), VN, PersonalIdNumber.parse("001188009876"), null))
        .representative(new Relative(PersonName.parse("Phạm Văn Em"), VN, PersonalIdNumber.parse("001070001111"),
            LegacyIdCardNumber.parse("013579246")))
        .householdHead(new HouseholdHead(Relation.of("03"), PersonName.parse("Nguyễn Văn Bình"), father, null))
        .householdBookNumber("010123456")
        .email("nguyen.van.an@example.vn")
        .phone("0912345678")
        .taxIdentifier(PersonalIdNumber.parse("001085012345"))
        .socialInsuranceNumber(SocialInsuranceNumber.parse("0112345678"))
        .build();
  }

  /** {@code lookup-answer-year-only-legacy.*}: a birth year only, three-level addresses, few fields. */
  static Citizen yearOnlyLegacyCitizen() {
    Address phucXa = hanoi(AdministrativeEra.LEGACY_2004).district("001", "Quận Ba Đình")
        .commune("00001", "Phường Phúc Xá").detail("Số 5 ngõ 12 phố Phúc Xá").country("VN").build();
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse("001148000123"))
        .legacyIdCard(LegacyIdCardNumber.parse("010987654"))
        .name(PersonName.of("Hoàng", "", "Lan"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.ofYear(1948))
        .ethnicity(Ethnicity.of("02"))
        .nationality(VN)
        .maritalStatus(MaritalStatus.DIVORCED_OR_WIDOWED)
        .bloodGroup(BloodGroup.NOT_RECORDED)
        .homeTown(hanoi(AdministrativeEra.LEGACY_2004).district("001", "Quận Ba Đình")
            .commune("00004", "Phường Trúc Bạch").build())
        .permanentResidence(phucXa)
        .currentResidence(phucXa)
        .householdBookNumber("010004567")
        .build();
  }

  /** {@code lookup-answer-reform.*}: two-level addresses (no district), read with the given era. */
  static Citizen reformCitizen(AdministrativeEra era) {
    PersonalIdNumber mother = PersonalIdNumber.parse("079175004567");
    Address.Builder saiGon = Address.builder(era).province("79", "Thành phố Hồ Chí Minh")
        .commune("26740", "Phường Sài Gòn").country("VN");
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse("079303001234"))
        .name(PersonName.of("Nguyễn", "Thị", "Hoà"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.of(2003, 5, 14))
        .ethnicity(Ethnicity.of("01"))
        .nationality(VN)
        .maritalStatus(MaritalStatus.NEVER_MARRIED)
        .bloodGroup(BloodGroup.A)
        .permanentResidence(saiGon.detail("12 Lê Lợi").build())
        .currentResidence(saiGon.detail("Phòng 1203, 12 Lê Lợi").build())
        .mother(new Relative(PersonName.parse("Nguyễn Thị Lan"), VN, mother, null))
        .householdHead(new HouseholdHead(Relation.of("02"), PersonName.parse("Nguyễn Thị Lan"), mother, null))
        .phone("0387654321")
        .build();
  }

  /** {@code lookup-request.*}. */
  static LookupRequest lookupRequest() {
    return new LookupRequest(
        new RequestMetadata("01JD5Q7M8W3K2X9B4N6P0R1T2V", "1.001234", "037", "canbo.tiepnhan01", "000.00.01.H26"),
        CitizenIdentity.of(PersonalIdNumber.parse("001085012345"), PersonName.parse("NGUYỄN VĂN AN"),
            PartialDate.of(1985, 7, 14)));
  }

  /** {@code verification-request.*}: by old card number, birth year only, no agency code. */
  static VerificationRequest verificationRequest() {
    return new VerificationRequest(
        new RequestMetadata("5f0c9d7e-2b1a-4c3d-9e8f-7a6b5c4d3e2f", "2.000123", "037", "001080004444", null),
        new CitizenIdentity(null, LegacyIdCardNumber.parse("010987654"), PersonName.parse("HOÀNG LAN"),
            PartialDate.ofYear(1948)));
  }
}
