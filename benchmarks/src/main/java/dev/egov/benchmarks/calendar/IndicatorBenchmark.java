package dev.egov.benchmarks.calendar;

import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.SampleProcedures;
import dev.egov.indicators.IndicatorAccumulator;
import dev.egov.indicators.IndicatorCalculator;
import dev.egov.indicators.IndicatorReport;
import dev.egov.model.dossier.Dossier;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The QĐ 766 indicators of a year of generated dossiers, streamed: {@code stream_egov} generates the dossiers with
 * {@link DossierGenerator} and feeds them to {@link IndicatorCalculator#compute(Stream)}, which builds the report;
 * {@code stream_generateOnly} generates the same stream (same seed, same period) and only hands each dossier to a
 * blackhole. The difference is the cost of the indicators. {@code stream_egovEightParts} counts the same stream in
 * eight consecutive parts, each with its own accumulator, writes each part's state as bytes, restores them with a
 * second calculator of the same settings (as another machine would) and merges them into the report: the cost of
 * partitioning, of the state's round trip and of merging, beside counting. One operation is one whole stream ({@link
 * Mode#SingleShotTime}): about 10 s per million dossiers to generate alone, so 1 warm-up and 3 measured shots per fork.
 *
 * <p>Target: egov ≤ 2 × generateOnly ({@code stream_egov / stream_generateOnly}, time, same run); the eight parts
 * are reported beside it. CI's smoke pass runs it with {@code -p dossiers=20000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Threads(1)
public class IndicatorBenchmark {

  private static final long SEED = 20261122L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
  /** How many dossiers {@link #setUp} streams through both variants to check that they agree. */
  private static final long CHECKED = 20_000;

  /** How many dossiers one stream generates. */
  @Param("1000000")
  public long dossiers;

  /** How many parts {@link #stream_egovEightParts} counts apart. */
  private static final int PARTS = 8;

  private final IndicatorCalculator calculator = calculator();
  /** Another calculator of the same settings: where the parts' states are restored and merged. */
  private final IndicatorCalculator merging = calculator();

  private static IndicatorCalculator calculator() {
    return IndicatorCalculator.builder()
        .period(FIRST_DAY, LAST_DAY)
        .procedures(SampleProcedures::find)
        .populationDatabases(DossierGenerator.POPULATION_DATABASE)
        .build();
  }

  /**
   * Proves, on the first {@value #CHECKED} dossiers (or all if fewer: streaming every dossier twice more would double
   * a fork), that both variants see the same stream: the baseline consumes each dossier, and the report counts every
   * one of them in the period, none outside, none undated, with some on time and some not; the eight parts, merged,
   * give the same report.
   */
  @Setup
  public void setUp() {
    long n = Math.min(dossiers, CHECKED);
    long generated = generate(n, dossier -> { });
    IndicatorReport report = indicators(n);
    if (generated != n) {
      throw new IllegalStateException("generateOnly consumed " + generated + " dossiers, expected " + n);
    }
    if (report.overall().dossiers() != n || report.outsidePeriod() != 0 || report.undated().total() != 0) {
      throw new IllegalStateException("the report counts " + report.overall().dossiers() + " dossiers in the period, "
          + report.outsidePeriod() + " outside and " + report.undated().total() + " undated, expected " + n
          + " in the period: " + report);
    }
    if (report.overall().onTime().rate().numerator() == 0 || report.overall().onTime().rate().shortfall() == 0) {
      throw new IllegalStateException("the on-time rate is degenerate: " + report.overall().onTime().rate());
    }
    IndicatorReport merged = inParts(n);
    if (!merged.equals(report)) {
      throw new IllegalStateException("the eight parts, merged, report " + merged + ", one pass " + report);
    }
  }

  @Benchmark
  public long stream_generateOnly(Blackhole blackhole) {
    return generate(dossiers, blackhole::consume);
  }

  @Benchmark
  public IndicatorReport stream_egov() {
    return indicators(dossiers);
  }

  @Benchmark
  public IndicatorReport stream_egovEightParts() {
    return inParts(dossiers);
  }

  private static long generate(long n, Consumer<Dossier> sink) {
    long[] count = new long[1];
    // Not Stream.count(): on a sized stream it may skip generating the dossiers at all.
    try (Stream<Dossier> stream = DossierGenerator.withSeed(SEED).dossiers(FIRST_DAY, LAST_DAY, n)) {
      stream.forEach(dossier -> {
        count[0]++;
        sink.accept(dossier);
      });
    }
    return count[0];
  }

  private IndicatorReport indicators(long n) {
    try (Stream<Dossier> stream = DossierGenerator.withSeed(SEED).dossiers(FIRST_DAY, LAST_DAY, n)) {
      return calculator.compute(stream);
    }
  }

  /** Counts the stream in {@value #PARTS} consecutive parts, ships each part's state as bytes and merges them. */
  private IndicatorReport inParts(long n) {
    IndicatorAccumulator[] parts = new IndicatorAccumulator[PARTS];
    for (int i = 0; i < PARTS; i++) {
      parts[i] = calculator.newAccumulator();
    }
    long[] index = new long[1];
    try (Stream<Dossier> stream = DossierGenerator.withSeed(SEED).dossiers(FIRST_DAY, LAST_DAY, n)) {
      stream.forEach(dossier -> parts[(int) (index[0]++ * PARTS / n)].accept(dossier));
    }
    IndicatorAccumulator merged = merging.newAccumulator();
    for (IndicatorAccumulator part : parts) {
      merged.combine(merging.restore(part.toBytes()));
    }
    return merged.report();
  }
}
