package dev.egov.fakes.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults drawn at random for every call of a route from the fakes' seeded random source (so a seed replays the same
 * sequence for the same order of calls): a latency drawn uniformly between two bounds, then a disconnect before the
 * response with one probability, or else an error status with another.
 *
 * @param minLatency the shortest added latency
 * @param maxLatency the longest added latency, not shorter than {@code minLatency}
 * @param disconnectRate the probability (0 to 1) of closing the connection instead of answering
 * @param errorRate the probability (0 to 1) of answering {@code errorStatus} instead of the endpoint's response
 * @param errorStatus the status of those errors, 400 to 599
 */
public record FaultRates(Duration minLatency, Duration maxLatency, double disconnectRate, double errorRate,
    int errorStatus) {

  /**
   * Checks the parts.
   *
   * @param minLatency the shortest added latency
   * @param maxLatency the longest added latency
   * @param disconnectRate the disconnect probability
   * @param errorRate the error probability
   * @param errorStatus the status of those errors
   */
  public FaultRates {
    Objects.requireNonNull(minLatency, "minLatency");
    Objects.requireNonNull(maxLatency, "maxLatency");
    if (minLatency.isNegative()) {
      throw new IllegalArgumentException("minLatency: negative");
    }
    if (maxLatency.compareTo(minLatency) < 0) {
      throw new IllegalArgumentException("maxLatency: shorter than minLatency");
    }
    if (!(disconnectRate >= 0 && disconnectRate <= 1)) {
      throw new IllegalArgumentException("disconnectRate: not between 0 and 1");
    }
    if (!(errorRate >= 0 && errorRate <= 1)) {
      throw new IllegalArgumentException("errorRate: not between 0 and 1");
    }
    if (errorStatus < 400 || errorStatus > 599) {
      throw new IllegalArgumentException("errorStatus: not an error status");
    }
  }

  /**
   * Only errors: {@code errorRate} of the calls answer {@code errorStatus}.
   *
   * @param errorRate the probability of an error
   * @param errorStatus the error status
   * @return the rates, no latency and no disconnects
   */
  public static FaultRates errors(double errorRate, int errorStatus) {
    return new FaultRates(Duration.ZERO, Duration.ZERO, 0, errorRate, errorStatus);
  }
}
