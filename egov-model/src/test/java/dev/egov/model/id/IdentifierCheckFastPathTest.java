package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one-pass paths of {@link TaxCode#check} (10 characters) and of the fixed-length digit checks report exactly
 * what the general paths report: same reasons, same precedence (characters before length, form before checksum).
 */
class IdentifierCheckFastPathTest {

  @Test
  void taxCode_tenCharacters_reportsEveryReasonInOrder() {
    assertThat(TaxCode.check("0100109106")).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.check("0100109107")).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
    assertThat(TaxCode.check("0100000003")).isEqualTo(IdentifierCheck.INVALID_COMPONENT);
    assertThat(TaxCode.check("0100000003", Strictness.CHECKSUM)).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.check("0100109107", Strictness.FORMAT)).isEqualTo(IdentifierCheck.VALID);
    // r = 0 (29 + 23 + 3 = 55): no check digit exists, whatever the tenth digit.
    assertThat(TaxCode.checkDigitFor("011000001")).isEmpty();
    for (char last = '0'; last <= '9'; last++) {
      assertThat(TaxCode.check("011000001" + last)).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
    }
    assertThat(TaxCode.check("0100A09106")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(TaxCode.check("010010910A")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(TaxCode.check("01001091\u0660" + "6")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    // A separator among 10 characters leaves 9 digits: the general path decides, and a later letter still counts.
    assertThat(TaxCode.check("0100-09106")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertThat(TaxCode.check("0100-0910A")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(TaxCode.checkLenient("0100-09106")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
  }

  @Test
  void taxCode_otherLengths_keepTheGeneralPath() {
    assertThat(TaxCode.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(TaxCode.check("")).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(TaxCode.check("01.00.109.106")).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
    assertThat(TaxCode.checkLenient("01.00.109.106")).isEqualTo(IdentifierCheck.VALID);
    assertThat(TaxCode.checkLenient("01.00.109.107")).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
    assertThat(TaxCode.check("010010910")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertThat(TaxCode.check("01001091061")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
  }

  @Test
  void exactDigits_reportCharactersBeforeLength() {
    assertThat(PersonalIdNumber.check("079303001234")).isEqualTo(IdentifierCheck.VALID);
    assertThat(PersonalIdNumber.check(new StringBuilder("079303001234"))).isEqualTo(IdentifierCheck.VALID);
    assertThat(PersonalIdNumber.check(null)).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(PersonalIdNumber.check("")).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(PersonalIdNumber.check("07930300123")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertThat(PersonalIdNumber.check("0793030012345")).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertThat(PersonalIdNumber.check("07930300123A")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(PersonalIdNumber.check("0793030012A")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(PersonalIdNumber.check("079303 001234")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(SocialInsuranceNumber.check("7912345678")).isEqualTo(IdentifierCheck.VALID);
    assertThat(SocialInsuranceNumber.check("79123456\u0667" + "8")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    // A String of the kind's length takes its own loop; UTF-16 strings and other CharSequences answer the same.
    assertThat(PersonalIdNumber.check("0793030012\u06633")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(PersonalIdNumber.check("079303001\u0663")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(PersonalIdNumber.check("\uFF10" + "79303001234")).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(PersonalIdNumber.check(new StringBuilder())).isEqualTo(IdentifierCheck.EMPTY);
    assertThat(PersonalIdNumber.check(new StringBuilder("07930300123"))).isEqualTo(IdentifierCheck.WRONG_LENGTH);
    assertThat(PersonalIdNumber.check(new StringBuilder("0793030012A"))).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
    assertThat(PersonalIdNumber.check(new StringBuilder("07930300123A"))).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
  }
}
