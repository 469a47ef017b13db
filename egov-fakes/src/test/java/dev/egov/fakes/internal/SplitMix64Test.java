package dev.egov.fakes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generator's numbers are SplitMix64's, exactly, and its derived values are in range and unbiased enough. */
@Timeout(30)
class SplitMix64Test {

  @Test
  void nextLong_seedZero_givesTheReferenceSequence() {
    // The first outputs of SplitMix64 from state 0, as published with the reference implementation (splitmix64.c).
    SplitMix64 random = new SplitMix64(0L);

    assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(random.nextLong()).isEqualTo(0x06C45D188009454FL);
    assertThat(random.nextLong()).isEqualTo(0xF88BB8A8724C81ECL);
  }

  @Test
  void nextLong_anySeed_equalsTheJdksSplittableRandomCore() {
    for (long seed : new long[] {0L, 1L, -1L, 42L, 20261122L, Long.MIN_VALUE, Long.MAX_VALUE}) {
      SplitMix64 ours = new SplitMix64(seed);
      SplittableRandom jdk = new SplittableRandom(seed);
      for (int i = 0; i < 100; i++) {
        assertThat(ours.nextLong()).as("seed %d, value %d", seed, i).isEqualTo(jdk.nextLong());
      }
    }
  }

  @Test
  void nextInt_bound_staysInRangeAndHitsEveryValue() {
    SplitMix64 random = new SplitMix64(7L);
    for (int bound : new int[] {1, 2, 3, 7, 10, 63, 100, 1_000_000, Integer.MAX_VALUE}) {
      for (int i = 0; i < 2000; i++) {
        assertThat(random.nextInt(bound)).isBetween(0, bound - 1);
      }
    }
    int[] counts = new int[10];
    for (int i = 0; i < 100_000; i++) {
      counts[random.nextInt(10)]++;
    }
    for (int count : counts) {
      assertThat(count).isBetween(9_500, 10_500);
    }
  }

  @Test
  void nextInt_nonPositiveBound_throws() {
    SplitMix64 random = new SplitMix64(7L);
    assertThatThrownBy(() -> random.nextInt(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> random.nextInt(-5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void between_isInclusive_andRejectsAnEmptyRange() {
    SplitMix64 random = new SplitMix64(7L);
    boolean sawFrom = false;
    boolean sawTo = false;
    for (int i = 0; i < 1000; i++) {
      int value = random.between(-2, 2);
      assertThat(value).isBetween(-2, 2);
      sawFrom |= value == -2;
      sawTo |= value == 2;
    }
    assertThat(sawFrom && sawTo).isTrue();
    assertThat(random.between(5, 5)).isEqualTo(5);
    assertThatThrownBy(() -> random.between(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percent_zeroNever_hundredAlways() {
    SplitMix64 random = new SplitMix64(7L);
    for (int i = 0; i < 1000; i++) {
      assertThat(random.percent(0)).isFalse();
      assertThat(random.percent(100)).isTrue();
    }
  }

  @Test
  void digits_areAsciiDigitsOfTheRequestedCount() {
    SplitMix64 random = new SplitMix64(7L);
    assertThat(random.digits(0)).isEmpty();
    assertThat(random.digits(50)).hasSize(50).matches("[0-9]{50}");
  }

  @Test
  void splitSeed_givesAnIndependentDeterministicSequence() {
    SplitMix64 parent = new SplitMix64(11L);
    SplitMix64 child = new SplitMix64(parent.splitSeed());
    SplitMix64 sameChild = new SplitMix64(new SplitMix64(11L).splitSeed());
    for (int i = 0; i < 100; i++) {
      long value = child.nextLong();
      assertThat(sameChild.nextLong()).isEqualTo(value);
      assertThat(parent.nextLong()).isNotEqualTo(value);
    }
  }
}
