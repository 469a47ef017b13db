package dev.egov.model.indicators;

import dev.egov.model.id.DossierCode;
import java.util.List;
import java.util.Objects;

/**
 * Which dossiers something applies to, bounded: the first {@code N} dossier codes in code order and the total count,
 * so that a figure over a million dossiers never holds a million codes. {@code N} is {@link
 * IndicatorCalculator.Builder#listedCodes(int)}.
 *
 * <p>The codes are the smallest in the order of their text ({@link DossierCode#format()}), not the first met: the
 * sample is the same whatever order the dossiers came in and however the work was split between accumulators.
 *
 * @param codes up to {@code N} dossier codes, in ascending order of their text
 * @param total how many dossiers there are in all, at least {@code codes.size()}
 * @since 0.1.0
 */
public record CodeSample(List<DossierCode> codes, long total) {

  /** No dossier. */
  public static final CodeSample EMPTY = new CodeSample(List.of(), 0);

  /**
   * Checks the parts and copies the list.
   *
   * @param codes up to {@code N} dossier codes, in ascending order of their text
   * @param total how many dossiers there are in all, at least {@code codes.size()}
   * @throws IllegalArgumentException if {@code total} is less than the number of codes
   */
  public CodeSample {
    codes = List.copyOf(codes);
    if (total < codes.size()) {
      throw new IllegalArgumentException("total " + total + " is less than the " + codes.size() + " codes listed");
    }
  }

  /**
   * Returns how many dossiers are counted but not listed.
   *
   * @return {@code total - codes.size()}
   */
  public long omitted() {
    return total - codes.size();
  }

  /**
   * Returns whether every dossier is listed.
   *
   * @return whether {@link #omitted()} is zero
   */
  public boolean isComplete() {
    return omitted() == 0;
  }

  /**
   * Returns whether the sample lists {@code code}.
   *
   * @param code a dossier code
   * @return whether it is among {@link #codes()}
   */
  public boolean lists(DossierCode code) {
    return codes.contains(Objects.requireNonNull(code, "code"));
  }
}
