package dev.egov.model.id;

import static dev.egov.model.id.IdentifierAssertions.assertParseFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class DossierCodeTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", IdentifierCheck.EMPTY),
        Arguments.of("000.00.06.h56-231027-0361", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("000.00.06.H56 231027 0361", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("000.00.06.H56_231027_0361", IdentifierCheck.INVALID_CHARACTERS),
        Arguments.of("000.00.06.H56-231027-036", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("000.00.06.H56-231027-036111", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("H56.06-231027-0361", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("H56.06-231027-036", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("H5.06-231027-0361", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("H56.6-231027-03611", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("056.06-231027-0361", IdentifierCheck.WRONG_LENGTH),
        Arguments.of("H56.06-2310270-361", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("H56.06.22.1234-231027-0361", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("H56.06-230230-0001", IdentifierCheck.INVALID_DATE),
        Arguments.of("000.00.06.H56-2310270-361", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.06.H56-23102A-0361", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.06.H56.231027.0361", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.06.556-231027-0361", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.06.H56-231027-03A1", IdentifierCheck.INVALID_FORMAT),
        Arguments.of("000.00.06.H56-231027-03611", IdentifierCheck.NON_STANDARD_FORM),
        Arguments.of("000.00.06.H56-230230-0001", IdentifierCheck.INVALID_DATE),
        Arguments.of("000.00.06.H56-230229-0001", IdentifierCheck.INVALID_DATE),
        Arguments.of("000.00.06.H56-231301-0001", IdentifierCheck.INVALID_DATE),
        Arguments.of("000.00.06.H56-230001-0001", IdentifierCheck.INVALID_DATE),
        Arguments.of("000.00.06.H56-231000-0001", IdentifierCheck.INVALID_DATE),
        Arguments.of("000.00.06.H56-231131-0001", IdentifierCheck.INVALID_DATE));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void check_invalid_returnsReason(String text, IdentifierCheck reason) {
    assertThat(DossierCode.check(text)).isEqualTo(reason);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void parse_invalid_throwsWithReasonAndKind(String text, IdentifierCheck reason) {
    assertParseFails(() -> DossierCode.parse(text), IdentifierKind.DOSSIER_CODE, reason);
  }

  @Test
  void check_null_returnsEmpty() {
    assertThat(DossierCode.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(DossierCode.checkLenient(null)).isEqualTo(IdentifierCheck.EMPTY);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> DossierCode.parse(null));
  }

  @ParameterizedTest
  @CsvSource({
    "000.00.06.H56-231027-0361, 000.00.06.H56, 2023-10-27, 361",
    "000.17.22.H56-210531-0001, 000.17.22.H56, 2021-05-31, 1",
    "000.00.00.H29-240229-9999, 000.00.00.H29, 2024-02-29, 9999",
    "000.00.00.G22-000101-0001, 000.00.00.G22, 2000-01-01, 1",
    "000.00.00.G22-991231-0001, 000.00.00.G22, 2099-12-31, 1"
  })
  void parse_standardForm_decodesParts(String text, String agency, LocalDate date, int sequence) {
    DossierCode code = DossierCode.parse(text);
    assertThat(code.agency()).isEqualTo(AgencyCode.parse(agency));
    assertThat(code.agency().format()).isEqualTo(agency);
    assertThat(code.receiptDate()).isEqualTo(date);
    assertThat(code.sequence()).isEqualTo(sequence);
    assertThat(code.isLenient()).isFalse();
    assertThat(code.kind()).isEqualTo(IdentifierKind.DOSSIER_CODE);
    assertThat(code.format()).isEqualTo(text);
    assertThat(DossierCode.parse(code.format())).isEqualTo(code).hasSameHashCodeAs(code);
  }

  @Test
  void parseLenient_fiveDigitSequence_acceptedAndLenient() {
    String text = "000.00.06.H56-231027-03611";
    assertThat(DossierCode.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    DossierCode code = DossierCode.parseLenient(text);
    assertThat(code.sequence()).isEqualTo(3611);
    assertThat(code.isLenient()).isTrue();
    assertThat(code.format()).isEqualTo(text);
    assertThat(DossierCode.parseLenient(code.format())).isEqualTo(code);
    assertThat(DossierCode.parseLenient("000.00.06.H56-231027-99999").sequence()).isEqualTo(99_999);
  }

  /**
   * The case found from outside: {@code AgencyCode} and {@code ProcedureCode} accepted the short agency form leniently,
   * {@code DossierCode} rejected a code built on it.
   */
  @Test
  void parseLenient_shortAgencyForm_accepted() {
    String text = "H56.14-260217-0001";
    assertThat(DossierCode.check(text)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    assertThat(DossierCode.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
    DossierCode code = DossierCode.parseLenient(text);
    assertThat(code.isLenient()).isTrue();
    assertThat(code.format()).isEqualTo(text).isEqualTo(code.toString());
    assertThat(code.agency()).isEqualTo(AgencyCode.parse("000.00.14.H56"));
    assertThat(code.agency().format()).isEqualTo("H56.14");
    assertThat(code.agency().isLenient()).isTrue();
    assertThat(code.receiptDate()).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(code.sequence()).isEqualTo(1);
    assertThat(DossierCode.parseLenient(code.format())).isEqualTo(code);
    assertParseFails(() -> DossierCode.parse(text), IdentifierKind.DOSSIER_CODE, IdentifierCheck.NON_STANDARD_FORM);
  }

  /** Every short form AgencyCode accepts leniently, one to four levels, with a four- or five-digit sequence. */
  @ParameterizedTest
  @CsvSource({
    "H56-260217-0001, 000.00.00.H56, 1",
    "H56.14-260217-0001, 000.00.14.H56, 1",
    "H56.14.22-260217-0042, 000.22.14.H56, 42",
    "H56.14.22.001-260217-0042, 001.22.14.H56, 42",
    "H56.14-260217-12345, 000.00.14.H56, 12345",
    "H56.14.22.001-260217-12345, 001.22.14.H56, 12345"
  })
  void parseLenient_everyShortAgencyForm_acceptedLikeAgencyCode(String text, String fullForm, int sequence) {
    String agency = text.substring(0, text.indexOf('-'));
    assertThat(AgencyCode.checkLenient(agency)).isEqualTo(IdentifierCheck.VALID);
    assertThat(DossierCode.check(text)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    DossierCode code = DossierCode.parseLenient(text);
    assertThat(code.agency()).isEqualTo(AgencyCode.parseLenient(agency));
    assertThat(code.agency().fullForm()).isEqualTo(fullForm);
    assertThat(code.sequence()).isEqualTo(sequence);
    assertThat(code.isLenient()).isTrue();
  }

  @Test
  void parseLenient_standardForm_notLenient() {
    assertThat(DossierCode.parseLenient("000.00.06.H56-231027-0361").isLenient()).isFalse();
  }

  @Test
  void checkLenient_fiveDigitSequenceWithBadDate_invalidDate() {
    assertThat(DossierCode.checkLenient("000.00.06.H56-230230-12345")).isEqualTo(IdentifierCheck.INVALID_DATE);
    assertParseFails(() -> DossierCode.parseLenient("000.00.06.H56-230230-12345"), IdentifierKind.DOSSIER_CODE,
        IdentifierCheck.INVALID_DATE);
  }

  @Test
  void of_agencyDateSequence_standardFormThatParsesBack() {
    DossierCode code = DossierCode.of(AgencyCode.parse("000.00.06.H56"), LocalDate.of(2023, 10, 27), 361);
    assertThat(code.format()).isEqualTo("000.00.06.H56-231027-0361");
    assertThat(DossierCode.parse(code.format())).isEqualTo(code);
    assertThat(DossierCode.of(AgencyCode.parse("000.00.06.H56"), LocalDate.of(2005, 1, 9), 9999).format())
        .isEqualTo("000.00.06.H56-050109-9999");
  }

  @Test
  void of_shortFormAgency_writtenInFullForm() {
    DossierCode code = DossierCode.of(AgencyCode.parseLenient("H56.06"), LocalDate.of(2023, 10, 27), 1);
    assertThat(code.format()).isEqualTo("000.00.06.H56-231027-0001");
    assertThat(code.agency().format()).isEqualTo("000.00.06.H56");
    assertThat(code.agency().isLenient()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000})
  void of_sequenceOutOfRange_throws(int sequence) {
    AgencyCode agency = AgencyCode.parse("000.00.06.H56");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierCode.of(agency, LocalDate.of(2023, 10, 27), sequence));
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2100})
  void of_yearOutsideTwoDigitRange_throws(int year) {
    AgencyCode agency = AgencyCode.parse("000.00.06.H56");
    assertThatIllegalArgumentException().isThrownBy(() -> DossierCode.of(agency, LocalDate.of(year, 1, 1), 1));
  }

  @Test
  void equals_differentSequence_notEqual() {
    assertThat(DossierCode.parse("000.00.06.H56-231027-0361"))
        .isNotEqualTo(DossierCode.parse("000.00.06.H56-231027-0362"));
  }

  @Test
  void toString_notPersonalData_inClear() {
    DossierCode code = DossierCode.parse("000.00.06.H56-231027-0361");
    assertThat(code.toString()).isEqualTo("000.00.06.H56-231027-0361").isEqualTo(code.masked());
  }
}
