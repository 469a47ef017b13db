package dev.egov.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class PlaceNameTextTest {

  /** The folding table gives what decomposing gives, for every letter of Latin-1 to Latin Extended Additional. */
  @Test
  void fold_everyLatinLetter_sameAsTheSearchKey() {
    for (char c = 'A'; c < 0x1f00; c++) {
      if (!Character.isLetter(c) || (c >= 0x250 && c < 0x1e00)) {
        continue;
      }
      String letter = String.valueOf(c);
      assertThat(PlaceNameText.fold(letter)).as("U+%04X", (int) c).isEqualTo(VietnameseText.searchKey(letter));
    }
  }

  /** The tables of the word key give the general method's key, for every letter alone and after a toned one. */
  @Test
  void identityKeyOfWords_everyLetter_sameAsTheGeneralKey() {
    for (char c = 'a'; c < 0x1f00; c++) {
      if (!Character.isLetter(c) || (c >= 0x250 && c < 0x1e00)) {
        continue;
      }
      String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
      for (String word : List.of(lower, "h" + lower + "a", "hò" + lower, lower + "ạ")) {
        assertThat(PlaceNameText.identityKeyOfWords(List.of(word, "xã")))
            .as("U+%04X in %s", (int) c, word).isEqualTo(VietnameseText.identityKey(word + " xã"));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"Đắk, dak", "ĐƯỜNG, duong", "07, 7", "0, 0", "000, 0", "1a01, 1a01", "Hoà, hoa", "H'Leo, h'leo"})
  void fold_words_withoutDiacriticsOrLeadingZeros(String word, String folded) {
    assertThat(PlaceNameText.fold(word)).isEqualTo(folded);
  }

  @Test
  void words_decomposedInputApostrophesAndPunctuation_sameWordsAsComposed() {
    String nfd = Normalizer.normalize("Xã Ea H' Leo, P.7 - Bà Rịa", Normalizer.Form.NFD);
    List<List<String>> words = PlaceNameText.words(nfd);
    assertThat(words.get(0)).containsExactly("xã", "ea", "hleo", "p", "7", "bà", "rịa");
    assertThat(words.get(1)).containsExactly("xa", "ea", "hleo", "p", "7", "ba", "ria");
    assertThat(PlaceNameText.identityKeyOfWords(List.of("hoà"))).isEqualTo(
        PlaceNameText.identityKeyOfWords(List.of("hòa")));
  }
}
