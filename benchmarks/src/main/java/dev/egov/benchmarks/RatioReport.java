package dev.egov.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs JMH with the usual command line and then prints what egov's figures are: ratios between variants measured in
 * the same run, with their spread, and allocation per operation. Also prints the environment block, including the
 * hypervisor's {@code steal} time before and after the run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.egov.benchmarks.RatioReport Identifier -prof gc
 * </pre>
 *
 * <p><b>Interleaved forks.</b> Plain JMH runs all forks of one benchmark, then all forks of the next, so on a shared
 * machine a load spike lands on one variant only. This runner runs round after round instead: in each round, one fork
 * of every selected benchmark (in alternating order), so the forks that a ratio divides ran a few seconds apart. The
 * number of rounds is the fork count ({@code -f}, or each benchmark's {@code @Fork}). {@code -rf}/{@code -rff} write
 * the merged results once at the end.
 *
 * <p>Benchmark methods are named {@code <case>_<variant>}. For each case, every variant is divided by each
 * baseline variant of the same class: {@code bare} (L1, the bare dependency), {@code hand} (L0, hand-written),
 * {@code jackson} (raw Jackson databind on plain records, the wire-format benchmarks' reference), {@code jackson3}
 * (the same with Jackson 3), {@code javaTime} (due dates with plain {@code java.time}), {@code generateOnly} (the
 * dossier stream alone), {@code lowerCase} ({@code String.toLowerCase(Locale.ROOT)} over the same text, the
 * yardstick of a linear pass) and {@code hashMap} (a plain {@code HashMap} on the same keys, the catalogue's
 * reference). Runs with several
 * values of a {@code @Param} give one case per value.
 */
public final class RatioReport {

  private static final List<String> BASELINES =
      List.of("bare", "hand", "jackson", "jackson3", "javaTime", "generateOnly", "lowerCase", "hashMap");
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private RatioReport() {}

  /**
   * Runs the benchmarks selected by {@code args} (JMH's own options) and prints the report.
   *
   * @param args JMH command-line options
   * @throws IOException if {@code /proc} cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(1);
      return;
    }
    long[] before = cpuTicks();
    Collection<RunResult> results;
    try {
      results = runInterleaved(args, options);
    } catch (RunnerException | CommandLineOptionException e) {
      System.err.println("Benchmark failed: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
      return;
    }
    if (options.getResult().hasValue() || options.getResultFormat().hasValue()) {
      ResultFormatType type = options.getResultFormat().orElse(ResultFormatType.JSON);
      String file = options.getResult().orElse("jmh-result." + type.toString().toLowerCase(Locale.ROOT));
      ResultFormatFactory.getInstance(type, file).writeOut(results);
    }
    long[] after = cpuTicks();
    out.println();
    out.println("## Environment");
    out.println();
    environment(out, before, after);
    out.println();
    out.println("## Results");
    out.println();
    table(out, results);
    out.println();
    out.println("## Ratios (same run)");
    out.println();
    ratios(out, results);
  }

  /** Runs one fork of each selected benchmark per round, and merges each benchmark's forks into one result. */
  private static Collection<RunResult> runInterleaved(String[] args, CommandLineOptions options)
      throws RunnerException, CommandLineOptionException {
    List<String> includes = options.getIncludes().isEmpty() ? List.of(".*") : options.getIncludes();
    OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
    List<BenchmarkListEntry> selected =
        new ArrayList<>(BenchmarkList.defaultList().find(silent, includes, options.getExcludes()));
    if (selected.isEmpty()) {
      throw new RunnerException("No benchmark matches " + includes);
    }
    List<String> common = withoutRoundOptions(args, options.getIncludes());
    Map<String, Integer> forks = new LinkedHashMap<>();
    int rounds = 0;
    for (BenchmarkListEntry entry : selected) {
      int n = options.getForkCount().orElse(entry.getForks().orElse(5));
      forks.put(entry.getUsername(), n);
      rounds = Math.max(rounds, n);
    }
    Map<String, List<BenchmarkResult>> byBenchmark = new LinkedHashMap<>();
    Map<String, RunResult> first = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      List<BenchmarkListEntry> order = new ArrayList<>(selected);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (BenchmarkListEntry entry : order) {
        String name = entry.getUsername();
        if (round >= forks.get(name)) {
          continue;
        }
        List<String> roundArgs = new ArrayList<>(common);
        roundArgs.addAll(List.of("-f", "1", "^" + Pattern.quote(name) + "$"));
        for (RunResult r : new Runner(new CommandLineOptions(roundArgs.toArray(new String[0]))).run()) {
          // One result per benchmark and set of @Param values: forks of different values must not be merged.
          String key = name + paramValues(r);
          first.putIfAbsent(key, r);
          byBenchmark.computeIfAbsent(key, k -> new ArrayList<>()).addAll(r.getBenchmarkResults());
        }
      }
    }
    List<RunResult> merged = new ArrayList<>();
    for (Map.Entry<String, RunResult> e : first.entrySet()) {
      merged.add(new RunResult(e.getValue().getParams(), byBenchmark.get(e.getKey())));
    }
    return merged;
  }

  /** The values of the benchmark's {@code @Param}s, {@code " length=10 input=PLAIN"}, or {@code ""} without any. */
  private static String paramValues(RunResult r) {
    StringBuilder out = new StringBuilder();
    for (String param : r.getParams().getParamsKeys()) {
      out.append(' ').append(param).append('=').append(r.getParams().getParam(param));
    }
    return out.toString();
  }

  /** The command line without the benchmark selection and the options this runner sets per round. */
  private static List<String> withoutRoundOptions(String[] args, List<String> includes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-f") || arg.equals("-rf") || arg.equals("-rff")) {
        i++; // and its value
      } else if (!includes.contains(arg)) {
        out.add(arg);
      }
    }
    return out;
  }

  private static void environment(PrintStream out, long[] before, long[] after) throws IOException {
    out.println("- CPU: " + cpuModel() + ", nproc " + Runtime.getRuntime().availableProcessors());
    out.println("- kernel: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    out.println("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")");
    out.println("- JVM flags of the forks: see each benchmark's @Fork (-Xms1g -Xmx1g -XX:+AlwaysPreTouch)");
    if (before.length > 8 && after.length > 8) {
      long total = 0;
      for (int i = 0; i < Math.min(before.length, after.length); i++) {
        total += after[i] - before[i];
      }
      long steal = after[7] - before[7];
      long idle = after[3] - before[3];
      out.printf(Locale.ROOT, "- /proc/stat steal: %d before, %d after: %.2f%% of CPU time during the run%n",
          before[7], after[7], total == 0 ? 0.0 : 100.0 * steal / total);
      out.printf(Locale.ROOT, "- CPU busy during the run (all processes, both cores): %.1f%%%n",
          total == 0 ? 0.0 : 100.0 * (total - idle - (after[4] - before[4])) / total);
    }
    out.println("- load average now: " + firstLine(Path.of("/proc/loadavg")));
  }

  private static void table(PrintStream out, Collection<RunResult> results) {
    out.println("| benchmark | mode | score | ± 99.9% | unit | fork means | fork CV | B/op |");
    out.println("|---|---|---:|---:|---|---|---:|---:|");
    for (RunResult r : results) {
      Result<?> primary = r.getPrimaryResult();
      double[] forks = forkScores(r);
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.1f%% | %s |%n",
          shortName(r) + paramValues(r), r.getParams().getMode().shortLabel(), number(primary.getScore()),
          number(primary.getScoreError()), primary.getScoreUnit(), joined(forks), 100 * cv(forks), allocation(r));
    }
  }

  private static void ratios(PrintStream out, Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> cases = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = shortName(r);
      int underscore = name.lastIndexOf('_');
      if (underscore < 0) {
        continue;
      }
      StringBuilder key = new StringBuilder(name.substring(0, underscore));
      for (String param : r.getParams().getParamsKeys()) {
        key.append(' ').append(param).append('=').append(r.getParams().getParam(param));
      }
      cases.computeIfAbsent(key.toString(), k -> new LinkedHashMap<>())
          .put(name.substring(underscore + 1), r);
    }
    out.println("| case | ratio | median over rounds | min – max over rounds | B/op ratio | CPU-time ratio, median"
        + " (min – max) |");
    out.println("|---|---|---:|---|---:|---|");
    for (Map.Entry<String, Map<String, RunResult>> c : cases.entrySet()) {
      for (String baseline : BASELINES) {
        RunResult den = c.getValue().get(baseline);
        if (den == null) {
          continue;
        }
        for (Map.Entry<String, RunResult> v : c.getValue().entrySet()) {
          String variant = v.getKey();
          if (variant.equals(baseline) || variant.equals("hand")) {
            continue;
          }
          double[] num = forkScores(v.getValue());
          double[] base = forkScores(den);
          boolean time = den.getParams().getMode() != Mode.Throughput;
          int pairs = Math.min(num.length, base.length);
          double[] paired = new double[pairs];
          for (int i = 0; i < pairs; i++) {
            paired[i] = num[i] / base[i];
          }
          double ratio = median(paired);
          double low = min(paired);
          double high = max(paired);
          String label = variant + " / " + baseline + (time ? " (time: lower is better)" : "");
          double allocNum = allocationValue(v.getValue());
          double allocDen = allocationValue(den);
          // Below 1 B/op (escape analysis removed the allocation) a ratio says nothing.
          String allocRatio = Double.isNaN(allocNum) || Double.isNaN(allocDen) || allocDen < 1
              ? "–" : String.format(Locale.ROOT, "%.2f", allocNum / allocDen);
          out.printf(Locale.ROOT, "| %s | %s | **%.3f** | %.3f – %.3f | %s | %s |%n",
              c.getKey(), label, ratio, low, high, allocRatio, cpuRatio(v.getValue(), den));
        }
      }
    }
  }

  /**
   * The ratio of CPU time per operation ({@link CpuTimeProfiler}), oriented like the throughput ratio (baseline's
   * CPU per op ÷ variant's, so above 1 means the variant is cheaper): median and range over rounds; "–" without the
   * profiler.
   */
  private static String cpuRatio(RunResult variant, RunResult baseline) {
    double[] num = forkSecondary(variant, CpuTimeProfiler.METRIC);
    double[] den = forkSecondary(baseline, CpuTimeProfiler.METRIC);
    int pairs = Math.min(num.length, den.length);
    if (pairs == 0) {
      return "–";
    }
    double[] paired = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      paired[i] = den[i] / num[i];
    }
    boolean time = baseline.getParams().getMode() != Mode.Throughput;
    if (time) {
      for (int i = 0; i < pairs; i++) {
        paired[i] = 1 / paired[i];
      }
    }
    return String.format(Locale.ROOT, "%.3f (%.3f – %.3f)", median(paired), min(paired), max(paired));
  }

  private static double[] forkSecondary(RunResult r, String metric) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult fork : r.getBenchmarkResults()) {
      for (String key : fork.getSecondaryResults().keySet()) {
        if (key.equals(metric)) {
          scores.add(fork.getSecondaryResults().get(key).getScore());
        }
      }
    }
    double[] a = new double[scores.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = scores.get(i);
    }
    return a;
  }

  private static String shortName(RunResult r) {
    String full = r.getParams().getBenchmark();
    int method = full.lastIndexOf('.');
    int cls = full.lastIndexOf('.', method - 1);
    return full.substring(cls + 1);
  }

  private static double[] forkScores(RunResult r) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult fork : r.getBenchmarkResults()) {
      scores.add(fork.getPrimaryResult().getScore());
    }
    double[] a = new double[scores.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = scores.get(i);
    }
    return a;
  }

  private static String allocation(RunResult r) {
    double value = allocationValue(r);
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
  }

  private static double allocationValue(RunResult r) {
    // JMH declares the map with a raw Result; read it through the key set to stay warning-free.
    for (String key : r.getSecondaryResults().keySet()) {
      if (key.endsWith(ALLOCATION)) {
        return r.getSecondaryResults().get(key).getScore();
      }
    }
    return Double.NaN;
  }

  private static String joined(double[] values) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(s.length() == 0 ? "" : " / ").append(number(v));
    }
    return s.toString();
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
  }

  private static double median(double[] values) {
    double[] a = values.clone();
    java.util.Arrays.sort(a);
    int n = a.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  private static double min(double[] values) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static double cv(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double var = 0;
    for (double v : values) {
      var += (v - mean) * (v - mean);
    }
    return Math.sqrt(var / (values.length - 1)) / mean;
  }

  /** The aggregate {@code cpu} line of {@code /proc/stat}: user nice system idle iowait irq softirq steal …. */
  private static long[] cpuTicks() throws IOException {
    Path stat = Path.of("/proc/stat");
    if (!Files.isReadable(stat)) {
      return new long[0];
    }
    String line = firstLine(stat);
    String[] parts = line.trim().split("\\s+");
    long[] ticks = new long[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      ticks[i - 1] = Long.parseLong(parts[i]);
    }
    return ticks;
  }

  private static String cpuModel() throws IOException {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return "unknown";
    }
    for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown";
  }

  private static String firstLine(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      return "unknown";
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.isEmpty() ? "" : lines.get(0);
  }
}
