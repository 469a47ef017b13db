package dev.egov.validation;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.address.Commune;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DataQualityFlag;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.code.Religion;
import dev.egov.model.code.ResultDelivery;
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
import dev.egov.model.person.Citizen;
import dev.egov.model.person.HouseholdHead;
import dev.egov.model.person.PersonName;
import dev.egov.model.person.Relative;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Records for the record-rule tests: complete and consistent unless a test breaks them on purpose. */
final class Records {

  static final String HOA_ID = "079303001234";

  /** A fixture catalogue: two communes of each era, keyed by era and code. */
  static final CommuneCatalog COMMUNES = new CommuneCatalog() {
    private final Map<String, Commune> communes = Map.of(
        "REFORM_2025/26740", new Commune(AdministrativeEra.REFORM_2025, "26740", "Phường Sài Gòn", "79", null, "Phường"),
        "REFORM_2025/00004", new Commune(AdministrativeEra.REFORM_2025, "00004", "Phường Ba Đình", "01", null, "Phường"),
        "LEGACY_2004/00001",
        new Commune(AdministrativeEra.LEGACY_2004, "00001", "Phường Phúc Xá", "01", "001", "Phường"),
        "LEGACY_2004/26740",
        new Commune(AdministrativeEra.LEGACY_2004, "26740", "Phường Bến Nghé", "79", "760", "Phường"));

    @Override
    public Optional<Commune> find(AdministrativeEra era, String code) {
      return Optional.ofNullable(communes.get(era + "/" + code));
    }
  };

  static final EgovValidationOptions WITH_COMMUNES = EgovValidationOptions.defaults().withCommuneCatalog(COMMUNES);

  private Records() {}

  static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  /** Phường Sài Gòn, Thành phố Hồ Chí Minh, in the 2025 catalogue. */
  static Address saiGon() {
    return Address.builder(AdministrativeEra.REFORM_2025).province("79", "Thành phố Hồ Chí Minh")
        .commune("26740", "Phường Sài Gòn").detail("12 Lê Lợi").build();
  }

  static Address province(AdministrativeEra era, String code) {
    return Address.builder(era).province(code, null).build();
  }

  static Citizen citizen() {
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse(HOA_ID))
        .legacyIdCard(LegacyIdCardNumber.parse("123456789"))
        .name(PersonName.parse("Nguyễn Thị Hoà"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.parse("2003-05-14"))
        .ethnicity(Ethnicity.of("01"))
        .religion(Religion.of("0"))
        .nationality(Nationality.of("VN"))
        .maritalStatus(MaritalStatus.NEVER_MARRIED)
        .bloodGroup(BloodGroup.O)
        .birthRegistrationPlace(Address.builder(AdministrativeEra.LEGACY_2004).province("01", "Hà Nội")
            .district("001", "Quận Ba Đình").commune("00001", "Phường Phúc Xá").build())
        .homeTown(Address.builder(AdministrativeEra.REFORM_2025).province("01", "Hà Nội")
            .commune("00004", "Phường Ba Đình").build())
        .permanentResidence(saiGon())
        .currentResidence(saiGon())
        .father(Relative.named(PersonName.parse("Nguyễn Văn Bình")))
        .mother(Relative.named(PersonName.parse("Trần Thị Cúc")))
        .householdHead(new HouseholdHead(null, PersonName.parse("Nguyễn Văn Bình"), null, null))
        .email("hoa@example.vn")
        .phone("0912345678")
        .dataQualityFlags(List.of(DataQualityFlag.UNDER_INVESTIGATION))
        .build();
  }

  static Applicant applicant(@Nullable Address address) {
    return new Applicant(ApplicantType.CITIZEN, "Nguyễn Thị Hoà", HOA_ID,
        List.of(new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, HOA_ID)), "TECH-123456", "hoa@example.vn", null,
        "0912345678", address);
  }

  /** A dossier received in November 2026 (status 2, no history) of an applicant living in the 2025 era. */
  static Dossier.Builder received() {
    return Dossier.builder()
        .code(DossierCode.parse("000.00.06.H56-261120-0001"))
        .procedure(ProcedureRef.of(ProcedureCode.parse("1.001193")))
        .applicant(applicant(saiGon()))
        .channel(Channel.ONLINE)
        .status(DossierStatus.RECEIVED)
        .submittedAt(vn("2026-11-20T08:00"))
        .receivedAt(vn("2026-11-20T09:00"))
        .dueAt(vn("2026-11-27T09:00"));
  }

  /** An online dossier with every part, walked through the lifecycle to result returned. */
  static Dossier completeOnlineDossier() {
    Dossier submitted = Dossier.builder()
        .code(DossierCode.parse("000.00.06.H56-261120-0001"))
        .procedure(new ProcedureRef(ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", "G15-HT01", "Hộ tịch"))
        .receivingAgency(AgencyCode.parse("000.00.06.H56"))
        .processingAgencyName("UBND phường Sài Gòn")
        .applicant(applicant(saiGon()))
        .representative(new Representative(PersonName.parse("Phạm Minh Đạt"), PersonalIdNumber.parse("079075004321"),
            "0987654321", null, "ủy quyền"))
        .channel(Channel.ONLINE)
        .onlineLevel(OnlineLevel.FULL_PROCESS)
        .submissionPlace("2")
        .summary("Đăng ký khai sinh cho con")
        .submittedAt(vn("2026-11-20T08:00"))
        .submittedDocuments(List.of(new SubmittedDocument("F1", "to-khai.pdf", false, "TP01",
            "https://dichvucong.gov.vn/tl/1", true, false, true, null)))
        .otherAttachments(List.of(new OtherAttachment("Giấy chứng sinh", 1, "Bản chính")))
        .fees(List.of(new Fee("Lệ phí đăng ký khai sinh", "LP01", null, 8000, null)))
        .onlinePayment(OnlinePayment.NATIONAL_PLATFORM)
        .resultDelivery(ResultDelivery.POST)
        .hasDigitisedComponents(true)
        .vneidVerified(true)
        .nationalDatabases(List.of(NationalDatabase.of("7")))
        .build();
    return submitted.receive(vn("2026-11-20T09:00"), vn("2026-11-25T09:00")).dossier()
        .startProcessing(vn("2026-11-20T10:00")).dossier()
        .withStep(new ProcessingStep("Lê Văn Bình", "Công chức tư pháp", vn("2026-11-20T10:00"), "Tư pháp",
            "Thẩm định", DossierStatus.PROCESSING, vn("2026-11-20T10:00"), null))
        .requestSupplement(SupplementRequest.open(vn("2026-11-23T09:00"), "Bổ sung giấy chứng sinh",
            List.of("Giấy chứng sinh"))).dossier()
        .supplementReceived(vn("2026-11-24T09:00"), vn("2026-11-26T09:00")).dossier()
        .requestFinancialObligation(vn("2026-11-24T10:00"), "Nộp lệ phí").dossier()
        .financialObligationMet(vn("2026-11-24T15:00"), vn("2026-11-26T14:00")).dossier()
        .finish(vn("2026-11-25T16:00")).dossier()
        .returnResult(vn("2026-11-26T08:00"), List.of(new DossierResultDocument("Giấy khai sinh điện tử", "TP01",
            "GT-1", "https://dichvucong.gov.vn/kq/1", "KQ01"))).dossier();
  }
}
