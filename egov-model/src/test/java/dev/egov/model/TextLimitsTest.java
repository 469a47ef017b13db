package dev.egov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class TextLimitsTest {

  private static final TextLimits SMALL = new TextLimits(10, 3);

  @Test
  void defaults_withoutProperties_areTheBuiltInLimits() {
    assertThat(TextLimits.builtIn()).isEqualTo(new TextLimits(1_000, 30));
    assertThat(TextLimits.fromProperties(name -> null)).isEqualTo(TextLimits.builtIn());
    // The test JVM sets no property: the limits in force are the built-in ones.
    assertThat(TextLimits.defaults()).isEqualTo(TextLimits.builtIn());
  }

  @Test
  void fromProperties_setLimits_overrideEachBuiltInLimit() {
    Map<String, String> both = Map.of(
        TextLimits.MAX_LENGTH_PROPERTY, "2000", TextLimits.MAX_COMBINING_MARKS_PROPERTY, " 8 ");
    assertThat(TextLimits.fromProperties(both::get)).isEqualTo(new TextLimits(2_000, 8));
    Map<String, String> one = Map.of(TextLimits.MAX_LENGTH_PROPERTY, "500");
    assertThat(TextLimits.fromProperties(one::get)).isEqualTo(new TextLimits(500, 30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "", "1e3", "many", "99999999999"})
  void fromProperties_unusableValue_failsNamingTheProperty(String value) {
    Map<String, String> properties = Map.of(TextLimits.MAX_LENGTH_PROPERTY, value);
    assertThatIllegalArgumentException().isThrownBy(() -> TextLimits.fromProperties(properties::get))
        .withMessageContaining(TextLimits.MAX_LENGTH_PROPERTY);
  }

  @Test
  void constructor_limitBelowOne_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TextLimits(0, 30)).withMessageContaining("maxLength");
    assertThatIllegalArgumentException().isThrownBy(() -> new TextLimits(10, 0))
        .withMessageContaining("maxCombiningMarks");
  }

  @Test
  void check_atTheLengthLimit_accepted_oneMore_tooLong() {
    SMALL.check("0123456789", "note");
    assertThatThrownBy(() -> SMALL.check("0123456789x", "note"))
        .isInstanceOfSatisfying(TextLimitExceededException.class, e -> {
          assertThat(e.reason()).isEqualTo(TextLimitExceededException.Reason.TOO_LONG);
          assertThat(e.field()).isEqualTo("note");
          assertThat(e.limit()).isEqualTo(10);
          assertThat(e.getMessage()).contains("note", "10", "TOO_LONG").doesNotContain("0123456789x");
        });
    assertThat(SMALL.allows("0123456789")).isTrue();
    assertThat(SMALL.allows("0123456789x")).isFalse();
  }

  /** Marks in a row count, whatever else the text holds; a letter or space between them starts a new run. */
  @Test
  void check_combiningMarksInARow_countedUpToTheLimit() {
    SMALL.check("a\u0301\u0323\u0316", "name");
    SMALL.check("a\u0301\u0323\u0316b\u0301\u0323\u0316", "name");
    assertThatThrownBy(() -> SMALL.check("a\u0301\u0323\u0316\u0301", "name"))
        .isInstanceOfSatisfying(TextLimitExceededException.class, e -> {
          assertThat(e.reason()).isEqualTo(TextLimitExceededException.Reason.TOO_MANY_COMBINING_MARKS);
          assertThat(e.limit()).isEqualTo(3);
        });
    // Spacing combining marks (Mc), enclosing marks (Me), and marks outside the Basic Multilingual Plane count too.
    assertThat(SMALL.allows("a\u0903\u0903\u0903\u0903")).isFalse();
    assertThat(SMALL.allows("a\u20DD\u20DD\u20DD\u20DD")).isFalse();
    assertThat(SMALL.allows("a\uD834\uDD67\uD834\uDD67\uD834\uDD67\uD834\uDD67")).isFalse();
    assertThat(SMALL.allows("a\uD834\uDD67\uD834\uDD67\uD834\uDD67")).isTrue();
  }

  /** Vietnamese in its decomposed form has at most two marks on a letter: far within the default limit. */
  @Test
  void check_decomposedVietnamese_isWithinTheDefaults() {
    String nfd = java.text.Normalizer.normalize("Nguyễn Thị Ánh Tuyết Đặng Hoàng Yến", java.text.Normalizer.Form.NFD);
    TextLimits.defaults().check(nfd, "name");
    assertThat(new TextLimits(100, 2).allows(nfd)).isTrue();
    assertThat(new TextLimits(100, 1).allows(nfd)).isFalse();
  }

  /** Length is judged first: a text over both limits is too long. */
  @Test
  void check_overBothLimits_isTooLong() {
    assertThatThrownBy(() -> TextLimits.defaults().check("a" + "\u0301".repeat(2_000_000), "given"))
        .isInstanceOfSatisfying(TextLimitExceededException.class,
            e -> assertThat(e.reason()).isEqualTo(TextLimitExceededException.Reason.TOO_LONG));
  }
}
