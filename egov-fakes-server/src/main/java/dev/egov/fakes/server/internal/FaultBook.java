package dev.egov.fakes.server.internal;

import dev.egov.fakes.server.Fault;
import dev.egov.fakes.server.FaultRates;
import dev.egov.fakes.server.Faults;
import dev.egov.fakes.server.Phase;
import dev.egov.fakes.server.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** The scripted faults and rates, and the seeded random source rates draw from. Thread-safe. */
public final class FaultBook implements Faults {

  /**
   * What happens to one call: an extra latency first (from rates), then at most one fault.
   *
   * @param latency the extra latency before the response
   * @param fault the fault, or {@code null}
   */
  public record Plan(Duration latency, @Nullable Fault fault) {
    /** No fault. */
    public static final Plan NONE = new Plan(Duration.ZERO, null);
  }

  private static final class Scripted {
    final Route route;
    final Fault fault;
    int remaining;

    Scripted(Route route, Fault fault, int remaining) {
      this.route = route;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final List<Scripted> scripted = new ArrayList<>();
  private final Map<Route, FaultRates> rates = new LinkedHashMap<>();
  private final LongFunction<RandomGenerator> randomSource;
  private final long seed;
  private RandomGenerator random;

  /**
   * An empty book.
   *
   * @param randomSource makes the random source from the seed
   * @param seed the seed
   */
  public FaultBook(LongFunction<RandomGenerator> randomSource, long seed) {
    this.randomSource = randomSource;
    this.seed = seed;
    this.random = Objects.requireNonNull(randomSource.apply(seed), "random source");
  }

  @Override
  public synchronized void next(Route route, int times, Fault fault) {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times: less than 1");
    }
    scripted.add(new Scripted(route, fault, times));
  }

  @Override
  public synchronized void rates(Route route, FaultRates rates) {
    this.rates.put(Objects.requireNonNull(route, "route"), Objects.requireNonNull(rates, "rates"));
  }

  @Override
  public synchronized void clear() {
    scripted.clear();
    rates.clear();
  }

  /** Clears the book and re-seeds the random source. */
  public synchronized void reset() {
    clear();
    random = Objects.requireNonNull(randomSource.apply(seed), "random source");
  }

  /**
   * The seeded random source (also lent to fakes that draw data); use under this book's lock or from one thread.
   *
   * @return the random source
   */
  public synchronized RandomGenerator random() {
    return random;
  }

  /**
   * Decides what happens to a call: the first script that matches (and counts down), or else the route's rates.
   *
   * @param method the request's method
   * @param path the request's path
   * @return the plan
   */
  public synchronized Plan plan(String method, String path) {
    for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
      Scripted s = it.next();
      if (s.route.matches(method, path)) {
        if (--s.remaining == 0) {
          it.remove();
        }
        return new Plan(Duration.ZERO, s.fault);
      }
    }
    for (Map.Entry<Route, FaultRates> e : rates.entrySet()) {
      if (e.getKey().matches(method, path)) {
        FaultRates r = e.getValue();
        long span = r.maxLatency().toNanos() - r.minLatency().toNanos();
        Duration latency = r.minLatency().plusNanos(span == 0 ? 0 : random.nextLong(span + 1));
        double draw = random.nextDouble();
        Fault fault = draw < r.disconnectRate() ? Fault.disconnect(Phase.BEFORE_RESPONSE)
            : draw < r.disconnectRate() + r.errorRate() ? Fault.status(r.errorStatus()) : null;
        return new Plan(latency, fault);
      }
    }
    return Plan.NONE;
  }
}
