package dev.egov.fakes.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The fakes' recorded calls, in a bounded buffer: when it is full the oldest call is dropped (and counted), so a
 * million requests cost no more memory than the buffer's capacity.
 */
public interface RecordedCalls {

  /**
   * The next call not yet taken, waiting for it up to a timeout (as {@code MockWebServer.takeRequest} does). Calls are
   * recorded when their exchange ends, so a stalled call appears when its stall ends.
   *
   * @param timeout the longest wait (real time)
   * @return the call, or empty if none came in time
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  Optional<RecordedCall> take(Duration timeout) throws InterruptedException;

  /**
   * A snapshot of the calls still in the buffer, oldest first.
   *
   * @return the calls
   */
  List<RecordedCall> all();

  /**
   * How many calls were recorded since start or the last reset, including dropped ones.
   *
   * @return the count
   */
  long count();

  /**
   * How many calls were dropped because the buffer was full.
   *
   * @return the count
   */
  long dropped();

  /**
   * The buffer's capacity.
   *
   * @return the most calls kept
   */
  int capacity();
}
