package dev.egov.json;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DataQualityFlag;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.FeeCollectionMethod;
import dev.egov.model.code.FeeType;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.code.Relation;
import dev.egov.model.code.Religion;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.code.SupplementState;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.OtherAttachment;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.dossier.Representative;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.organisation.LegalRepresentative;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.organisation.OrganisationKind;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.HouseholdHead;
import dev.egov.model.person.PersonName;
import dev.egov.model.person.Relative;
import dev.egov.model.procedure.DeclaredResult;
import dev.egov.model.procedure.ImplementingAgency;
import dev.egov.model.procedure.LegalBasis;
import dev.egov.model.procedure.ProcedureChannel;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.procedure.ProcessingOption;
import dev.egov.model.procedure.ScheduledFee;
import dev.egov.model.result.Result;
import dev.egov.model.result.ResultHolder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Records with every field set, and minimal ones: the corpus the canonical tests write and read. */
final class CanonicalCorpus {

  private CanonicalCorpus() {}

  static Address legacyAddress() {
    return Address.builder(AdministrativeEra.LEGACY_2004)
        .province("38", "Thanh Hóa").district("380", "Thành phố Thanh Hóa").commune("14767", "Phường Điện Biên")
        .detail("12 Lê Lợi").country("Việt Nam").build();
  }

  static Address reformAddress() {
    return Address.builder(AdministrativeEra.REFORM_2025)
        .province("79", "Thành phố Hồ Chí Minh").commune("26740", "Phường Sài Gòn").detail("1 Đồng Khởi").build();
  }

  static Citizen fullCitizen() {
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse("038085001234"))
        .legacyIdCard(LegacyIdCardNumber.parse("172345678"))
        .name(PersonName.parse("Lê Văn Bình"))
        .sex(Sex.MALE)
        .birthDate(PartialDate.parse("1985-07-14"))
        .ethnicity(Ethnicity.of("01"))
        .religion(Religion.of("0"))
        .nationality(Nationality.of("VN"))
        .maritalStatus(MaritalStatus.MARRIED)
        .bloodGroup(BloodGroup.O)
        .birthRegistrationPlace(legacyAddress())
        .homeTown(legacyAddress())
        .permanentResidence(reformAddress())
        .currentResidence(reformAddress())
        .father(new Relative(PersonName.parse("Lê Văn An"), Nationality.of("VN"), null,
            LegacyIdCardNumber.parse("170000001")))
        .mother(Relative.named(PersonName.parse("Trần Thị Hoa")))
        .spouse(new Relative(PersonName.parse("Nguyễn Thị Hoà"), Nationality.of("VN"),
            PersonalIdNumber.parse("079303001234"), null))
        .householdHead(new HouseholdHead(Relation.of("01"), PersonName.parse("Lê Văn Bình"),
            PersonalIdNumber.parse("038085001234"), null))
        .householdBookNumber("HK-123456")
        .email("binh@example.vn")
        .phone("0912345678")
        .taxIdentifier(TaxIdentifier.parse("801234567" + TaxCode.checkDigitFor("801234567").getAsInt()))
        .socialInsuranceNumber(SocialInsuranceNumber.parse("3812345678"))
        .dataQualityFlags(List.of(DataQualityFlag.UNDER_INVESTIGATION))
        .build();
  }

  static Citizen minimalCitizen() {
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse("001190001234"))
        .name(PersonName.parse("Phạm Minh"))
        .birthDate(PartialDate.ofYear(1990))
        .build();
  }

  static Organisation organisation() {
    return new Organisation(OrganisationKind.ENTERPRISE, TaxCode.parse("0100109106"),
        "Tập đoàn Công nghiệp - Viễn thông Quân đội",
        "Viettel Group", "Viettel", reformAddress(),
        new LegalRepresentative(PersonName.parse("Tào Đức Thắng"), "Chủ tịch", null, null));
  }

  /** An organisation whose kind the source does not say: the field is absent. */
  static Organisation organisationOfUnstatedKind() {
    return new Organisation(PersonalIdNumber.parse("079303001234"), "Hộ kinh doanh Tạp hoá Số 9", null, null, null,
        null);
  }

  static Procedure procedure() {
    return new Procedure(ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", "G15-HT01", "Hộ tịch",
        List.of(
            new ProcedureChannel(Channel.DIRECT, List.of(new ProcessingOption(ProcessingTime.ofWorkingDays(3), null,
                List.of(new ScheduledFee(0, "Đồng", "Miễn lệ phí"))))),
            new ProcedureChannel(Channel.ONLINE, List.of(new ProcessingOption(ProcessingTime.ofWorkingHours(8),
                "Nộp trực tuyến", List.of())))),
        List.of(new DeclaredResult("KQ01", "Giấy khai sinh")),
        List.of(new ImplementingAgency("000.00.22.H56", "UBND phường")),
        List.of(new LegalBasis("60/2014/QH13", "Luật Hộ tịch")),
        OnlineLevel.FULL_PROCESS);
  }

  static Instant at(String isoUtc) {
    return Instant.parse(isoUtc);
  }

  /** A dossier with every list and optional field populated, moved through its lifecycle. */
  static Dossier fullDossier() {
    Applicant applicant = new Applicant(ApplicantType.CITIZEN, "Nguyễn Thị Hoà", "079303001234",
        List.of(new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, "079303001234")),
        "TECH-123", "hoa@example.vn", "02838251234", "0912345678", reformAddress());
    Dossier d = Dossier.builder()
        .code(DossierCode.parse("000.00.22.H29-261116-0001"))
        .procedure(new ProcedureRef(ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", "G15-HT01", "Hộ tịch"))
        .receivingAgency(AgencyCode.parse("000.00.00.H29"))
        .processingAgencyName("UBND phường Sài Gòn")
        .applicant(applicant)
        .representative(new Representative(PersonName.parse("Trần Văn Cường"), null, "0987654321", null, "ủy quyền"))
        .channel(Channel.ONLINE)
        .onlineLevel(OnlineLevel.FULL_PROCESS)
        .submissionPlace("2")
        .summary("Đăng ký khai sinh cho con")
        .note("Hồ sơ trực tuyến")
        .otherInfo("Không")
        .submittedAt(at("2026-11-15T13:30:00Z"))
        .submittedDocuments(List.of(new SubmittedDocument("F1", "To khai.pdf", false, "TP01",
            "https://example.vn/f1", true, false, true, null)))
        .otherAttachments(List.of(new OtherAttachment("Bản sao CCCD", 1, "Bản sao")))
        .fees(List.of(new Fee("Lệ phí hộ tịch", "LP01", FeeCollectionMethod.of("1"), 8000, FeeType.of("1"))))
        .onlinePayment(OnlinePayment.NATIONAL_PLATFORM)
        .resultDelivery(ResultDelivery.POST)
        .hasDigitisedComponents(true)
        .vneidVerified(true)
        .nationalDatabases(List.of(NationalDatabase.of("7")))
        .build();
    d = d.receive(at("2026-11-16T02:00:00Z"), at("2026-11-19T02:00:00Z")).dossier();
    d = d.withStep(new ProcessingStep("Nguyễn Văn Tiếp", "Chuyên viên", at("2026-11-16T03:00:00Z"), "Bộ phận một cửa",
        "Chuyển xử lý", dev.egov.model.code.DossierStatus.PROCESSING, at("2026-11-16T03:00:00Z"),
        at("2026-11-18T10:00:00Z")));
    d = d.startProcessing(at("2026-11-16T03:00:00Z")).dossier();
    d = d.requestSupplement(new SupplementRequest("BS1", "Nguyễn Văn Tiếp", "Bổ sung giấy chứng sinh",
        at("2026-11-17T08:00:00Z"), null, null, null, SupplementState.of("1"), List.of("Giấy chứng sinh"),
        List.of(), null, null)).dossier();
    d = d.supplementReceived(at("2026-11-23T03:00:00Z"), at("2026-11-25T09:00:00Z")).dossier();
    d = d.requestFinancialObligation(at("2026-11-24T01:00:00Z"), "Lệ phí").dossier();
    d = d.financialObligationMet(at("2026-11-24T02:00:00Z"), at("2026-11-25T10:00:00Z")).dossier();
    d = d.finish(at("2026-11-25T04:00:00Z")).dossier();
    return d.returnResult(at("2026-11-26T01:00:00Z"), List.of(new DossierResultDocument("Giấy khai sinh", "TP01",
        "GKS-1", "https://example.vn/kq/GKS-1", "KQ01"))).dossier();
  }

  static Dossier minimalDossier() {
    return Dossier.builder()
        .code(DossierCode.parse("000.00.06.H56-231027-0361"))
        .procedure(ProcedureRef.of(ProcedureCode.parse("2.000488.000.00.00.H56")))
        .applicant(Applicant.enterprise("Công ty TNHH Minh Anh", TaxCode.parse("0100109106")))
        .build();
  }

  static Result result() {
    return new Result("KQ01", "123/2026/GKS", "Giấy khai sinh", AgencyCode.parse("000.00.22.H29"),
        "UBND phường Sài Gòn", "Lê Văn Bình", LocalDate.of(2026, 11, 25), null, LocalDate.of(2036, 11, 24),
        "https://example.vn/kq/GKS-1", DossierCode.parse("000.00.22.H29-261116-0001"),
        ResultHolder.individual("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234")));
  }

  static List<Object> all() {
    return List.of(fullCitizen(), minimalCitizen(), organisation(), organisationOfUnstatedKind(), procedure(),
        fullDossier(), minimalDossier(), result());
  }
}
