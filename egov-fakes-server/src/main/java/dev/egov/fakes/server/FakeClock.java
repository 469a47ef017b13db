package dev.egov.fakes.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fakes' clock: it stands still until a test sets or advances it, so that everything that expires (tokens,
 * sessions) expires when the test says. Thread-safe; zone {@code Asia/Ho_Chi_Minh} unless told otherwise.
 *
 * <pre>{@code
 * FakeClock clock = fakes.clock();
 * clock.advance(Duration.ofMinutes(61)); // a one-hour token has now expired
 * }</pre>
 */
public final class FakeClock extends Clock {

  /** The zone of Vietnamese e-government time stamps. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final AtomicReference<Instant> now;
  private final Instant start;
  private final ZoneId zone;

  /**
   * A clock standing at {@code start}.
   *
   * @param start the initial instant, and the one {@link #reset()} returns to
   * @param zone the zone
   */
  public FakeClock(Instant start, ZoneId zone) {
    this(start, zone, new AtomicReference<>(Objects.requireNonNull(start, "start")));
  }

  private FakeClock(Instant start, ZoneId zone, AtomicReference<Instant> now) {
    this.start = start;
    this.zone = Objects.requireNonNull(zone, "zone");
    this.now = now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A view of this clock in another zone, sharing its instant.
   *
   * @param zone the zone
   * @return the view
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return new FakeClock(start, zone, now);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far, not negative
   * @return the new instant
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount: negative");
    }
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Sets the clock, forward or back.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Returns the clock to its initial instant. */
  public void reset() {
    now.set(start);
  }

  /**
   * The initial instant.
   *
   * @return where {@link #reset()} returns to
   */
  public Instant start() {
    return start;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeClock c && c.now == now && c.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(now) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + ", " + zone + "]";
  }
}
