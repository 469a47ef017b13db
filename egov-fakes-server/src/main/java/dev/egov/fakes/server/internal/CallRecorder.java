package dev.egov.fakes.server.internal;

import dev.egov.fakes.server.RecordedCall;
import dev.egov.fakes.server.RecordedCalls;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** A bounded, thread-safe buffer of recorded calls with a take cursor. */
public final class CallRecorder implements RecordedCalls {

  private final int capacity;
  private final ArrayDeque<RecordedCall> calls;
  private long count;
  private long dropped;
  private long nextToTake = 1;

  /**
   * A recorder.
   *
   * @param capacity the most calls kept
   */
  public CallRecorder(int capacity) {
    this.capacity = capacity;
    this.calls = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  /**
   * Records a call, numbering it.
   *
   * @param call makes the call from its sequence number
   * @return the call recorded
   */
  public synchronized RecordedCall record(LongFunction<RecordedCall> call) {
    RecordedCall recorded = call.apply(++count);
    if (calls.size() == capacity) {
      calls.removeFirst();
      dropped++;
    }
    calls.addLast(recorded);
    notifyAll();
    return recorded;
  }

  @Override
  public synchronized Optional<RecordedCall> take(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (RecordedCall call : calls) {
        if (call.sequence() >= nextToTake) {
          nextToTake = call.sequence() + 1;
          return Optional.of(call);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(Math.max(1, left / 1_000_000), 0);
    }
  }

  @Override
  public synchronized List<RecordedCall> all() {
    return List.copyOf(calls);
  }

  @Override
  public synchronized long count() {
    return count;
  }

  @Override
  public synchronized long dropped() {
    return dropped;
  }

  @Override
  public int capacity() {
    return capacity;
  }

  /** Forgets every call and restarts numbering. */
  public synchronized void clear() {
    calls.clear();
    count = 0;
    dropped = 0;
    nextToTake = 1;
    notifyAll();
  }
}
