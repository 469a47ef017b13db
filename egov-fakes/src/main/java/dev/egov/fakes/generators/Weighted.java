package dev.egov.fakes.generators;

import dev.egov.fakes.internal.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** An immutable list of values with integer weights, from which a value is drawn with probability weight / total. */
final class Weighted<T> {

  private final List<T> values;
  private final int[] cumulative;

  private Weighted(List<T> values, int[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /** Starts a table; {@link Builder#add} values in the order that fixes the draws. */
  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Draws a value: one {@link SplitMix64#nextInt} and a binary search. */
  T pick(SplitMix64 random) {
    int roll = random.nextInt(cumulative[cumulative.length - 1]);
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > roll) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return values.get(low);
  }

  /** Returns the values, in the order added. */
  List<T> values() {
    return values;
  }

  /** Returns the weight of the value at {@code index}. */
  int weight(int index) {
    return cumulative[index] - (index == 0 ? 0 : cumulative[index - 1]);
  }

  /** Returns the total weight. */
  int total() {
    return cumulative[cumulative.length - 1];
  }

  /** Returns the table of the values that pass {@code filter}, with their weights, or {@code null} if none does. */
  Weighted<T> filter(Predicate<T> filter) {
    Builder<T> b = builder();
    for (int i = 0; i < values.size(); i++) {
      if (filter.test(values.get(i))) {
        b.add(values.get(i), weight(i));
      }
    }
    return b.isEmpty() ? null : b.build();
  }

  /** Collects values and weights. */
  static final class Builder<T> {
    private final List<T> values = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();

    /** Adds a value; a weight of zero is skipped. */
    Builder<T> add(T value, int weight) {
      if (weight < 0) {
        throw new IllegalArgumentException("negative weight " + weight + " for " + value);
      }
      if (weight > 0) {
        values.add(value);
        weights.add(weight);
      }
      return this;
    }

    boolean isEmpty() {
      return values.isEmpty();
    }

    Weighted<T> build() {
      if (values.isEmpty()) {
        throw new IllegalStateException("A weighted table needs at least one value with a positive weight");
      }
      int[] cumulative = new int[values.size()];
      long sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        if (sum > Integer.MAX_VALUE) {
          throw new IllegalStateException("weights too large");
        }
        cumulative[i] = (int) sum;
      }
      return new Weighted<>(List.copyOf(values), cumulative);
    }
  }
}
