package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.code.ApplicantType;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.result.Result;
import dev.egov.model.result.ResultHolder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Results issued to individuals carry the personal ID (docs/dossiers-and-portal.md, Results): on by default, switchable, never for organisations. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CarriesPersonalIdTest {

  private static final Violation MISSING = new Violation("RESULT.PERSONAL_ID_MISSING", "holder.personalId",
      "a result issued to an individual must carry their personal identification number");

  private static Result issuedTo(ResultHolder holder) {
    return new Result("KQ01", "123/2026/GKS", "Giấy khai sinh", AgencyCode.parse("000.00.22.H56"),
        "UBND phường Hạc Thành", "Lê Văn Bình", LocalDate.of(2026, 11, 24), null, null,
        "https://example.gov.vn/kq/123", DossierCode.parse("000.00.22.H56-261120-0001"), holder);
  }

  private static Result toCmndHolder() {
    return issuedTo(new ResultHolder(ApplicantType.CITIZEN, "Nguyễn Văn Bình", null,
        LegacyIdCardNumber.parse("123456789"), null));
  }

  private static List<Violation> validate(Result result, EgovValidationOptions options) {
    return Violation.listOf(EgovValidation.validator(Locale.ENGLISH, options).validate(result));
  }

  @Test
  void individualWithPersonalId_isValid() {
    assertThat(EgovValidation.validate(issuedTo(ResultHolder.individual("Nguyễn Thị Hoà",
        PersonalIdNumber.parse("079303001234"))), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void individualWithOnlyAnOldCard_isReportedByDefault() {
    assertThat(EgovValidation.validate(toCmndHolder(), Locale.ENGLISH)).containsExactly(MISSING);
    assertThat(validate(toCmndHolder(), EgovValidationOptions.defaults())).containsExactly(MISSING);
    assertThat(EgovValidation.validate(toCmndHolder(), EgovValidation.VIETNAMESE)).containsExactly(new Violation(
        "RESULT.PERSONAL_ID_MISSING", "holder.personalId", "kết quả cấp cho cá nhân phải ghi số định danh cá nhân"));
  }

  @Test
  void individualWithoutAnyNumber_isReported() {
    assertThat(EgovValidation.validate(issuedTo(new ResultHolder(ApplicantType.CITIZEN, "Nguyễn Văn Bình", null, null,
        null)), Locale.ENGLISH)).containsExactly(MISSING);
  }

  @Test
  void ruleSwitchedOff_isNotReported() {
    EgovValidationOptions off = EgovValidationOptions.defaults().withResultPersonalIdRequired(false);

    assertThat(validate(toCmndHolder(), off)).isEmpty();
    assertThat(validate(toCmndHolder(), off.withResultPersonalIdRequired(true))).containsExactly(MISSING);
    // Switching it off for one validator leaves the shared default validators as they were.
    assertThat(EgovValidation.validate(toCmndHolder(), Locale.ENGLISH)).containsExactly(MISSING);
  }

  @Test
  void organisations_areNeverReported() {
    for (ApplicantType type : List.of(ApplicantType.ENTERPRISE, ApplicantType.STATE_AGENCY,
        ApplicantType.OTHER_ORGANISATION)) {
      Result result = issuedTo(new ResultHolder(type, "Công ty TNHH Ánh Dương", null, null,
          TaxCode.parse("0100109106")));

      assertThat(EgovValidation.validate(result, Locale.ENGLISH)).as("%s", type).isEmpty();
    }
  }
}
