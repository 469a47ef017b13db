package dev.egov.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the fork's CPU time per operation ({@value #METRIC}, ns/op): the process's CPU time
 * over an iteration (the benchmark thread, and the JIT and GC threads working for it) divided by the operations
 * measured. On a machine shared with other jobs, wall-clock throughput falls whenever the scheduler gives the CPU to
 * someone else; CPU time per operation leaves that share out. It does not fix warm-up: under heavy load a fork that
 * has not finished compiling its hot code is slower in CPU time too (seen on 2026-12-07, when CPU-time ratios spread
 * as widely as throughput ratios), so give such runs more warm-up. {@link RatioReport} prints its ratios beside the
 * throughput ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.egov.benchmarks.RatioReport Jackson3 -prof gc \
 *     -prof dev.egov.benchmarks.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

  /** The name of the metric, as it appears among JMH's secondary results. */
  public static final String METRIC = "cpu.time.norm";

  private final com.sun.management.OperatingSystemMXBean os =
      ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
  private long start;

  /** Creates the profiler; JMH does, by its class name. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "process CPU time per operation (ns/op), robust to other jobs on the machine";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - start;
    long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
    if (ops <= 0 || cpu < 0) {
      return List.of();
    }
    return List.of(new ScalarResult(METRIC, (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
  }
}
