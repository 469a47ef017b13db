package dev.egov.validation;

import static dev.egov.validation.Records.HOA_ID;
import static dev.egov.validation.Records.WITH_COMMUNES;
import static dev.egov.validation.Records.received;
import static dev.egov.validation.Records.vn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cross-field rules of a dossier ({@code ConsistentDossier}), each with its code, path and messages. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ConsistentDossierTest {

  private static List<Violation> validate(Dossier dossier) {
    return EgovValidation.validate(dossier, Locale.ENGLISH);
  }

  private static List<String> codes(Dossier dossier) {
    return validate(dossier).stream().map(Violation::code).toList();
  }

  @Test
  void completeOnlineDossier_hasNoViolation() {
    Dossier dossier = Records.completeOnlineDossier();

    assertThat(dossier.status()).isSameAs(DossierStatus.RESULT_RETURNED);
    assertThat(Violation.listOf(EgovValidation.validator(Locale.ENGLISH, WITH_COMMUNES).validate(dossier))).isEmpty();
    assertThat(EgovValidation.validate(dossier, EgovValidation.VIETNAMESE)).isEmpty();
  }

  @Test
  void receivedDossier_hasNoViolation() {
    assertThat(validate(received().build())).isEmpty();
  }

  // --- Dates ------------------------------------------------------------------------------------------------------

  @Test
  void dueBeforeReceipt_isReportedOnDueAt() {
    Dossier dossier = received().timeline(received().build().timeline().withDueAt(vn("2026-11-20T08:59"))).build();

    assertThat(validate(dossier)).containsExactly(new Violation("DOSSIER.DUE_BEFORE_RECEIPT", "timeline.dueAt",
        "the due date must not be before the date of receipt"));
    assertThat(EgovValidation.validate(dossier, EgovValidation.VIETNAMESE)).containsExactly(new Violation(
        "DOSSIER.DUE_BEFORE_RECEIPT", "timeline.dueAt", "ngày hẹn trả không được trước ngày tiếp nhận"));
  }

  @Test
  void dueAtTheInstantOfReceiptOrWithoutReceipt_isNotReported() {
    assertThat(codes(received().timeline(received().build().timeline().withDueAt(vn("2026-11-20T09:00"))).build())).isEmpty();
    assertThat(codes(received().timeline(received().build().timeline().withReceivedAt(null).withDueAt(vn("2026-11-19T09:00"))).build())).isEmpty();
  }

  @Test
  void finishedBeforeReceipt_isReportedOnFinishedAt() {
    Dossier dossier = received().status(DossierStatus.FINISHED).timeline(received().build().timeline().withFinishedAt(vn("2026-11-20T08:30"))).build();

    assertThat(validate(dossier)).containsExactly(new Violation("DOSSIER.FINISHED_BEFORE_RECEIPT", "timeline.finishedAt",
        "processing must not finish before the dossier is received"));
    assertThat(EgovValidation.validate(dossier, EgovValidation.VIETNAMESE)).extracting(Violation::message)
        .containsExactly("ngày kết thúc xử lý không được trước ngày tiếp nhận");
    assertThat(codes(received().timeline(received().build().timeline().withFinishedAt(vn("2026-11-20T09:00"))).build())).isEmpty();
  }

  private static SupplementRequest supplement(String due, @Nullable String newDue) {
    SupplementRequest open = SupplementRequest.open(vn("2026-11-23T09:00"), "Bổ sung", List.of())
        .withDueBefore(vn(due));
    return newDue == null ? open : open.answered(vn("2026-11-24T09:00"), vn(newDue));
  }

  /** An unchanged due date is legitimate: a pause entirely outside office hours moves nothing. */
  @Test
  void supplementDueMovedBack_isReportedOnThatSupplementsDueAfter() {
    Dossier dossier = received().pauses(received().build().pauses().withSupplements(List.of(
        supplement("2026-11-27T09:00", "2026-11-30T09:00"),
        supplement("2026-11-30T09:00", "2026-11-30T09:00"),
        supplement("2026-11-30T09:00", null),
        supplement("2026-11-30T09:00", "2026-11-29T09:00"))))
        .build();

    List<Violation> violations = validate(dossier);

    assertThat(violations).extracting(Violation::code).containsExactly("DOSSIER.SUPPLEMENT_DUE_MOVED_BACK");
    assertThat(violations).extracting(Violation::path).containsExactly("pauses.supplements[3].dueAfter");
    assertThat(violations.get(0).message())
        .isEqualTo("the due date after a supplement must not be earlier than the due date before it");
    assertThat(EgovValidation.validate(dossier, EgovValidation.VIETNAMESE).get(0).message())
        .isEqualTo("ngày hẹn trả mới sau bổ sung không được sớm hơn ngày hẹn trả trước đó");
  }

  // --- Applicant identifiers --------------------------------------------------------------------------------------

  private static Applicant applicant(ApplicantType type, @Nullable String document, ApplicantIdentifier... ids) {
    return new Applicant(type, "Nguyễn Thị Hoà", document, List.of(ids), null, null, null, null, null);
  }

  @Test
  void citizenWithAnInvalidPersonalId_isAnApplicantIdMismatch() {
    Dossier dossier = received().applicant(applicant(ApplicantType.CITIZEN, null,
        new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, "079303001235X"))).build();

    assertThat(validate(dossier)).containsExactly(new Violation("DOSSIER.APPLICANT_ID_MISMATCH", "applicant",
        "the applicant's identity numbers must fit the applicant type (a citizen's personal identification or "
            + "identity card number, an enterprise's tax code)"));
    assertThat(EgovValidation.validate(dossier, EgovValidation.VIETNAMESE).get(0).message())
        .startsWith("giấy tờ định danh của chủ hồ sơ");
  }

  @Test
  void citizenWithATaxCodeAsDocument_isAnApplicantIdMismatch() {
    assertThat(codes(received().applicant(applicant(ApplicantType.CITIZEN, "0100109106")).build()))
        .containsExactly("DOSSIER.APPLICANT_ID_MISMATCH");
  }

  @Test
  void citizenWithATwelveDigitOldCardIdentifier_isAnApplicantIdMismatch() {
    assertThat(codes(received().applicant(applicant(ApplicantType.CITIZEN, null,
        new ApplicantIdentifier(IdDocumentType.LEGACY_ID_CARD, HOA_ID))).build()))
        .containsExactly("DOSSIER.APPLICANT_ID_MISMATCH");
  }

  @Test
  void citizenWithPersonalIdOrOldCard_fits() {
    assertThat(codes(received().applicant(applicant(ApplicantType.CITIZEN, HOA_ID,
        new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, HOA_ID),
        new ApplicantIdentifier(IdDocumentType.LEGACY_ID_CARD, "123456789"))).build())).isEmpty();
    assertThat(codes(received().applicant(applicant(ApplicantType.CITIZEN, "123456789")).build())).isEmpty();
    assertThat(codes(received().applicant(applicant(ApplicantType.CITIZEN, null)).build())).isEmpty();
  }

  @Test
  void enterpriseWithATaxIdentifier_fits() {
    assertThat(codes(received().applicant(Applicant.enterprise("Công ty TNHH Ánh Dương",
        TaxCode.parse("0100109106"))).build())).isEmpty();
    assertThat(codes(received().applicant(Applicant.enterprise("Hộ kinh doanh Hoà",
        PersonalIdNumber.parse(HOA_ID))).build())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0100109107", "123456789", "ABC"})
  void enterpriseWithoutATaxIdentifier_isAnApplicantIdMismatch(String document) {
    assertThat(validate(received().applicant(applicant(ApplicantType.ENTERPRISE, document)).build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DOSSIER.APPLICANT_ID_MISMATCH", "applicant"));
  }

  @Test
  void stateAgencyAndOtherOrganisation_areNotChecked() {
    assertThat(codes(received().applicant(applicant(ApplicantType.STATE_AGENCY, "ABC")).build())).isEmpty();
    assertThat(codes(received().applicant(applicant(ApplicantType.OTHER_ORGANISATION, "ABC")).build())).isEmpty();
  }

  // --- Province in force on the dossier's date --------------------------------------------------------------------

  private static Dossier receivedAt(Instant receivedAt, Address address) {
    return received().applicant(Records.applicant(address))
        .timeline(received().build().timeline().withSubmittedAt(receivedAt).withReceivedAt(receivedAt).withDueAt(null))
        .build();
  }

  private static final Address GIA_LAI_LEGACY = Records.province(AdministrativeEra.LEGACY_2004, "64");
  private static final Address GIA_LAI_2025 = Records.province(AdministrativeEra.REFORM_2025, "52");

  @Test
  void lastDayOfTheLegacyCatalogue_legacyAddressIsInForce() {
    Instant lastMinute = vn("2025-06-30T23:59");

    assertThat(codes(receivedAt(lastMinute, GIA_LAI_LEGACY))).isEmpty();
    assertThat(validate(receivedAt(lastMinute, GIA_LAI_2025))).containsExactly(new Violation(
        "DOSSIER.PROVINCE_NOT_IN_FORCE", "applicant.address.provinceCode",
        "the applicant's province code must exist in the catalogue in force on the dossier's date"));
  }

  /** 00:30 on 1 July 2025 in Viet Nam is still 30 June in UTC and in St John's: the date is taken in Viet Nam. */
  @Test
  void firstDayOfThe2025Catalogue_2025AddressIsInForce() {
    Instant firstMinutes = vn("2025-07-01T00:30");
    assertThat(firstMinutes).isEqualTo(Instant.parse("2025-06-30T17:30:00Z"));

    assertThat(codes(receivedAt(firstMinutes, GIA_LAI_2025))).isEmpty();
    Dossier legacy = receivedAt(firstMinutes, GIA_LAI_LEGACY);
    assertThat(validate(legacy)).extracting(Violation::code, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("DOSSIER.PROVINCE_NOT_IN_FORCE", "applicant.address.provinceCode"));
    assertThat(EgovValidation.validate(legacy, EgovValidation.VIETNAMESE)).extracting(Violation::message)
        .containsExactly("mã tỉnh trong địa chỉ của chủ hồ sơ phải có trong danh mục có hiệu lực tại ngày của hồ sơ");
  }

  @Test
  void withoutReceipt_submissionDateDecides() {
    Dossier submittedBefore = received().applicant(Records.applicant(GIA_LAI_LEGACY))
        .timeline(received().build().timeline().withSubmittedAt(vn("2025-06-30T20:00")).withReceivedAt(null).withDueAt(null))
        .build();

    assertThat(codes(submittedBefore)).isEmpty();
    assertThat(codes(submittedBefore.toBuilder().applicant(Records.applicant(GIA_LAI_2025)).build()))
        .containsExactly("DOSSIER.PROVINCE_NOT_IN_FORCE");
  }

  @Test
  void withoutReceiptOrSubmission_theDateInTheCodeDecides() {
    Dossier june = received().code(DossierCode.parse("000.00.06.H56-250630-0001"))
        .timeline(received().build().timeline().withSubmittedAt(null).withReceivedAt(null).withDueAt(null))
        .applicant(Records.applicant(GIA_LAI_LEGACY))
        .build();
    Dossier july = june.toBuilder().code(DossierCode.parse("000.00.06.H56-250701-0001")).build();

    assertThat(codes(june)).isEmpty();
    assertThat(codes(july)).containsExactly("DOSSIER.PROVINCE_NOT_IN_FORCE");
  }

  /** "Gia Lai 64" after the reform: the address's era is in force, its code exists in no province: reported once. */
  @Test
  void provinceUnknownInItsEra_isReportedOnceByTheAddressRule() {
    Dossier dossier = receivedAt(vn("2026-01-05T09:00"), Records.province(AdministrativeEra.REFORM_2025, "64"));

    assertThat(validate(dossier)).extracting(Violation::code, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ADDRESS.UNKNOWN_PROVINCE", "applicant.address.provinceCode"));
  }

  @Test
  void applicantWithoutAddressOrProvince_isNotChecked() {
    assertThat(codes(received().applicant(Records.applicant(null)).build())).isEmpty();
    assertThat(codes(received().applicant(Records.applicant(
        Address.builder(AdministrativeEra.LEGACY_2004).detail("Tokyo").country("Nhật Bản").build())).build()))
        .isEmpty();
  }

  @Test
  void severalRules_areEachReportedOnce() {
    Dossier dossier = received()
        .timeline(received().build().timeline().withDueAt(vn("2026-11-19T09:00")).withFinishedAt(vn("2026-11-19T10:00")))
        .applicant(applicant(ApplicantType.ENTERPRISE, "123456789"))
        .build();

    assertThat(validate(dossier)).extracting(Violation::code).containsExactly(
        "DOSSIER.APPLICANT_ID_MISMATCH", "DOSSIER.DUE_BEFORE_RECEIPT", "DOSSIER.FINISHED_BEFORE_RECEIPT");
  }
}
