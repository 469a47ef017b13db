package dev.egov.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.model.TextLimitExceededException;
import dev.egov.model.TextLimits;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names: what is kept (NFC, collapsed white space), how names are split, and the two matching keys. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PersonNameTest {

  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  // --- What is kept ---------------------------------------------------------------------------------------------

  @Test
  void of_decomposedInput_isNormalisedToNfc() {
    String family = nfd("Nguyễn");
    assertThat(family).isNotEqualTo("Nguyễn").hasSizeGreaterThan("Nguyễn".length());

    PersonName name = PersonName.of(family, nfd("Thị"), nfd("Hoà"));

    assertThat(name.family()).isEqualTo("Nguyễn");
    assertThat(name.middle()).isEqualTo("Thị");
    assertThat(name.given()).isEqualTo("Hoà");
    assertThat(Normalizer.isNormalized(name.fullName(), Normalizer.Form.NFC)).isTrue();
    assertThat(name).isEqualTo(PersonName.parse("Nguyễn Thị Hoà"));
  }

  @Test
  void parse_decomposedInput_isNormalisedToNfc() {
    assertThat(PersonName.parse(nfd("Trương Thị Ánh Tuyết")).fullName()).isEqualTo("Trương Thị Ánh Tuyết");
  }

  /** NFC does not unify tone placement: {@code Hoà} stays {@code Hoà}, {@code Hòa} stays {@code Hòa}. */
  @Test
  void of_toneMarkStyleAndCase_areKeptAsGiven() {
    assertThat(PersonName.parse("NGUYỄN THỊ Hòa").fullName()).isEqualTo("NGUYỄN THỊ Hòa");
    assertThat(PersonName.parse("Nguyễn Thị Hoà").given()).isEqualTo("Hoà");
    assertThat(PersonName.parse("Nguyễn Thị Hòa")).isNotEqualTo(PersonName.parse("Nguyễn Thị Hoà"));
  }

  @Test
  void of_whiteSpace_isTrimmedAndCollapsed() {
    PersonName name = PersonName.of("  Nguyễn ", " Thị \t  Ngọc ", "Hoà\u00a0");

    assertThat(name.family()).isEqualTo("Nguyễn");
    assertThat(name.middle()).isEqualTo("Thị Ngọc");
    assertThat(name.given()).isEqualTo("Hoà");
    assertThat(PersonName.parse("\u2003Nguyễn   Thị\u00a0\u00a0Hoà  ").fullName()).isEqualTo("Nguyễn Thị Hoà");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b"})
  void of_controlCharacter_isRejected(String control) {
    assertThatThrownBy(() -> PersonName.parse("Nguyễn" + control + "Hoà")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control character");
    assertThatThrownBy(() -> PersonName.of("Nguyễn", control, "Hoà")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PersonName("Nguyễn", "Thị", "Hoà" + control))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_everyPartEmpty_isRejected() {
    assertThatThrownBy(() -> PersonName.of(null, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonName.of(" ", "", "\t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonName.parse("   ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonName.parse("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_nullPartOfTheRecordConstructor_isRejected() {
    assertThatThrownBy(() -> new PersonName("Nguyễn", null, "Hoà")).isInstanceOf(NullPointerException.class);
  }

  // --- Splitting --------------------------------------------------------------------------------------------------

  @Test
  void parse_threeWords_familyMiddleGiven() {
    PersonName name = PersonName.parse("Nguyễn Thị Hoà");

    assertThat(name.family()).isEqualTo("Nguyễn");
    assertThat(name.middle()).isEqualTo("Thị");
    assertThat(name.given()).isEqualTo("Hoà");
  }

  @Test
  void parse_severalMiddleNames_allBetweenFirstAndLast() {
    PersonName name = PersonName.parse("Tôn Nữ Thị Ngọc Hoà");

    assertThat(name.family()).isEqualTo("Tôn");
    assertThat(name.middle()).isEqualTo("Nữ Thị Ngọc");
    assertThat(name.given()).isEqualTo("Hoà");
  }

  @Test
  void parse_twoWords_noMiddleName() {
    PersonName name = PersonName.parse("Lê Bình");

    assertThat(name.family()).isEqualTo("Lê");
    assertThat(name.middle()).isEmpty();
    assertThat(name.given()).isEqualTo("Bình");
    assertThat(name.fullName()).isEqualTo("Lê Bình");
  }

  @Test
  void parse_singleWord_isAGivenName() {
    PersonName name = PersonName.parse("  Hoà ");

    assertThat(name.family()).isEmpty();
    assertThat(name.middle()).isEmpty();
    assertThat(name.given()).isEqualTo("Hoà");
    assertThat(name.fullName()).isEqualTo("Hoà");
  }

  @Test
  void of_fullNameGivenOnlyAsFamilyName_isSplit() {
    assertThat(PersonName.of("Nguyễn Thị Hoà", null, null)).isEqualTo(new PersonName("Nguyễn", "Thị", "Hoà"));
    assertThat(PersonName.of(" Trần   Văn  Bình ", "", "")).isEqualTo(new PersonName("Trần", "Văn", "Bình"));
  }

  @Test
  void of_fullNameGivenOnlyAsGivenName_isSplit() {
    assertThat(PersonName.of(null, null, "Tôn Nữ Thị Ngọc Hoà"))
        .isEqualTo(new PersonName("Tôn", "Nữ Thị Ngọc", "Hoà"));
    assertThat(PersonName.of("", "", "Lê Bình")).isEqualTo(new PersonName("Lê", "", "Bình"));
  }

  @Test
  void of_singleWordInOnePart_isKeptInThatPart() {
    assertThat(PersonName.of("Nguyễn", null, null)).isEqualTo(new PersonName("Nguyễn", "", ""));
    assertThat(PersonName.of(null, null, "Hoà")).isEqualTo(new PersonName("", "", "Hoà"));
  }

  /** A source that splits is trusted: a compound family name in {@code Ho} stays whole. */
  @Test
  void of_partsFromASplittingSource_areNotResplit() {
    PersonName name = PersonName.of("Tôn Thất", null, "Thuyết");

    assertThat(name.family()).isEqualTo("Tôn Thất");
    assertThat(name.middle()).isEmpty();
    assertThat(name.given()).isEqualTo("Thuyết");
  }

  @Test
  void fullName_joinsTheNonEmptyPartsWithSingleSpaces() {
    assertThat(PersonName.of("Nguyễn", "Văn Minh", "An").fullName()).isEqualTo("Nguyễn Văn Minh An");
    assertThat(PersonName.of("", "Văn", "An").fullName()).isEqualTo("Văn An");
    assertThat(PersonName.of("Nguyễn", null, "An").fullName()).isEqualTo("Nguyễn An");
  }

  // --- Masking ----------------------------------------------------------------------------------------------------

  @Test
  void toString_keepsOnlyTheFirstLetterOfEachWord() {
    PersonName name = PersonName.parse("Nguyễn Thị Hoà");

    assertThat(name).hasToString("N***** T** H**");
    assertThat(name.toString()).doesNotContain("Nguyễn", "Thị", "Hoà", "guy", "oà");
  }

  @Test
  void toString_decomposedInput_masksEveryCharacterAfterTheFirst() {
    assertThat(PersonName.parse(nfd("Đặng Ưng")).toString()).isEqualTo("Đ*** Ư**");
  }

  // --- Identity key -----------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "Nguyễn Thị Hòa, Nguyễn Thị Hoà",
      "Hòa, Hoà",
      "Thủy, Thuỷ",
      "Khỏe, Khoẻ",
      "Quý, Qúy",
      "Lê Thị Thúy, Lê Thị Thuý",
      "NGUYỄN THỊ HOÀ, nguyễn thị hoà",
      "NGUYỄN THỊ HÒA, nguyễn thị hoà",
      "Trần Văn Đức, TRẦN VĂN ĐỨC",
      "'Nguyễn   Thị  Hoà', 'Nguyễn Thị Hoà'"
  })
  void identityKey_sameNameWrittenDifferently_isEqual(String one, String other) {
    PersonName a = PersonName.parse(one);
    PersonName b = PersonName.parse(other);

    assertThat(a.identityKey()).isEqualTo(b.identityKey());
    assertThat(a.sameAs(b)).isTrue();
    assertThat(b.sameAs(a)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Nguyễn Thị Hoà", "Nguyễn Thị Hòa", "Trương Thị Ánh Tuyết", "Đặng Quý Khỏe", "Lưu Thị Thủy"})
  void identityKey_nfdAndNfc_isEqual(String name) {
    assertThat(PersonName.parse(nfd(name)).identityKey()).isEqualTo(PersonName.parse(name).identityKey());
    assertThat(PersonName.of(nfd(name), null, null).sameAs(PersonName.parse(name))).isTrue();
  }

  /** Zero-width spaces, joiners and byte-order marks arrive with copied names; invisible, so never a difference. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD"})
  void keys_ignoreInvisibleFormatCharacters(String codePoint) {
    String invisible = Character.toString(Integer.parseInt(codePoint, 16));
    PersonName pasted = PersonName.parse(invisible + "Nguyễn Thị Ho" + invisible + "à" + invisible);
    PersonName typed = PersonName.parse("Nguyễn Thị Hoà");

    assertThat(pasted.identityKey()).isEqualTo(typed.identityKey());
    assertThat(pasted.searchKey()).isEqualTo(typed.searchKey());
    assertThat(pasted.given()).contains(invisible); // the record keeps what was given
  }

  @Test
  void identityKey_partsSplitDifferently_isEqual() {
    assertThat(PersonName.of("Tôn Thất", "", "Thuyết").sameAs(PersonName.parse("Tôn Thất Thuyết"))).isTrue();
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({
      "Hà, Hạ",
      "Hoa, Hoà",
      "Thủy, Thùy",
      "Ân, An",
      "Đức, Dức",
      "Thư, Thu",
      "Lương, Luong",
      "Hằng, Hàng",
      "Nguyễn Thị Hoà, Nguyễn Thị Hòa Bình",
      "Quý, Quy"
  })
  void identityKey_differentNames_differ(String one, String other) {
    PersonName a = PersonName.parse(one);
    PersonName b = PersonName.parse(other);

    assertThat(a.identityKey()).isNotEqualTo(b.identityKey());
    assertThat(a.sameAs(b)).isFalse();
  }

  // --- Search key -------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "Nguyễn Thị Hoà, nguyen thi hoa",
      "NGUYEN THI HOA, nguyen thi hoa",
      "Nguyễn Thị Hòa, nguyen thi hoa",
      "Đặng Đức Ưng, dang duc ung",
      "Trương Thị Ánh Tuyết, truong thi anh tuyet",
      "'  Lê   Quý  ', le quy"
  })
  void searchKey_dropsEveryDiacritic(String name, String key) {
    assertThat(PersonName.parse(name).searchKey()).isEqualTo(key);
    assertThat(PersonName.parse(nfd(name)).searchKey()).isEqualTo(key);
  }

  @Test
  void searchKey_withAndWithoutDiacritics_isEqualButIdentityKeyIsNot() {
    PersonName written = PersonName.parse("Nguyễn Thị Hoà");
    PersonName typed = PersonName.parse("NGUYEN THI HOA");

    assertThat(written.searchKey()).isEqualTo(typed.searchKey());
    assertThat(written.sameAs(typed)).isFalse();
  }

  // --- Ð (U+00D0, Latin eth) typed for Đ (U+0110) -------------------------------------------------------------------

  private static final String ETH = "\u00D0";
  private static final String SMALL_ETH = "\u00F0";

  /** The case found from outside: {@code Ðặng} was accepted and not the same name as {@code Đặng}. */
  @Test
  void sameAs_latinEthForDStroke_matches() {
    PersonName typed = PersonName.parse(ETH + "ặng Văn An");

    assertThat(typed.sameAs(PersonName.parse("Đặng Văn An"))).isTrue();
    assertThat(typed.identityKey()).isEqualTo(PersonName.parse("Đặng Văn An").identityKey());
    assertThat(PersonName.parse("Nguyễn Văn " + ETH + "ức").sameAs(PersonName.parse("NGUYỄN VĂN ĐỨC"))).isTrue();
    assertThat(PersonName.parse("Lê " + SMALL_ETH + "ình").sameAs(PersonName.parse("Lê Đình"))).isTrue();
    assertThat(PersonName.parse(nfd(ETH + "ặng Văn An")).sameAs(PersonName.parse("Đặng Văn An"))).isTrue();
    // Only the letter is read differently: the tone still counts, and D without stroke stays another letter.
    assertThat(typed.sameAs(PersonName.parse("Đằng Văn An"))).isFalse();
    assertThat(typed.sameAs(PersonName.parse("Dặng Văn An"))).isFalse();
  }

  @Test
  void searchKey_latinEthForDStroke_isD() {
    assertThat(PersonName.parse(ETH + "ặng " + SMALL_ETH + "ình An").searchKey()).isEqualTo("dang dinh an");
  }

  /** Never lose data: the text keeps the letter it was given, and a finding says it is the wrong one. */
  @Test
  void findings_latinEthForDStroke_saysTheTextUsedTheWrongLetter_andKeepsIt() {
    PersonName typed = PersonName.parse(ETH + "ặng Văn An");

    assertThat(typed.findings()).containsExactly(NameFinding.LATIN_ETH_FOR_D_WITH_STROKE);
    assertThat(typed.family()).isEqualTo(ETH + "ặng");
    assertThat(PersonName.of("Lê", "", SMALL_ETH + "ình").findings())
        .containsExactly(NameFinding.LATIN_ETH_FOR_D_WITH_STROKE);
    assertThat(PersonName.parse("Đặng Văn An").findings()).isEmpty();
    assertThat(PersonName.parse("Dương Văn An").findings()).isEmpty();
  }

  // --- Text limits -------------------------------------------------------------------------------------------------

  /**
   * The case found from outside: a letter and 65,536 combining marks took 2.3 s in the JDK's normaliser, whose cost
   * grows with the square of a run of marks. The text is refused before it is normalised.
   */
  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void parse_longCombiningRun_rejectedBeforeNormalising() {
    String huge = "a" + "\u0301\u0316".repeat(32_768);

    assertThatThrownBy(() -> PersonName.parse(huge))
        .isInstanceOfSatisfying(TextLimitExceededException.class, e -> {
          assertThat(e.reason()).isEqualTo(TextLimitExceededException.Reason.TOO_LONG);
          assertThat(e.field()).isEqualTo("fullName");
          assertThat(e.limit()).isEqualTo(TextLimits.DEFAULT_MAX_LENGTH);
        });
    assertThatThrownBy(() -> PersonName.parse("a" + "\u0301\u0316".repeat(1 << 20)))
        .isInstanceOf(TextLimitExceededException.class);
    // Within the length limit, a run of marks longer than any writing has is refused too.
    assertThatThrownBy(() -> PersonName.parse("Nguyễn Văn A" + "\u0301\u0316".repeat(16)))
        .isInstanceOfSatisfying(TextLimitExceededException.class, e ->
            assertThat(e.reason()).isEqualTo(TextLimitExceededException.Reason.TOO_MANY_COMBINING_MARKS));
  }

  @Test
  void of_partOverTheLengthLimit_isRejectedNamingThePart_notTheText() {
    String long1001 = "Thị" + "a".repeat(998);

    assertThat(PersonName.of("Nguyễn", "a".repeat(1_000), "An").middle()).hasSize(1_000);
    assertThatThrownBy(() -> PersonName.of("Nguyễn", long1001, "An"))
        .isInstanceOfSatisfying(TextLimitExceededException.class, e -> {
          assertThat(e.field()).isEqualTo("middle");
          assertThat(e.getMessage()).contains("middle", "1000").doesNotContain("Thị");
        })
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Real names, decomposed ones included (two marks on a letter at most), are far within the limits. */
  @Test
  void parse_decomposedVietnameseNames_areWithinTheLimits() {
    for (String name : new String[] {"Nguyễn Thị Ánh Tuyết", "Đặng Hoàng Yến", "Trương Ngọc Ẩn", "Tôn Nữ Thị Ngọc Diệp"}) {
      assertThat(PersonName.parse(nfd(name)).fullName()).isEqualTo(name);
    }
  }

  // --- Default locale ---------------------------------------------------------------------------------------------

  /** In Turkish, {@code "I".toLowerCase()} is a dotless ı: the keys must not depend on the default locale. */
  @Test
  void keys_underTurkishDefaultLocale_foldCaseLocaleIndependently() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      PersonName upper = PersonName.parse("ĐINH THỊ KIM LINH");
      PersonName lower = PersonName.parse("Đinh Thị Kim Linh");

      assertThat(upper.sameAs(lower)).isTrue();
      assertThat(upper.searchKey()).isEqualTo("dinh thi kim linh").doesNotContain("ı");
      assertThat(upper.identityKey()).doesNotContain("ı");
      assertThat(PersonName.parse("İSMAIL İNCE").searchKey()).isEqualTo("ismail ince");
      assertThat(PersonName.parse("İsmail").searchKey()).isEqualTo(PersonName.parse("Ismail").searchKey());
    } finally {
      Locale.setDefault(before);
    }
  }

  // --- JSON -------------------------------------------------------------------------------------------------------

  @Test
  void json_parts_roundTrip() throws Exception {
    ObjectMapper json = new ObjectMapper();
    PersonName name = PersonName.parse("Nguyễn Thị Hoà");

    String written = json.writeValueAsString(name);

    assertThat(written).isEqualTo("{\"family\":\"Nguyễn\",\"middle\":\"Thị\",\"given\":\"Hoà\"}");
    assertThat(json.readValue(written, PersonName.class)).isEqualTo(name);
    assertThat(json.readValue("{\"family\":\"Nguyễn Thị Hoà\"}", PersonName.class)).isEqualTo(name);
  }
}
