package dev.egov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.Strictness;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** egov-model carries only Jackson annotations; this checks they work with a plain, unconfigured ObjectMapper. */
@Timeout(10)
class JsonMappingTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A record as a user would declare it, with the union types as declared types. */
  public record Citizen(
      PersonalIdNumber soDinhDanh,
      LegacyIdCardNumber soCmnd,
      TaxCode taxCode,
      BranchTaxCode branch,
      TaxIdentifier maSoThue,
      SocialInsuranceNumber maBhxh,
      HealthInsuranceCardCode card,
      HealthInsuranceIdentifier bhyt,
      AgencyCode maDonVi,
      ProcedureCode maTthc,
      DossierCode maHoSo,
      PhoneNumber soDienThoai,
      PartialDate ngaySinh,
      Sex gioiTinh) {}

  private static String quoted(String text) {
    return '"' + text + '"';
  }

  /** Declared type, standard text: reads to parse(text), writes back the same text. */
  static Stream<Arguments> standard() {
    return Stream.of(
        Arguments.of(PersonalIdNumber.class, "001085001245", PersonalIdNumber.parse("001085001245")),
        Arguments.of(LegacyIdCardNumber.class, "123456789", LegacyIdCardNumber.parse("123456789")),
        Arguments.of(TaxCode.class, "0100109106", TaxCode.parse("0100109106")),
        Arguments.of(BranchTaxCode.class, "0100109106-001", BranchTaxCode.parse("0100109106-001")),
        Arguments.of(TaxIdentifier.class, "0100109106", TaxCode.parse("0100109106")),
        Arguments.of(TaxIdentifier.class, "0100109106-001", BranchTaxCode.parse("0100109106-001")),
        Arguments.of(TaxIdentifier.class, "001085001245", PersonalIdNumber.parse("001085001245")),
        Arguments.of(SocialInsuranceNumber.class, "7912345678", SocialInsuranceNumber.parse("7912345678")),
        Arguments.of(HealthInsuranceCardCode.class, "DN4797912345678",
            HealthInsuranceCardCode.parse("DN4797912345678")),
        Arguments.of(HealthInsuranceIdentifier.class, "DN4797912345678",
            HealthInsuranceCardCode.parse("DN4797912345678")),
        Arguments.of(HealthInsuranceIdentifier.class, "7912345678", SocialInsuranceNumber.parse("7912345678")),
        Arguments.of(HealthInsuranceIdentifier.class, "079203001234", PersonalIdNumber.parse("079203001234")),
        Arguments.of(AgencyCode.class, "000.00.06.H56", AgencyCode.parse("000.00.06.H56")),
        Arguments.of(ProcedureCode.class, "1.003560.000.00.00.H56", ProcedureCode.parse("1.003560.000.00.00.H56")),
        Arguments.of(DossierCode.class, "000.00.06.H56-231027-0361", DossierCode.parse("000.00.06.H56-231027-0361")),
        Arguments.of(PhoneNumber.class, "0912345678", PhoneNumber.parse("0912345678")),
        Arguments.of(PartialDate.class, "1985", PartialDate.parse("1985")),
        Arguments.of(PartialDate.class, "1985-07", PartialDate.parse("1985-07")),
        Arguments.of(PartialDate.class, "1985-07-14", PartialDate.parse("1985-07-14")),
        Arguments.of(PartialDate.class, "", PartialDate.unknown()));
  }

  @ParameterizedTest
  @MethodSource("standard")
  void readAndWrite_standardText_roundTripsAsJsonString(Class<?> type, String text, Object expected)
      throws JsonProcessingException {
    Object read = MAPPER.readValue(quoted(text), type);
    assertThat(read).isEqualTo(expected).isExactlyInstanceOf(expected.getClass());
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(quoted(text));
    assertThat(MAPPER.writerFor(type).writeValueAsString(read)).isEqualTo(quoted(text));
  }

  /** Declared type, text in a lenient form: reads leniently, writes the canonical (or kept) text. */
  static Stream<Arguments> lenient() {
    return Stream.of(
        Arguments.of(TaxCode.class, "01.00.109.106", "0100109106"),
        Arguments.of(BranchTaxCode.class, "0312 68 78 78 - 001", "0312687878-001"),
        Arguments.of(BranchTaxCode.class, "0100109106001", "0100109106-001"),
        Arguments.of(TaxIdentifier.class, "01.00.109.106", "0100109106"),
        Arguments.of(TaxIdentifier.class, "0100112437011", "0100112437-011"),
        Arguments.of(TaxIdentifier.class, "0100 109 106 - 001", "0100109106-001"),
        Arguments.of(HealthInsuranceCardCode.class, "dn 4 79 7912345678", "DN4797912345678"),
        Arguments.of(HealthInsuranceIdentifier.class, "dn4797912345678", "DN4797912345678"),
        Arguments.of(AgencyCode.class, "H56.14", "H56.14"),
        Arguments.of(ProcedureCode.class, "2.002621.H56", "2.002621.H56"),
        Arguments.of(DossierCode.class, "000.00.06.H56-231027-03611", "000.00.06.H56-231027-03611"),
        Arguments.of(PhoneNumber.class, "+84 912 345 678", "0912345678"),
        Arguments.of(PhoneNumber.class, "+84912345678", "0912345678"),
        // Inbound phone numbers are read at FORMAT level: an unlisted prefix is not lost.
        Arguments.of(PhoneNumber.class, "0952345678", "0952345678"));
  }

  @ParameterizedTest
  @MethodSource("lenient")
  void read_lenientForm_acceptedAndWrittenCanonically(Class<?> type, String text, String written)
      throws JsonProcessingException {
    Object read = MAPPER.readValue(quoted(text), type);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(quoted(written));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(read), type)).isEqualTo(read);
  }

  @Test
  void read_lenientTaxCode_isLenientAndEqualToStrict() throws JsonProcessingException {
    TaxCode code = MAPPER.readValue("\"01.00.109.106\"", TaxCode.class);
    assertThat(code.isLenient()).isTrue();
    assertThat(code.strictness()).isEqualTo(Strictness.SEMANTIC);
    assertThat(code).isEqualTo(TaxCode.parse("0100109106"));
  }

  @Test
  void readAndWrite_recordWithEveryType_roundTrips() throws JsonProcessingException {
    Citizen citizen = new Citizen(
        PersonalIdNumber.parse("001085001245"),
        LegacyIdCardNumber.parse("123456789"),
        TaxCode.parse("0100109106"),
        BranchTaxCode.parse("0100109106-001"),
        PersonalIdNumber.parse("001085001245"),
        SocialInsuranceNumber.parse("7912345678"),
        HealthInsuranceCardCode.parse("DN4797912345678"),
        SocialInsuranceNumber.parse("7912345678"),
        AgencyCode.parse("000.00.06.H56"),
        ProcedureCode.parse("1.001193"),
        DossierCode.parse("000.00.06.H56-231027-0361"),
        PhoneNumber.parse("0912345678"),
        PartialDate.parse("1985-07"),
        Sex.MALE);
    String json = MAPPER.writeValueAsString(citizen);
    assertThat(json).isEqualTo("""
        {"soDinhDanh":"001085001245","soCmnd":"123456789",\
        "taxCode":"0100109106","branch":"0100109106-001","maSoThue":"001085001245",\
        "maBhxh":"7912345678","card":"DN4797912345678","bhyt":"7912345678",\
        "maDonVi":"000.00.06.H56","maTthc":"1.001193","maHoSo":"000.00.06.H56-231027-0361",\
        "soDienThoai":"0912345678","ngaySinh":"1985-07","gioiTinh":"MALE"}\
        """);
    Citizen read = MAPPER.readValue(json, Citizen.class);
    assertThat(read).isEqualTo(citizen);
    assertThat(read.maSoThue()).isInstanceOf(PersonalIdNumber.class);
    assertThat(read.bhyt()).isInstanceOf(SocialInsuranceNumber.class);
  }

  @Test
  void readAndWrite_listOfUnionType_eachElementByItsOwnKind() throws JsonProcessingException {
    List<TaxIdentifier> ids = List.of(TaxCode.parse("0100109106"), BranchTaxCode.parse("0100109106-001"),
        PersonalIdNumber.parse("001085001245"));
    String json = MAPPER.writerFor(MAPPER.getTypeFactory().constructCollectionType(List.class, TaxIdentifier.class))
        .writeValueAsString(ids);
    assertThat(json).isEqualTo("[\"0100109106\",\"0100109106-001\",\"001085001245\"]");
    List<TaxIdentifier> read = MAPPER.readValue(json,
        MAPPER.getTypeFactory().constructCollectionType(List.class, TaxIdentifier.class));
    assertThat(read).containsExactlyElementsOf(ids);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(PersonalIdNumber.class, "00108500124", IdentifierKind.PERSONAL_ID, IdentifierCheck.WRONG_LENGTH),
        Arguments.of(LegacyIdCardNumber.class, "12345678a", IdentifierKind.LEGACY_ID_CARD,
            IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of(TaxCode.class, "0100109107", IdentifierKind.TAX_CODE, IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of(BranchTaxCode.class, "0100109106-000", IdentifierKind.BRANCH_TAX_CODE,
            IdentifierCheck.INVALID_COMPONENT),
        Arguments.of(TaxIdentifier.class, "01.00.109.107", IdentifierKind.TAX_CODE, IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of(SocialInsuranceNumber.class, "791234567", IdentifierKind.SOCIAL_INSURANCE_NUMBER,
            IdentifierCheck.WRONG_LENGTH),
        Arguments.of(HealthInsuranceCardCode.class, "DN0797912345678", IdentifierKind.HEALTH_INSURANCE_CARD,
            IdentifierCheck.INVALID_COMPONENT),
        Arguments.of(HealthInsuranceIdentifier.class, "DNA797912345678", IdentifierKind.HEALTH_INSURANCE_CARD,
            IdentifierCheck.INVALID_FORMAT),
        Arguments.of(AgencyCode.class, "000.00.00.h56", IdentifierKind.AGENCY_CODE,
            IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of(ProcedureCode.class, "4.001193", IdentifierKind.PROCEDURE_CODE,
            IdentifierCheck.INVALID_COMPONENT),
        Arguments.of(DossierCode.class, "000.00.06.H56-230230-0001", IdentifierKind.DOSSIER_CODE,
            IdentifierCheck.INVALID_DATE),
        Arguments.of(PhoneNumber.class, "0123456789", IdentifierKind.PHONE_NUMBER, IdentifierCheck.INVALID_FORMAT));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void read_invalidIdentifier_rootCauseIsInvalidIdentifierException(
      Class<?> type, String text, IdentifierKind kind, IdentifierCheck reason) {
    assertThatThrownBy(() -> MAPPER.readValue(quoted(text), type))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text))
        .rootCause()
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.kind()).isEqualTo(kind);
          assertThat(e.reason()).isEqualTo(reason);
        });
  }

  @Test
  void read_invalidPartialDate_rootCauseIsDateTimeParseException() {
    assertThatThrownBy(() -> MAPPER.readValue("\"1985-02-30\"", PartialDate.class))
        .isInstanceOf(JsonProcessingException.class)
        .rootCause()
        .isInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> MAPPER.readValue("\"1985/07/14\"", PartialDate.class))
        .isInstanceOf(JsonProcessingException.class)
        .rootCause()
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void read_invalidFieldOfRecord_rootCauseIsInvalidIdentifierException() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"maSoThue\":\"0100109107\"}", Citizen.class))
        .isInstanceOf(JsonProcessingException.class)
        .rootCause()
        .isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void read_nullLiteral_null() throws JsonProcessingException {
    assertThat(MAPPER.readValue("null", TaxCode.class)).isNull();
    assertThat(MAPPER.readValue("{\"maSoThue\":null}", Citizen.class).maSoThue()).isNull();
  }
}
