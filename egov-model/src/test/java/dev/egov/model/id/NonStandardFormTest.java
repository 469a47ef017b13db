package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IdentifierCheck#NON_STANDARD_FORM} means "valid, but only for lenient parsing": a text in a non-standard
 * form that also breaks another rule reports that rule, in strict and lenient checks alike.
 */
@Timeout(10)
class NonStandardFormTest {

  static Stream<Arguments> nonStandardAndInvalid() {
    return Stream.of(
        Arguments.of(IdentifierKind.TAX_CODE, "6164.973.806", IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of(IdentifierKind.TAX_CODE, "01.00.000.003", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of(IdentifierKind.BRANCH_TAX_CODE, "0100109106000", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of(IdentifierKind.BRANCH_TAX_CODE, "0100109107001", IdentifierCheck.INVALID_CHECKSUM),
        Arguments.of(IdentifierKind.PROCEDURE_CODE, "7.008820.H03", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of(IdentifierKind.DOSSIER_CODE, "000.00.06.H56-230230-00001", IdentifierCheck.INVALID_DATE),
        Arguments.of(IdentifierKind.PHONE_NUMBER, "095 234 5678", IdentifierCheck.INVALID_COMPONENT),
        Arguments.of(IdentifierKind.HEALTH_INSURANCE_CARD, "CN 9 54 5404451238", IdentifierCheck.INVALID_COMPONENT));
  }

  @ParameterizedTest
  @MethodSource("nonStandardAndInvalid")
  void check_nonStandardAndInvalid_reportsTheBrokenRule(IdentifierKind kind, String text, IdentifierCheck reason) {
    assertThat(kind.check(text)).isEqualTo(reason);
    assertThat(kind.checkLenient(text)).isEqualTo(reason);
  }

  static Stream<Arguments> nonStandardButValid() {
    return Stream.of(
        Arguments.of(IdentifierKind.TAX_CODE, "01.00.109.106"),
        Arguments.of(IdentifierKind.BRANCH_TAX_CODE, "0100109106001"),
        Arguments.of(IdentifierKind.PROCEDURE_CODE, "2.002621.H56"),
        Arguments.of(IdentifierKind.DOSSIER_CODE, "000.00.06.H56-231027-03611"),
        Arguments.of(IdentifierKind.PHONE_NUMBER, "0912 345 678"),
        Arguments.of(IdentifierKind.HEALTH_INSURANCE_CARD, "dn4797912345678"),
        Arguments.of(IdentifierKind.AGENCY_CODE, "H56.14"));
  }

  @ParameterizedTest
  @MethodSource("nonStandardButValid")
  void check_nonStandardButValid_isNonStandardStrictly_andValidLeniently(IdentifierKind kind, String text) {
    assertThat(kind.check(text)).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    assertThat(kind.checkLenient(text)).isEqualTo(IdentifierCheck.VALID);
  }
}
