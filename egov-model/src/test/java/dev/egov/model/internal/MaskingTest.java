package dev.egov.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class MaskingTest {

  @ParameterizedTest
  @CsvSource({
    "001085001245, 001*******45",
    "0912345678, 091*****78",
    "123456, 12***6",
    "123456789, 12******9",
    "12345, *****",
    "1, *",
    "abcdefghijklmnopqrstuvwxyz012345, abc***************************45"
  })
  void mask_value_hidesAtLeastHalf(String value, String masked) {
    assertThat(Masking.mask(value)).isEqualTo(masked);
  }

  @Test
  void mask_nullOrEmpty_nullTextOrEmpty() {
    assertThat(Masking.mask(null)).isEqualTo("null");
    assertThat(Masking.mask("")).isEmpty();
  }

  @Test
  void mask_longerThan32_cutWithLengthAndWithoutTail() {
    String value = "abcdefghijklmnopqrstuvwxyz0123456"; // 33
    assertThat(Masking.mask(value)).isEqualTo("abc" + "*".repeat(27) + "…(33 chars)");
    String huge = "0123456789".repeat(100_000);
    assertThat(Masking.mask(huge)).isEqualTo("012" + "*".repeat(27) + "…(1000000 chars)");
  }

  @Test
  void mask_controlAndNonAsciiInKeptCharacters_replaced() {
    assertThat(Masking.mask("\n\r\u0000123456\u001b\u007f")).isEqualTo("???******??");
    assertThat(Masking.mask("\u2028ab0100109106\u0085")).isEqualTo("?ab*********6?");
    assertThat(Masking.mask("\uD83D\uDE00a0100109106")).isEqualTo("??a********06");
    assertThat(Masking.mask("ễễễ1234ễễ")).isEqualTo("??******?");
  }

  @Test
  void mask_lineBreaksInMaskedMiddle_neverSurvive() {
    assertThat(Masking.mask("012\n\n\n\n\n\n\n\n89")).isEqualTo("012********89");
  }

  @Test
  void mask_stringBuilderInput_sameAsString() {
    assertThat(Masking.mask(new StringBuilder("001085001245"))).isEqualTo("001*******45");
  }

  @ParameterizedTest
  @CsvSource({
    "Nguyễn Văn An, N***** V** A*",
    "Lê Thị Hồng Nhung, L* T** H*** N****",
    "Ơ, Ơ",
    "Đặng  Thu, Đ***  T**"
  })
  void maskName_vietnameseName_keepsFirstLetterOfEachWord(String name, String masked) {
    assertThat(Masking.maskName(name)).isEqualTo(masked);
  }

  @Test
  void maskName_nullOrEmpty_nullTextOrEmpty() {
    assertThat(Masking.maskName(null)).isEqualTo("null");
    assertThat(Masking.maskName("")).isEmpty();
  }

  @Test
  void maskName_decomposedVietnamese_combiningMarksMasked() {
    // "Nguyễn" in NFD: the marks after the base letters are masked too.
    String nfd = java.text.Normalizer.normalize("Nguyễn Văn An", java.text.Normalizer.Form.NFD);
    String masked = Masking.maskName(nfd);
    assertThat(masked).startsWith("N*").doesNotContain("g").doesNotContain("\u0302");
    assertThat(masked.codePoints().filter(Character::isLetter).count()).isEqualTo(3);
  }

  @Test
  void maskName_whiteSpaceAndControlCharacters_neverSurvive() {
    assertThat(Masking.maskName("Nguyễn\nVăn\tAn\r\n")).isEqualTo("N***** V** A*  ");
    assertThat(Masking.maskName("An\u0000\u001b[31mB")).isEqualTo("A********");
    assertThat(Masking.maskName("\u2028An")).isEqualTo(" A*");
  }

  @Test
  void maskName_nonLetterAtWordStart_masked() {
    assertThat(Masking.maskName("1An -Bình")).isEqualTo("*** *****");
  }

  @Test
  void maskName_longName_cutWithEllipsis() {
    String name = "Nguyễn Văn An ".repeat(50);
    String masked = Masking.maskName(name);
    assertThat(masked).endsWith("…").hasSizeLessThanOrEqualTo(34);
    assertThat(masked).startsWith("N***** V** A* N***** V** A*");
  }

  @Test
  void maskName_surrogatePairLetterAtWordStart_keptWhole() {
    String name = "\uD835\uDC00bc"; // MATHEMATICAL BOLD CAPITAL A, then bc
    assertThat(Masking.maskName(name)).isEqualTo("\uD835\uDC00**");
  }

  @Test
  void inClear_value_keptButSafeAndCut() {
    assertThat(Masking.inClear("000.00.00.H56")).isEqualTo("000.00.00.H56");
    assertThat(Masking.inClear("H56\u0000\n\u1EA1")).isEqualTo("H56???");
    assertThat(Masking.inClear(null)).isEqualTo("null");
    assertThat(Masking.inClear("")).isEmpty();
    assertThat(Masking.inClear("0123456789".repeat(4))).isEqualTo("01234567890123456789012345678901…(40 chars)");
  }
}
