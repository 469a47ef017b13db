package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.TaxIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The separators decide how {@link TaxIdentifier} reads a text: every separated form of a tax code or branch code that
 * the generators write reads as that kind, a hyphen followed by anything but three digits is never a valid reading,
 * and twelve digits with separators are never a personal ID.
 */
@Timeout(60)
class TaxIdentifierProperties {

  private static final int SAMPLES = 400;

  static Stream<Long> seeds() {
    return Stream.of(1L, 0x7A_C0DEL, 20261122L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void parseLenient_everyNonStandardTaxOrBranchCode_readsAsThatKind(long seed) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    for (IdentifierKind kind : new IdentifierKind[] {IdentifierKind.TAX_CODE, IdentifierKind.BRANCH_TAX_CODE}) {
      for (int i = 0; i < SAMPLES; i++) {
        String text = ids.nonStandardForm(kind);
        String where = kind + " '" + text + "' (seed " + seed + ")";
        assertThat(TaxIdentifier.checkLenient(text)).as(where).isEqualTo(IdentifierCheck.VALID);
        assertThat(TaxIdentifier.check(text)).as(where).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
        TaxIdentifier read = TaxIdentifier.parseLenient(text);
        assertThat(read.kind()).as(where).isEqualTo(kind);
        assertThat(read).as(where).isEqualTo(kind.parseLenient(text));
      }
    }
  }

  /** {@code 0100109106-01} and its kin: the hyphen says "branch", and the suffix does not have three digits. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkLenient_hyphenThenOneTwoOrFourDigits_isWrongLengthNeverAPersonalId(long seed) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    SplitMix64 random = new SplitMix64(seed);
    for (int i = 0; i < SAMPLES; i++) {
      String parent = random.percent(50) ? ids.taxCode().format() : ids.nonStandardForm(IdentifierKind.TAX_CODE).strip();
      String hyphen = random.percent(80) ? "-" : " - ";
      int suffixDigits = new int[] {1, 2, 2, 2, 4}[random.nextInt(5)];
      String text = parent + hyphen + random.digits(suffixDigits);
      String where = "'" + text + "' (seed " + seed + ")";
      IdentifierCheck expected = IdentifierCheck.WRONG_LENGTH;
      assertThat(TaxIdentifier.checkLenient(text)).as(where).isEqualTo(expected);
      assertThat(TaxIdentifier.check(text)).as(where).isEqualTo(expected);
      assertThatThrownBy(() -> TaxIdentifier.parseLenient(text)).as(where)
          .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.reason()).isEqualTo(expected);
            assertThat(e.kind()).isNotEqualTo(IdentifierKind.PERSONAL_ID);
          });
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkLenient_personalIdWithSeparators_isNeverValid(long seed) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    SplitMix64 random = new SplitMix64(seed);
    char[] separators = {' ', '.', '-'};
    for (int i = 0; i < SAMPLES; i++) {
      StringBuilder text = new StringBuilder(ids.personalIdNumber().format());
      int count = random.between(1, 3);
      boolean hyphen = false;
      for (int k = 0; k < count; k++) {
        char separator = separators[random.nextInt(separators.length)];
        hyphen |= separator == '-';
        text.insert(random.between(0, text.length()), separator);
      }
      String where = "'" + text + "' (seed " + seed + ")";
      IdentifierCheck expected = hyphen ? IdentifierCheck.WRONG_LENGTH : IdentifierCheck.INVALID_FORMAT;
      assertThat(TaxIdentifier.checkLenient(text)).as(where).isEqualTo(expected);
      assertThat(TaxIdentifier.check(text)).as(where).isEqualTo(expected);
    }
  }

  /** The generated branch codes whose separators place the suffix elsewhere fail as tax identifiers too. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkLenient_branchCodeWithMisplacedSuffix_isInvalidFormat(long seed) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    List<String> shapes = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      String text = ids.invalid(IdentifierKind.BRANCH_TAX_CODE, IdentifierCheck.INVALID_FORMAT);
      String where = "'" + text + "' (seed " + seed + ")";
      assertThat(BranchTaxCode.checkLenient(text)).as(where).isEqualTo(IdentifierCheck.INVALID_FORMAT);
      assertThat(TaxIdentifier.checkLenient(text)).as(where).isEqualTo(IdentifierCheck.INVALID_FORMAT);
      shapes.add(text.replaceAll("[0-9]", "9"));
    }
    assertThat(shapes.stream().distinct().count()).as("shapes of misplaced suffixes").isGreaterThanOrEqualTo(8);
  }
}
