package dev.egov.indicators.internal;

import dev.egov.indicators.CodeSample;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Counts dossiers and keeps the {@code limit} smallest codes, in the order of their text: memory is bounded by the
 * limit, and the kept codes do not depend on the order of arrival or on how accumulators were combined. Not
 * thread-safe.
 */
public final class CodeSampler {

  private static final Comparator<DossierCode> ORDER = Comparator.comparing(DossierCode::format);

  private final int limit;
  /** The kept codes, largest at the head; created on first use, since most samplers of a report stay small. */
  private @Nullable PriorityQueue<DossierCode> kept;
  private long total;

  /**
   * Creates an empty sampler.
   *
   * @param limit how many codes to keep, 0 or more
   */
  public CodeSampler(int limit) {
    this.limit = limit;
  }

  /** Counts a dossier and offers its code. */
  public void add(DossierCode code) {
    total++;
    offer(code);
  }

  /** Adds everything {@code other} counted; {@code other} is left as it was. */
  public void addAll(CodeSampler other) {
    total = Math.addExact(total, other.total);
    if (other.kept != null) {
      for (DossierCode code : other.kept) {
        offer(code);
      }
    }
  }

  private void offer(DossierCode code) {
    if (limit == 0) {
      return;
    }
    PriorityQueue<DossierCode> queue = kept;
    if (queue == null) {
      queue = new PriorityQueue<>(Math.min(limit, 16), ORDER.reversed());
      kept = queue;
    }
    if (queue.size() < limit) {
      queue.add(code);
    } else if (ORDER.compare(code, queue.peek()) < 0) {
      queue.poll();
      queue.add(code);
    }
  }

  /** Returns how many dossiers were counted. */
  public long total() {
    return total;
  }

  /** Returns the kept codes in ascending order of their text, and the total. */
  public CodeSample sample() {
    if (kept == null) {
      return total == 0 ? CodeSample.EMPTY : new CodeSample(List.of(), total);
    }
    return new CodeSample(sorted(), total);
  }

  private List<DossierCode> sorted() {
    PriorityQueue<DossierCode> queue = kept;
    if (queue == null) {
      return List.of();
    }
    List<DossierCode> codes = new ArrayList<>(queue);
    codes.sort(ORDER);
    return codes;
  }

  /** Writes the total, the number of kept codes and the codes in ascending order of their text. */
  void write(StateWriter out) {
    List<DossierCode> codes = sorted();
    out.i64(total);
    out.i32(codes.size());
    for (DossierCode code : codes) {
      out.text(code.format());
    }
  }

  /**
   * Reads what {@link #write} wrote, checking that it is what a sampler of this limit can hold: no more codes than
   * the limit and the total, in ascending order of their text, each a dossier code.
   */
  static CodeSampler read(StateReader in, int limit, String what) {
    CodeSampler sampler = new CodeSampler(limit);
    sampler.total = in.tally(what);
    int n = in.count(limit, what + " listed");
    if (n > sampler.total) {
      throw StateReader.corrupt("more dossiers of " + what + " are listed than counted");
    }
    @Nullable String previous = null;
    for (int i = 0; i < n; i++) {
      String text = in.text();
      if (previous != null && previous.compareTo(text) > 0) {
        throw StateReader.corrupt("the dossiers of " + what + " are not in order");
      }
      previous = text;
      try {
        sampler.offer(DossierCode.parseLenient(text));
      } catch (InvalidIdentifierException e) {
        throw StateReader.corrupt("a dossier of " + what + " has no valid dossier code");
      }
    }
    return sampler;
  }
}
