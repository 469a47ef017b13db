package dev.egov.model.indicators;

import dev.egov.model.id.DossierCode;
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
final class CodeSampler {

  private static final Comparator<DossierCode> ORDER = Comparator.comparing(DossierCode::format);

  private final int limit;
  /** The kept codes, largest at the head; created on first use, since most samplers of a report stay small. */
  private @Nullable PriorityQueue<DossierCode> kept;
  private long total;

  CodeSampler(int limit) {
    this.limit = limit;
  }

  void add(DossierCode code) {
    total++;
    offer(code);
  }

  void addAll(CodeSampler other) {
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

  long total() {
    return total;
  }

  CodeSample sample() {
    if (kept == null) {
      return total == 0 ? CodeSample.EMPTY : new CodeSample(List.of(), total);
    }
    List<DossierCode> codes = new ArrayList<>(kept);
    codes.sort(ORDER);
    return new CodeSample(codes, total);
  }
}
