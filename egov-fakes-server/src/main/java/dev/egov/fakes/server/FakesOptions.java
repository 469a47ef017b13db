package dev.egov.fakes.server;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;

/**
 * How to start the fakes. Defaults: a free port on {@code 127.0.0.1}, plain HTTP, seed 42, 1,000 recorded calls, the
 * clock standing at 2026-01-05T08:00 in Vietnam, no administration endpoint.
 *
 * <pre>{@code
 * FakesOptions options = FakesOptions.builder().https(true).seed(7).build();
 * }</pre>
 *
 * @param bindAddress the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port the port, 0 for a free one
 * @param https whether to serve HTTPS with a certificate generated at start
 * @param mutualTls whether to require a client certificate (implies {@code https})
 * @param seed the seed of the random source faults and fakes draw from
 * @param randomSource makes the random source from the seed, at start and at every reset
 * @param recordingCapacity how many recorded calls are kept
 * @param clockStart where the {@link FakeClock} starts
 * @param zone the clock's zone
 * @param admin whether to serve the administration endpoint under {@value EgovFakes#ADMIN_PREFIX}
 */
public record FakesOptions(String bindAddress, int port, boolean https, boolean mutualTls, long seed,
    LongFunction<RandomGenerator> randomSource, int recordingCapacity, Instant clockStart, ZoneId zone,
    boolean admin) {

  /** The default start of the clock: Monday 5 January 2026, 08:00 in Vietnam. */
  public static final Instant DEFAULT_CLOCK_START = Instant.parse("2026-01-05T01:00:00Z");

  /**
   * Checks the options.
   *
   * @param bindAddress the address to listen on
   * @param port the port, 0 to 65535
   * @param https whether to serve HTTPS
   * @param mutualTls whether to require a client certificate
   * @param seed the seed
   * @param randomSource the random source factory
   * @param recordingCapacity the recording buffer's capacity, at least 1
   * @param clockStart the clock's start
   * @param zone the clock's zone
   * @param admin whether to serve the administration endpoint
   */
  public FakesOptions {
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: not between 0 and 65535");
    }
    if (mutualTls && !https) {
      throw new IllegalArgumentException("mutualTls: needs https");
    }
    Objects.requireNonNull(randomSource, "randomSource");
    if (recordingCapacity < 1) {
      throw new IllegalArgumentException("recordingCapacity: less than 1");
    }
    Objects.requireNonNull(clockStart, "clockStart");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * The defaults.
   *
   * @return the default options
   */
  public static FakesOptions defaults() {
    return builder().build();
  }

  /**
   * A builder; each option may be set once.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FakesOptions}; setting an option twice throws {@link IllegalStateException}. */
  public static final class Builder {
    private String bindAddress;
    private Integer port;
    private Boolean https;
    private Boolean mutualTls;
    private Long seed;
    private LongFunction<RandomGenerator> randomSource;
    private Integer recordingCapacity;
    private Instant clockStart;
    private ZoneId zone;
    private Boolean admin;

    private Builder() {}

    private static void once(Object current, String field) {
      if (current != null) {
        throw new IllegalStateException(field + ": already set");
      }
    }

    /**
     * The address to listen on. Anything but loopback exposes the fakes to the network: only for containers.
     *
     * @param value a host name or IP address
     * @return this builder
     */
    public Builder bindAddress(String value) {
      once(bindAddress, "bindAddress");
      bindAddress = Objects.requireNonNull(value, "bindAddress");
      return this;
    }

    /**
     * The port.
     *
     * @param value 0 for a free port, or 1 to 65535
     * @return this builder
     */
    public Builder port(int value) {
      once(port, "port");
      port = value;
      return this;
    }

    /**
     * Serve HTTPS.
     *
     * @param value whether to
     * @return this builder
     */
    public Builder https(boolean value) {
      once(https, "https");
      https = value;
      return this;
    }

    /**
     * Require a client certificate; turns HTTPS on unless {@link #https(boolean)} said otherwise.
     *
     * @param value whether to
     * @return this builder
     */
    public Builder mutualTls(boolean value) {
      once(mutualTls, "mutualTls");
      mutualTls = value;
      return this;
    }

    /**
     * The seed of the random source.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      once(seed, "seed");
      seed = value;
      return this;
    }

    /**
     * How to make the random source from the seed (default {@link SplittableRandom}).
     *
     * @param value the factory, called at start and at every reset
     * @return this builder
     */
    public Builder randomSource(LongFunction<RandomGenerator> value) {
      once(randomSource, "randomSource");
      randomSource = Objects.requireNonNull(value, "randomSource");
      return this;
    }

    /**
     * The recording buffer's capacity.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder recordingCapacity(int value) {
      once(recordingCapacity, "recordingCapacity");
      recordingCapacity = value;
      return this;
    }

    /**
     * Where the clock starts.
     *
     * @param value the instant
     * @return this builder
     */
    public Builder clockStart(Instant value) {
      once(clockStart, "clockStart");
      clockStart = Objects.requireNonNull(value, "clockStart");
      return this;
    }

    /**
     * The clock's zone.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      once(zone, "zone");
      zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /**
     * Serve the administration endpoint (faults, recorded calls, clock, reset and its OpenAPI document).
     *
     * @param value whether to
     * @return this builder
     */
    public Builder admin(boolean value) {
      once(admin, "admin");
      admin = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException naming an option whose value is out of range
     */
    public FakesOptions build() {
      boolean mutual = mutualTls != null && mutualTls;
      return new FakesOptions(bindAddress == null ? "127.0.0.1" : bindAddress, port == null ? 0 : port,
          https == null ? mutual : https, mutual, seed == null ? 42 : seed,
          randomSource == null ? SplittableRandom::new : randomSource,
          recordingCapacity == null ? 1000 : recordingCapacity,
          clockStart == null ? DEFAULT_CLOCK_START : clockStart, zone == null ? FakeClock.VIETNAM : zone,
          admin != null && admin);
    }
  }
}
