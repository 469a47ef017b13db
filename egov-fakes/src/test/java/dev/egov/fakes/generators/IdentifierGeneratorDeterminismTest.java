package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The same seed gives the same values: twice in one JVM, and, through golden hashes committed here, on every JVM, JDK,
 * operating system, locale and time zone (surefire runs the tests under a Turkish locale and a half-hour time zone).
 *
 * <p>A golden hash changes only when the generated sequences change on purpose (a new distribution, new catalogue
 * data in egov-model); update it then, and say so in the changelog: testers' seeds will produce other values.
 */
@Timeout(60)
class IdentifierGeneratorDeterminismTest {

  private static final long GOLDEN_SEED = 20261122L;

  /** SHA-256 of the first 10,000 {@code personalIdNumber()} of {@link #GOLDEN_SEED}, newline-joined. */
  private static final String GOLDEN_PERSONAL_IDS =
      "dade5c81d749ba5b65862e7140caa9ab40ba5766b656bb45106af13ddefad49c";

  /** SHA-256 of {@link #mixed(long, int) mixed(GOLDEN_SEED, 300)}, newline-joined. */
  private static final String GOLDEN_MIXED =
      "81d495448e08ce635673b615364a51e1af15b6174fb9040d430e6d5185cf0448";

  /**
   * A sequence that calls every public generating method, every kind and every invalid reason, and splits now and
   * then: any change to what a seed produces shows up in it.
   */
  static List<String> mixed(long seed, int rounds) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    List<String> lines = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (IdentifierKind kind : IdentifierKind.values()) {
        lines.add("valid " + kind.id() + " " + ids.valid(kind).format());
      }
      for (IdentifierKind kind : IdentifierGenerator.nonStandardKinds()) {
        lines.add("non-standard " + kind.id() + " " + ids.nonStandardForm(kind));
      }
      for (IdentifierKind kind : IdentifierKind.values()) {
        for (IdentifierCheck reason : IdentifierGenerator.invalidReasons(kind)) {
          lines.add("invalid " + kind.id() + " " + reason + " " + Identifiers.escape(ids.invalid(kind, reason)));
        }
      }
      lines.add("sex " + ids.sex());
      lines.add("birth-year " + ids.birthYear());
      lines.add("birth-date " + ids.birthDate());
      lines.add("province " + ids.legacyProvince().code());
      lines.add("unknown-prefix " + ids.personalIdNumberWithUnknownPrefix().format());
      lines.add("check-digit-zero " + ids.taxCodeWithCheckDigitZero().format());
      if (round % 50 == 49) {
        ids = ids.split();
        lines.add("split " + ids.seed());
      }
    }
    return lines;
  }

  static List<String> personalIds(long seed, int count) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(ids.personalIdNumber().format());
    }
    return lines;
  }

  static String sha256(List<String> lines) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("Every JDK has SHA-256", e);
    }
  }

  @Test
  void sameSeed_twiceInOneJvm_givesTheSameSequence() {
    assertThat(mixed(42L, 100)).isEqualTo(mixed(42L, 100));
  }

  @Test
  void differentSeeds_giveDifferentSequences() {
    List<List<String>> sequences = new ArrayList<>();
    for (long seed = 0; seed < 10; seed++) {
      sequences.add(personalIds(seed, 50));
    }
    assertThat(sequences).doesNotHaveDuplicates();
    assertThat(mixed(1L, 5)).isNotEqualTo(mixed(2L, 5));
  }

  @Test
  void split_isDeterministic_differsFromTheParent_andIsReproducibleFromItsSeed() {
    IdentifierGenerator parent = IdentifierGenerator.withSeed(7L);
    IdentifierGenerator child = parent.split();
    IdentifierGenerator sameChild = IdentifierGenerator.withSeed(7L).split();
    IdentifierGenerator fromSeed = IdentifierGenerator.withSeed(child.seed());

    List<String> childIds = new ArrayList<>();
    List<String> parentIds = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String id = child.personalIdNumber().format();
      childIds.add(id);
      assertThat(sameChild.personalIdNumber().format()).isEqualTo(id);
      assertThat(fromSeed.personalIdNumber().format()).isEqualTo(id);
      parentIds.add(parent.personalIdNumber().format());
    }
    assertThat(childIds).isNotEqualTo(parentIds).doesNotContainAnyElementsOf(parentIds);
    assertThat(child.seed()).isNotEqualTo(7L);
  }

  @Test
  void golden_first10000PersonalIds_haveTheCommittedHash() {
    List<String> ids = personalIds(GOLDEN_SEED, 10_000);
    assertThat(ids.get(0)).matches("\\d{12}");
    assertThat(sha256(ids)).as("first personal IDs: %s", ids.subList(0, 3)).isEqualTo(GOLDEN_PERSONAL_IDS);
  }

  @Test
  void golden_mixedSequenceOfEveryKind_hasTheCommittedHash() {
    List<String> lines = mixed(GOLDEN_SEED, 300);
    assertThat(sha256(lines)).as("first lines: %s", lines.subList(0, 12)).isEqualTo(GOLDEN_MIXED);
  }
}
