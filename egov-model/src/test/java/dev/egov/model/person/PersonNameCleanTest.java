package dev.egov.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path of name cleaning ({@link PersonName#clean}: clean text returned as it is) agrees with the general
 * cleaning ({@link PersonName#cleanSlowly}) on every input, and takes the fast path only when the text is clean.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PersonNameCleanTest {

  static List<String> tricky() {
    List<String> inputs = new ArrayList<>(List.of(
        "",
        " ",
        "Nguyen",
        "Nguyen Van An",
        "Nguyễn",
        "Nguyễn Thị Hoà",
        "NGUYỄN THỊ HÒA",
        "Trương Thị Ánh Tuyết",
        "Đặng Ngọc Ưu Ơn",
        "Nguye\u0302\u0303n",
        "Nguy\u1ec5n",
        "Nguye\u0303\u0302n",
        "\u0301Hoa",
        "Ho\u0300a",
        "Nguyễn  Thị",
        "Nguyễn\tThị",
        "Nguyễn\nThị",
        "Nguyễn\u00a0Thị",
        "Nguyễn\u2003Thị",
        "Nguyễn\u3000Thị",
        " Nguyễn",
        "Nguyễn ",
        "  Nguyễn   Thị  Hoà  ",
        "\tAn\t",
        "An\u0000",
        "An\u0007B",
        "An\u007fB",
        "An\u0085B",
        "An\u009fB",
        "An\u001cB",
        "\u212bngstr\u00f6m",
        "\u00c5ngstr\u00f6m",
        "\u2126",
        "\u1e9b\u0323",
        "\uac00",
        "\u1100\u1161",
        "山田 太郎",
        "Ali\u0307",
        "O'Brien-Smith",
        "ʼA",
        "Ǹ\u0300",
        "a\ud83d\ude00b",
        "\ud800"));
    for (String s : List.copyOf(inputs)) {
      inputs.add(Normalizer.normalize(s, Normalizer.Form.NFD));
      inputs.add(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }
    return inputs;
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void clean_agreesWithTheGeneralCleaning(String input) {
    Throwable slowError = catchThrowable(() -> PersonName.cleanSlowly(input));
    if (slowError != null) {
      assertThat(slowError).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PersonName.clean(input))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(slowError.getMessage());
      assertThat(PersonName.isClean(input)).isFalse();
      return;
    }
    String slow = PersonName.cleanSlowly(input);
    assertThat(PersonName.clean(input)).isEqualTo(slow);
    assertThat(PersonName.isClean(input)).isEqualTo(slow.equals(input));
    // Cleaning is idempotent, and clean text takes the fast path.
    assertThat(PersonName.cleanSlowly(slow)).isEqualTo(slow);
    assertThat(PersonName.isClean(slow)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void clean_returnsCleanTextItself(String input) {
    if (PersonName.isClean(input)) {
      assertThat(PersonName.clean(input)).isSameAs(input);
    }
  }

  @Test
  void clean_vietnameseAndAscii_takeTheFastPath() {
    for (String s : List.of("Nguyen Van An", "Nguyễn Thị Hoà", "Đặng Ngọc Ưu Ơn", "Hòa", "Hoà", "Thủy", "Thuỷ")) {
      assertThat(PersonName.isClean(s)).as(s).isTrue();
      assertThat(PersonName.clean(s)).isSameAs(s);
    }
    assertThat(PersonName.isClean("Nguye\u0302\u0303n")).isFalse();
    assertThat(PersonName.clean("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
  }

  /** Every single character, alone and between letters, cleans the same both ways. */
  @Test
  void clean_everyBmpCharacter_agreesWithTheGeneralCleaning() {
    for (int c = 0; c <= 0xffff; c++) {
      for (String s : new String[] {String.valueOf((char) c), "a" + (char) c + "b"}) {
        String slow;
        try {
          slow = PersonName.cleanSlowly(s);
        } catch (IllegalArgumentException e) {
          assertThat(PersonName.isClean(s)).as("U+%04X", c).isFalse();
          continue;
        }
        assertThat(PersonName.isClean(s)).as("U+%04X in %s", c, s).isEqualTo(slow.equals(s));
      }
    }
  }

  /**
   * The "stable" characters are in NFC alone, are no combining marks, and never are the second part of a canonical
   * decomposition, so no character before them can compose with them: text made of them only is in NFC.
   */
  @Test
  void isStable_holdsForEveryStableCharacter() {
    for (int c = 0; c <= 0xffff; c++) {
      if (!PersonName.isStable((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("U+%04X", c).isTrue();
      int type = Character.getType(c);
      assertThat(type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK).as("U+%04X", c).isTrue();
    }
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xffff) {
        continue;
      }
      String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
      for (int i = 1; i < nfd.length(); i++) {
        char part = nfd.charAt(i);
        if (!Character.isLowSurrogate(part)) {
          assertThat(PersonName.isStable(part)).as("U+%04X decomposes with U+%04X", cp, (int) part).isFalse();
        }
      }
    }
  }
}
