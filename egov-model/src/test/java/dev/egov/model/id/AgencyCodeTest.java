package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.egov.model.catalog.Confidence;
import dev.egov.model.catalog.TopLevelAgency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(10)
class AgencyCodeTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("000.00.00.h56", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("000-00-00-H56", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("000.00.00.H56 ", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("000.00.00.Đ56", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("000.00.00.H5", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("000.00.00.H566", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("H5.14", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("H56.1", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("H56.14.2", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("0000.00.0.H56", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.00.556", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.00.HH6", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.00H56.", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("H56.14", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("H56", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("H56.14.22", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("H56.14.22.001", IdentifierCheck.NON_STANDARD_FORM));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(AgencyCode.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> AgencyCode.parse(text), IdentifierKind.AGENCY_CODE, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(AgencyCode.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(AgencyCode.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> AgencyCode.parse(null));
  }

  @Test
  void checkLenient_shortFormWrongLength_wrongLength() {
    assertThat(AgencyCode.checkLenient("H56.1")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertParseFails(() -> AgencyCode.parseLenient("H56.1"), IdentifierKind.AGENCY_CODE,
        IdentifierCheck.WRONG_LENGTH);
  }

  @ParameterizedTest
  @CsvSource({
    "000.00.00.G22, G22, 00, 00, 000, 1",
    "000.00.00.H41, H41, 00, 00, 000, 1",
    "000.00.06.H56, H56, 06, 00, 000, 2",
    "000.00.01.H22, H22, 01, 00, 000, 2",
    "000.17.22.H56, H56, 22, 17, 000, 3",
    "001.17.22.H56, H56, 22, 17, 001, 4"
  })
  void parse_fullForm_levelsReadRightToLeft(
      String text, String level1, String level2, String level3, String level4, int depth) {
    AgencyCode code = AgencyCode.parse(text);
    assertThat(code.level1()).isEqualTo(level1);
    assertThat(code.level2()).isEqualTo(level2);
    assertThat(code.level3()).isEqualTo(level3);
    assertThat(code.level4()).isEqualTo(level4);
    assertThat(code.depth()).isEqualTo(depth);
    assertThat(code.unitClass()).isEqualTo(level1.charAt(0));
    assertThat(code.format()).isEqualTo(text).isEqualTo(code.fullForm());
    assertThat(code.isLenient()).isFalse();
    assertThat(code.kind()).isEqualTo(IdentifierKind.AGENCY_CODE);
    assertThat(AgencyCode.parse(code.format())).isEqualTo(code).hasSameHashCodeAs(code);
  }

  @Test
  void parent_eachDepth_lowestNonZeroLevelCleared() {
    AgencyCode level4 = AgencyCode.parse("001.17.22.H56");
    AgencyCode level3 = level4.parent().orElseThrow();
    assertThat(level3.format()).isEqualTo("000.17.22.H56");
    AgencyCode level2 = level3.parent().orElseThrow();
    assertThat(level2.format()).isEqualTo("000.00.22.H56");
    AgencyCode level1 = level2.parent().orElseThrow();
    assertThat(level1.format()).isEqualTo("000.00.00.H56");
    assertThat(level1.parent()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "H56, 000.00.00.H56",
    "H56.14, 000.00.14.H56",
    "H56.14.22, 000.22.14.H56",
    "H56.14.22.001, 001.22.14.H56"
  })
  void parseLenient_shortForm_keepsTextAndDerivesFullForm(String shortForm, String fullForm) {
    assertThat(AgencyCode.checkLenient(shortForm)).isEqualTo(IdentifierCheck.VALID);
    AgencyCode code = AgencyCode.parseLenient(shortForm);
    assertThat(code.format()).isEqualTo(shortForm);
    assertThat(code.toString()).isEqualTo(shortForm);
    assertThat(code.fullForm()).isEqualTo(fullForm);
    assertThat(code.isLenient()).isTrue();
    AgencyCode full = AgencyCode.parse(fullForm);
    assertThat(code).isEqualTo(full).hasSameHashCodeAs(full);
    assertThat(full).isEqualTo(code);
    assertThat(AgencyCode.parseLenient(code.format())).isEqualTo(code);
  }

  @Test
  void parseLenient_shortForm_levelsAndParentFromFullForm() {
    AgencyCode code = AgencyCode.parseLenient("H56.14");
    assertThat(code.level1()).isEqualTo("H56");
    assertThat(code.level2()).isEqualTo("14");
    assertThat(code.depth()).isEqualTo(2);
    assertThat(code.parent().orElseThrow().format()).isEqualTo("000.00.00.H56");
  }

  @Test
  void parseLenient_fullForm_notLenient() {
    assertThat(AgencyCode.parseLenient("000.00.00.H56").isLenient()).isFalse();
  }

  @Test
  void equals_differentLevels_notEqual() {
    assertThat(AgencyCode.parse("000.00.06.H56")).isNotEqualTo(AgencyCode.parse("000.00.06.H55"));
    assertThat(AgencyCode.parseLenient("H56.14")).isNotEqualTo(AgencyCode.parse("000.14.00.H56"));
  }

  @Test
  void topLevelAgency_knownCodes_namedWithConfidence() {
    TopLevelAgency vpcp = AgencyCode.parse("000.00.00.G22").topLevelAgency().orElseThrow();
    assertThat(vpcp.name()).isEqualTo("Văn phòng Chính phủ");
    TopLevelAgency thanhHoa = AgencyCode.parse("000.17.22.H56").topLevelAgency().orElseThrow();
    assertThat(thanhHoa.name()).isEqualTo("Ủy ban nhân dân tỉnh Thanh Hóa");
    assertThat(thanhHoa.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(AgencyCode.parse("000.00.00.X99").topLevelAgency()).isEmpty();
  }

  @Test
  void toString_notPersonalData_inClear() {
    AgencyCode code = AgencyCode.parse("000.17.22.H56");
    assertThat(code.toString()).isEqualTo("000.17.22.H56");
    assertThat(code.masked()).isEqualTo("000.17.22.H56");
  }
}
