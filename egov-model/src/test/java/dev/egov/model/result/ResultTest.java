package dev.egov.model.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.code.ApplicantType;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ResultTest {

  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 24);
  private static final ResultHolder HOA =
      ResultHolder.individual("Nguyễn Thị Hoà", PersonalIdNumber.parse("079303001234"));

  private static Result result(@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, ResultHolder holder) {
    return new Result("KQ01", "123/2026/GKS", "Giấy khai sinh", AgencyCode.parse("000.00.22.H56"),
        "UBND phường Hạc Thành", "Lê Văn Bình", ISSUED, validFrom, validUntil, "https://example.gov.vn/kq/123",
        DossierCode.parse("000.00.22.H56-261120-0001"), holder);
  }

  @Test
  void isValidOn_noPeriod_fromIssueForever() {
    Result result = result(null, null, HOA);

    assertThat(result.isValidOn(ISSUED.minusDays(1))).isFalse();
    assertThat(result.isValidOn(ISSUED)).isTrue();
    assertThat(result.isValidOn(LocalDate.of(2099, 12, 31))).isTrue();
  }

  @Test
  void isValidOn_validFromLaterThanIssue_startsThen() {
    Result result = result(LocalDate.of(2027, 1, 1), null, HOA);

    assertThat(result.isValidOn(ISSUED)).isFalse();
    assertThat(result.isValidOn(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(result.isValidOn(LocalDate.of(2027, 1, 1))).isTrue();
  }

  @Test
  void isValidOn_validUntil_isTheLastDayIncluded() {
    Result result = result(null, LocalDate.of(2031, 11, 23), HOA);

    assertThat(result.isValidOn(LocalDate.of(2031, 11, 23))).isTrue();
    assertThat(result.isValidOn(LocalDate.of(2031, 11, 24))).isFalse();
  }

  @Test
  void constructor_validityEndingBeforeItStarts_isRejected() {
    assertThatThrownBy(() -> result(null, ISSUED.minusDays(1), HOA)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> result(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31), HOA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(result(null, ISSUED, HOA).isValidOn(ISSUED)).isTrue();
  }

  @Test
  void constructor_requiredParts_areChecked() {
    assertThatThrownBy(() -> new Result(null, null, "n", null, null, null, ISSUED, null, null, null, null, HOA))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Result("KQ01", null, null, null, null, null, ISSUED, null, null, null, null, HOA))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Result("KQ01", null, "n", null, null, null, null, null, null, null, null, HOA))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Result("KQ01", null, "n", null, null, null, ISSUED, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ResultHolder(null, "x", null, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResultHolder.individual("x", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void individual_isACitizenHolderWithThePersonalId() {
    assertThat(HOA.type()).isSameAs(ApplicantType.CITIZEN);
    assertThat(HOA.personalId()).isEqualTo(PersonalIdNumber.parse("079303001234"));
    assertThat(HOA.legacyIdCard()).isNull();
  }

  @Test
  void toString_individualResult_masksHolderAndSigner() {
    ResultHolder holder = new ResultHolder(ApplicantType.CITIZEN, "Nguyễn Thị Hoà",
        PersonalIdNumber.parse("079303001234"), LegacyIdCardNumber.parse("123456789"), null);

    String text = result(null, null, holder).toString();

    assertThat(text).contains("KQ01", "000.00.22.H56-261120-0001", "N***** T** H**", "L* V** B***")
        .doesNotContain("Nguyễn", "Hoà", "079303001234", "123456789", "Lê Văn Bình", "Bình");
  }

  /** A private enterprise is often named after its owner: masked like a person; a state agency is not. */
  @Test
  void toString_organisationHolder_masksTheNameAndTheTaxCode_unlessAStateAgency() {
    ResultHolder holder = new ResultHolder(ApplicantType.ENTERPRISE, "Doanh nghiệp tư nhân Lê Bình", null, null,
        TaxCode.parse("0100109106"));
    ResultHolder agency = new ResultHolder(ApplicantType.STATE_AGENCY, "Sở Tư pháp", null, null, null);

    assertThat(holder.toString()).contains("D**** n***** t* n*** L* B***").doesNotContain("Bình", "0100109106");
    assertThat(agency.toString()).contains("Sở Tư pháp");
  }

  /** A holder of an unknown type may be a person: masked like one. */
  @Test
  void toString_unknownHolderType_masksTheName() {
    assertThat(new ResultHolder(ApplicantType.of("9"), "Nguyễn Thị Hoà", null, null, null).toString())
        .doesNotContain("Nguyễn", "Hoà");
  }
}
