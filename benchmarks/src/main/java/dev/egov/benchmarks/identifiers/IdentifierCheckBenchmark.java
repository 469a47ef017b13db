package dev.egov.benchmarks.identifiers;

import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PersonalIdNumber#check} and {@link TaxCode#check} against {@link HandChecks}, over the same 1,024 texts.
 * One operation is one check (each invocation checks the whole array and counts the valid texts).
 *
 * <p>Target: egov ≥ 0.85 × hand-written ({@code *_egov / *_hand}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(IdentifierFixtures.SIZE)
public class IdentifierCheckBenchmark {

  private String[] personalIds = new String[0];
  private String[] taxCodes = new String[0];

  /** Builds the inputs and proves that egov and the hand-written checks agree on every one of them. */
  @Setup
  public void setUp() {
    personalIds = IdentifierFixtures.personalIds();
    taxCodes = IdentifierFixtures.taxCodes();
    int validIds = 0;
    int validTaxCodes = 0;
    for (String s : personalIds) {
      boolean egov = PersonalIdNumber.check(s) == IdentifierCheck.VALID;
      if (egov != HandChecks.personalId(s)) {
        throw new IllegalStateException("personal ID variants disagree on \"" + s + "\": egov says " + egov);
      }
      validIds += egov ? 1 : 0;
    }
    for (String s : taxCodes) {
      boolean egov = TaxCode.check(s) == IdentifierCheck.VALID;
      if (egov != HandChecks.taxCode(s)) {
        throw new IllegalStateException("tax code variants disagree on \"" + s + "\": egov says " + egov);
      }
      validTaxCodes += egov ? 1 : 0;
    }
    // The mix is part of the fixture: a generator change that made everything valid would flatter both variants.
    requireBetween("valid personal IDs", validIds, 650, 780);
    requireBetween("valid tax codes", validTaxCodes, 560, 680);
    requireEqual("personalId_egov", personalId_egov(), validIds);
    requireEqual("personalId_hand", personalId_hand(), validIds);
    requireEqual("taxCode_egov", taxCode_egov(), validTaxCodes);
    requireEqual("taxCode_hand", taxCode_hand(), validTaxCodes);
  }

  @Benchmark
  public int personalId_egov() {
    int valid = 0;
    for (String s : personalIds) {
      if (PersonalIdNumber.check(s) == IdentifierCheck.VALID) {
        valid++;
      }
    }
    return valid;
  }

  @Benchmark
  public int personalId_hand() {
    int valid = 0;
    for (String s : personalIds) {
      if (HandChecks.personalId(s)) {
        valid++;
      }
    }
    return valid;
  }

  @Benchmark
  public int taxCode_egov() {
    int valid = 0;
    for (String s : taxCodes) {
      if (TaxCode.check(s) == IdentifierCheck.VALID) {
        valid++;
      }
    }
    return valid;
  }

  @Benchmark
  public int taxCode_hand() {
    int valid = 0;
    for (String s : taxCodes) {
      if (HandChecks.taxCode(s)) {
        valid++;
      }
    }
    return valid;
  }

  private static void requireBetween(String what, int actual, int min, int max) {
    if (actual < min || actual > max) {
      throw new IllegalStateException(what + ": " + actual + ", expected " + min + " to " + max);
    }
  }

  private static void requireEqual(String what, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " counted " + actual + " valid inputs, expected " + expected);
    }
  }
}
