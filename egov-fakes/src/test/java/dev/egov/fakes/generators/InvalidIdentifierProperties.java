package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid text fails for exactly the reason it was generated for, in {@code check} and {@code parse}. */
@Timeout(60)
class InvalidIdentifierProperties {

  private static final long SEED = 0xBAD_1DL;
  private static final int SAMPLES_PER_REASON = 200;

  /** Every kind and every reason it supports, {@value #SAMPLES_PER_REASON} texts each. */
  static Stream<Arguments> invalidTexts() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    List<Arguments> arguments = new ArrayList<>();
    for (IdentifierKind kind : IdentifierKind.values()) {
      for (IdentifierCheck reason : IdentifierGenerator.invalidReasons(kind)) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < SAMPLES_PER_REASON; i++) {
          texts.add(ids.invalid(kind, reason));
        }
        arguments.add(Arguments.of(kind, reason, texts));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalidTexts")
  void invalid_everyKindAndReason_checkAndParseReportExactlyThatReason(
      IdentifierKind kind, IdentifierCheck reason, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String where = kind + " " + reason + " #" + i + " '" + Identifiers.escape(text) + "' (seed " + SEED + ")";

      assertThat(kind.check(text)).as(where).isEqualTo(reason);
      assertThat(kind.checkLenient(text)).as(where).isEqualTo(reason);
      assertThatThrownBy(() -> kind.parse(text))
          .as(where)
          .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.reason()).as(where).isEqualTo(reason);
            assertThat(e.kind()).as(where).isEqualTo(kind);
          });
      assertThatThrownBy(() -> kind.parseLenient(text))
          .as(where)
          .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalidTexts")
  void invalid_everyKindAndReason_variesFromCallToCall(
      IdentifierKind kind, IdentifierCheck reason, List<String> texts) {
    int distinct = new TreeSet<>(texts).size();
    if (reason == IdentifierCheck.EMPTY) {
      assertThat(distinct).isEqualTo(1);
    } else {
      // A tax code with an all-zero sequence has fewer than a hundred possible texts; the rest have millions.
      assertThat(distinct).as("distinct texts of %d", texts.size()).isGreaterThan(40);
    }
  }

  @Test
  void invalid_invalidCharacters_includeNonAsciiDigitsOfOtherScripts() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    for (IdentifierKind kind : IdentifierKind.values()) {
      boolean nonAsciiDigit = false;
      for (int i = 0; i < 100 && !nonAsciiDigit; i++) {
        String text = ids.invalid(kind, IdentifierCheck.INVALID_CHARACTERS);
        nonAsciiDigit = text.chars().anyMatch(c -> c > 0x7f && Character.isDigit(c));
      }
      assertThat(nonAsciiDigit).as(kind.toString()).isTrue();
    }
  }

  @Test
  void invalid_taxCodeChecksum_includesTranspositionsAndPrefixesWithoutCheckDigit() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    int withoutCheckDigit = 0;
    for (int i = 0; i < 400; i++) {
      String text = ids.invalid(IdentifierKind.TAX_CODE, IdentifierCheck.INVALID_CHECKSUM);
      withoutCheckDigit += dev.egov.model.id.TaxCode.checkDigitFor(text.substring(0, 9)).isEmpty() ? 1 : 0;
    }
    assertThat(withoutCheckDigit).isPositive();
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void invalid_impossibleCombination_throwsNamingKindAndReason(IdentifierKind kind) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    Set<IdentifierCheck> impossible = EnumSet.complementOf(EnumSet.copyOf(IdentifierGenerator.invalidReasons(kind)));
    assertThat(impossible).contains(IdentifierCheck.VALID, IdentifierCheck.NON_STANDARD_FORM);
    for (IdentifierCheck reason : impossible) {
      assertThatThrownBy(() -> ids.invalid(kind, reason))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(kind.name())
          .hasMessageContaining(reason.name())
          .hasMessageContaining(kind.englishName());
    }
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void invalidReasons_everyKind_includesTheShapeErrorsEveryCheckHas(IdentifierKind kind) {
    assertThat(IdentifierGenerator.invalidReasons(kind))
        .contains(IdentifierCheck.EMPTY, IdentifierCheck.INVALID_CHARACTERS, IdentifierCheck.WRONG_LENGTH)
        .doesNotContain(IdentifierCheck.VALID, IdentifierCheck.NON_STANDARD_FORM);
  }

  /**
   * The reasons listed for a kind are all that its {@code check} returns: random edits of valid and non-standard
   * texts, with characters each kind uses and some it never does, only ever report a listed reason, a non-standard
   * form, or validity.
   */
  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void invalidReasons_everyKind_coverEveryReasonCheckReturnsForEditedTexts(IdentifierKind kind) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SEED);
    SplitMix64 random = new SplitMix64(SEED);
    String alphabet = "0123456789012345678901234567890123456789...---   +()ADGHTNZahz\u0663\uFF13";
    Set<IdentifierCheck> allowed = EnumSet.copyOf(IdentifierGenerator.invalidReasons(kind));
    allowed.add(IdentifierCheck.VALID);
    allowed.add(IdentifierCheck.NON_STANDARD_FORM);
    Set<IdentifierCheck> seen = EnumSet.noneOf(IdentifierCheck.class);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder(
          i % 3 == 2 && IdentifierGenerator.nonStandardKinds().contains(kind)
              ? ids.nonStandardForm(kind)
              : ids.valid(kind).format());
      int edits = random.between(1, 3);
      for (int e = 0; e < edits; e++) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
          case 0:
            text.insert(at, c);
            break;
          case 1:
            if (at < text.length()) {
              text.setCharAt(at, c);
            }
            break;
          default:
            if (at < text.length()) {
              text.deleteCharAt(at);
            }
            break;
        }
      }
      IdentifierCheck result = kind.check(text);
      seen.add(result);
      assertThat(allowed).as("%s check('%s')", kind, Identifiers.escape(text.toString())).contains(result);
    }
    assertThat(seen).as("reasons met by editing").contains(IdentifierCheck.INVALID_CHARACTERS);
  }
}
