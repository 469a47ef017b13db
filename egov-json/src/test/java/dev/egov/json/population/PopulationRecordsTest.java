package dev.egov.json.population;

import dev.egov.json.AnswerStatus;
import dev.egov.json.ResultCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.person.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code lists in one place, and the request and answer records' own checks. */
class PopulationRecordsTest {

  @ParameterizedTest
  @CsvSource({"0, UNKNOWN", "1, MALE", "2, FEMALE", "00, UNKNOWN", "01, MALE", "02, FEMALE"})
  void sexCodes(String code, Sex sex) {
    assertThat(PopulationCodes.sex(code)).contains(sex);
  }

  @Test
  void sexCodesBothWays() {
    for (Sex sex : Sex.values()) {
      assertThat(PopulationCodes.sex(PopulationCodes.sexCode(sex))).contains(sex);
    }
    assertThat(PopulationCodes.sex("3")).isEmpty();
    assertThat(PopulationCodes.sex("Nam")).isEmpty();
    assertThat(PopulationCodes.sex("")).isEmpty();
  }

  @Test
  void maritalStatusAndBloodGroupCodes() {
    assertThat(PopulationCodes.maritalStatus("0")).isSameAs(MaritalStatus.NOT_RECORDED);
    assertThat(PopulationCodes.maritalStatus("03")).isSameAs(MaritalStatus.DIVORCED_OR_WIDOWED);
    assertThat(PopulationCodes.maritalStatus("4").isKnown()).isFalse();
    assertThat(PopulationCodes.maritalStatus("4").code()).isEqualTo("4");
    assertThat(PopulationCodes.bloodGroup("3")).isSameAs(BloodGroup.AB);
    assertThat(PopulationCodes.bloodGroup("00")).isSameAs(BloodGroup.NOT_RECORDED);
    assertThat(PopulationCodes.bloodGroup("O").code()).isEqualTo("O");
    assertThat(PopulationCodes.bloodGroup("005").code()).isEqualTo("005");
    for (MaritalStatus status : MaritalStatus.known()) {
      assertThat(PopulationCodes.maritalStatus(status.code())).isSameAs(status);
    }
    for (BloodGroup group : BloodGroup.known()) {
      assertThat(PopulationCodes.bloodGroup(group.code())).isSameAs(group);
    }
  }

  @Test
  void requestMetadataFollowsTheSpecificationTable() {
    // Lengths are the writer's (and validation's) concern: the record holds what a client really sent.
    RequestMetadata sent = new RequestMetadata("x".repeat(41), "1.001234.000.00.00.H26", "037", "cb", null);
    assertThat(sent.procedureCode()).hasSize(22);
    assertThatThrownBy(sent::checkLengths)
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MaYeuCau").hasMessageNotContaining("xxx");
    assertThatThrownBy(() -> new RequestMetadata("id", "1.001234.000.00.00.H26", "037", "cb", null).checkLengths())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MaDVC");
    assertThatThrownBy(() -> new RequestMetadata("id", "1", "03A", "cb", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MaTichHop");
    assertThatThrownBy(() -> new RequestMetadata("id", " ", "037", "cb", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestMetadata("id", "1", "037", "cb", "x".repeat(36)).checkLengths())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RequestMetadata("id", "1", "037", "001080004444", null).toString()).doesNotContain("001080004444");
  }

  @Test
  void identitiesNeedAnIdentityNumberAndMaskIt() {
    assertThatThrownBy(() -> new CitizenIdentity(null, null, PersonName.parse("A"), PartialDate.unknown()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Goldens.lookupRequest().identity().toString()).doesNotContain("001085012345").doesNotContain("NGUYỄN");
  }

  @Test
  void answersAndCodes() {
    assertThatThrownBy(() -> new VerificationAnswer(AnswerStatus.ok(), null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResultCode("0a", true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResultCode.of(" 0")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ResultCode.ofNumber(-1)).isEqualTo(new ResultCode("-1", true));
    assertThat(ResultCode.ofNumber(0).toString()).isEqualTo("0");
    assertThat(ResultCode.of("00").toString()).isEqualTo("\"00\"");
  }
}
