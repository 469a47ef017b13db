package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class StrictnessTest {

  @Test
  void includes_eachPair_itselfAndLowerLevelsOnly() {
    assertThat(Strictness.SEMANTIC.includes(Strictness.SEMANTIC)).isTrue();
    assertThat(Strictness.SEMANTIC.includes(Strictness.CHECKSUM)).isTrue();
    assertThat(Strictness.SEMANTIC.includes(Strictness.FORMAT)).isTrue();
    assertThat(Strictness.CHECKSUM.includes(Strictness.SEMANTIC)).isFalse();
    assertThat(Strictness.CHECKSUM.includes(Strictness.CHECKSUM)).isTrue();
    assertThat(Strictness.CHECKSUM.includes(Strictness.FORMAT)).isTrue();
    assertThat(Strictness.FORMAT.includes(Strictness.SEMANTIC)).isFalse();
    assertThat(Strictness.FORMAT.includes(Strictness.CHECKSUM)).isFalse();
    assertThat(Strictness.FORMAT.includes(Strictness.FORMAT)).isTrue();
  }

  @Test
  void check_higherLevel_rejectsWhatLowerAccepts() {
    // 0100109107: bad check digit. 0100000003: good check digit, all-zero sequence.
    assertThat(TaxCode.check("0100109107", Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.check("0100109107", Strictness.CHECKSUM)).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
    assertThat(TaxCode.check("0100000003", Strictness.CHECKSUM)).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.check("0100000003", Strictness.SEMANTIC)).isEqualTo(IdentifierCheck.INVALID_COMPONENT);
    assertThat(PhoneNumber.check("0952345678", Strictness.CHECKSUM)).isEqualTo(IdentifierCheck.VALID);
    assertThat(PhoneNumber.check("0952345678", Strictness.SEMANTIC)).isEqualTo(IdentifierCheck.INVALID_COMPONENT);
  }

  @Test
  void checkWithAStrictness_nullText_isEmptyButANullStrictnessIsAProgrammingError() {
    for (Strictness level : Strictness.values()) {
      assertThat(TaxCode.check(null, level)).isEqualTo(IdentifierCheck.EMPTY);
      assertThat(TaxCode.checkLenient(null, level)).isEqualTo(IdentifierCheck.EMPTY);
      assertThat(BranchTaxCode.check(null, level)).isEqualTo(IdentifierCheck.EMPTY);
      assertThat(BranchTaxCode.checkLenient(null, level)).isEqualTo(IdentifierCheck.EMPTY);
      assertThat(PhoneNumber.check(null, level)).isEqualTo(IdentifierCheck.EMPTY);
      assertThat(PhoneNumber.checkLenient(null, level)).isEqualTo(IdentifierCheck.EMPTY);
    }
    assertThatNullPointerException().isThrownBy(() -> TaxCode.check("0100109106", null)).withMessage("strictness");
    assertThatNullPointerException().isThrownBy(() -> TaxCode.checkLenient(null, null)).withMessage("strictness");
    assertThatNullPointerException().isThrownBy(() -> BranchTaxCode.check(null, null)).withMessage("strictness");
    assertThatNullPointerException().isThrownBy(() -> BranchTaxCode.checkLenient(null, null))
        .withMessage("strictness");
    assertThatNullPointerException().isThrownBy(() -> PhoneNumber.check(null, null)).withMessage("strictness");
    assertThatNullPointerException().isThrownBy(() -> PhoneNumber.checkLenient(null, null)).withMessage("strictness");
  }
}
