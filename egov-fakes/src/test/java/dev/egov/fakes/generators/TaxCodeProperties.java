package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.TaxCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The check digit of a tax code catches every single-digit error in the first nine digits. */
@Timeout(60)
class TaxCodeProperties {

  private static final long SEED = 0x7A_C0DEL;
  private static final int CODES = 200;

  /**
   * {@value #CODES} valid tax codes, one in four with the check digit 0 (the remainder-10 case), in batches of 20.
   */
  static Stream<Arguments> taxCodes() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    List<TaxCode> codes = new ArrayList<>();
    for (int i = 0; i < CODES; i++) {
      codes.add(i % 4 == 3 ? ids.taxCodeWithCheckDigitZero() : ids.taxCode());
    }
    return Identifiers.batches(codes, 20).stream().map(batch -> Arguments.of(batch));
  }

  @ParameterizedTest
  @MethodSource("taxCodes")
  void taxCode_everySingleDigitChangeInTheFirstNine_isInvalidChecksum(List<TaxCode> codes) {
    List<String> accepted = new ArrayList<>();
    int checked = 0;
    for (TaxCode code : codes) {
      String valid = code.format();
      for (int position = 0; position < 9; position++) {
        for (char digit = '0'; digit <= '9'; digit++) {
          if (digit == valid.charAt(position)) {
            continue;
          }
          String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
          checked++;
          if (TaxCode.check(changed) != IdentifierCheck.INVALID_CHECKSUM
              || BranchTaxCode.check(changed + "-001") != IdentifierCheck.INVALID_CHECKSUM) {
            accepted.add(valid + " -> " + changed + ": " + TaxCode.check(changed));
          }
        }
      }
    }
    assertThat(checked).isEqualTo(codes.size() * 9 * 9);
    assertThat(accepted).as("single-digit changes not rejected as INVALID_CHECKSUM (seed " + SEED + ")").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("taxCodes")
  void taxCode_everyOtherCheckDigit_isInvalidChecksum(List<TaxCode> codes) {
    for (TaxCode code : codes) {
      String valid = code.format();
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != valid.charAt(9)) {
          assertThat(TaxCode.check(valid.substring(0, 9) + digit)).as(valid + " with " + digit)
              .isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
        }
      }
    }
  }

  @Test
  void taxCode_checkDigitZero_isAccepted_whereTheCommonWrongFormulaRejectsIt() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    for (int i = 0; i < 200; i++) {
      String code = ids.taxCodeWithCheckDigitZero().format();
      int sum = 0;
      int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
      for (int d = 0; d < 9; d++) {
        sum += (code.charAt(d) - '0') * weights[d];
      }
      int wrongCheckDigit = (11 - sum % 11) % 11; // the wrong variant of docs/identifiers.md, Tax codes
      assertThat(wrongCheckDigit).as(code).isEqualTo(1);
      assertThat(TaxCode.check(code)).as(code).isEqualTo(IdentifierCheck.VALID);
    }
  }
}
