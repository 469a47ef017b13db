package dev.egov.fakes.internal;

/**
 * The SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014), written out here so that a seed gives the same numbers on every JDK.
 *
 * <p>{@link java.util.SplittableRandom} uses the same core, but the way the JDK derives bounded values from it is an
 * implementation detail (it changed when JDK 17 introduced {@code RandomGenerator}); egov's generators promise the
 * same values for a seed on any JDK, so every derivation is defined here and pinned by golden tests.
 *
 * <p>Not thread-safe. Not for cryptography.
 */
public final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  /**
   * Creates a generator whose sequence is determined by {@code seed}.
   *
   * @param seed any value
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * Returns the next 64 pseudo-random bits.
   *
   * @return any long, uniformly
   */
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix64(state);
  }

  /** The finaliser of SplitMix64 (a variant of MurmurHash3's, "Mix13" by David Stafford). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns a uniformly distributed value in {@code [0, bound)}, without modulo bias (Lemire's multiply-and-reject:
   * a rejection happens with probability below {@code bound / 2^32}, so the loop ends after one round almost always).
   *
   * @param bound the exclusive upper bound, positive
   * @return a value from 0 to {@code bound - 1}
   * @throws IllegalArgumentException if {@code bound} is not positive
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long product = (nextLong() >>> 32) * bound;
    long low = product & 0xFFFF_FFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        product = (nextLong() >>> 32) * bound;
        low = product & 0xFFFF_FFFFL;
      }
    }
    return (int) (product >>> 32);
  }

  /**
   * Returns a uniformly distributed value in {@code [from, to]}.
   *
   * @param from the inclusive lower bound
   * @param to the inclusive upper bound, at least {@code from}
   * @return a value from {@code from} to {@code to}
   * @throws IllegalArgumentException if {@code to < from}
   */
  public int between(int from, int to) {
    if (to < from) {
      throw new IllegalArgumentException("Empty range [" + from + ", " + to + "]");
    }
    return from + nextInt(to - from + 1);
  }

  /**
   * Returns {@code true} with probability {@code percent / 100}.
   *
   * @param percent 0 to 100
   * @return whether the event happens
   */
  public boolean percent(int percent) {
    return nextInt(100) < percent;
  }

  /**
   * Returns a random ASCII digit, {@code '0'} to {@code '9'}.
   *
   * @return the digit
   */
  public char digit() {
    return (char) ('0' + nextInt(10));
  }

  /**
   * Returns {@code count} random ASCII digits.
   *
   * @param count how many, not negative
   * @return the digits
   */
  public String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append(digit());
    }
    return out.toString();
  }

  /**
   * Returns the seed of the {@code index}-th of a family of generators derived from {@code seed}, without any generator
   * having to run through the others first: a record stream seeds its {@code i}-th record with {@code derive(seed, i)},
   * so each record depends on the stream's seed and its index only. Distinct indices give distinct seeds (the mixing
   * function is a bijection), and their sequences are, for testing purposes, independent.
   *
   * @param seed the family's seed
   * @param index the member's index, any value
   * @return the member's seed
   */
  public static long derive(long seed, long index) {
    return mix64(mix64(seed ^ 0x2545F4914F6CDD1DL) + index * GOLDEN_GAMMA);
  }

  /**
   * Returns a seed for a new generator, and advances this one. A generator created from it has a sequence that is,
   * for testing purposes, independent of this one's.
   *
   * @return the seed
   */
  public long splitSeed() {
    return mix64(nextLong() ^ 0x5DEECE66DL);
  }
}
