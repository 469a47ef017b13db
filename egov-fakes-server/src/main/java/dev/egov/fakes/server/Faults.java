package dev.egov.fakes.server;

/**
 * Scripts the faults of the fakes' endpoints. Scripted faults come first, in the order scripted; rates apply to calls
 * no script claims. {@link EgovFakes#reset()} clears both.
 *
 * <pre>{@code
 * Route health = Route.parse("GET /health");
 * fakes.faults().next(health, 2, Fault.status(503));        // the next two calls get 503
 * fakes.faults().rates(health, FaultRates.errors(0.1, 500)); // then 10% of calls get 500
 * }</pre>
 */
public interface Faults {

  /**
   * Injects a fault into the next calls of a route.
   *
   * @param route the route ({@link Route#any()} for every endpoint)
   * @param times how many calls, at least 1
   * @param fault the fault
   * @throws IllegalArgumentException if {@code times} is less than 1
   */
  void next(Route route, int times, Fault fault);

  /**
   * Draws faults for every call of a route from the fakes' seeded random source, replacing earlier rates of that
   * route.
   *
   * @param route the route
   * @param rates the rates
   */
  void rates(Route route, FaultRates rates);

  /** Removes every scripted fault and rate. */
  void clear();
}
