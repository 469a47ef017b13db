package dev.egov.benchmarks.catalog;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.UnitMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The built-in catalogue of administrative units against a plain {@link HashMap}, on the same inputs
 * ({@link CatalogFixtures}). One operation is one look-up or one search.
 *
 * <ul>
 *   <li>{@code lookUp}: {@link AdministrativeUnitCatalog#find(AdministrativeUnitCode)} of 1,024 codes against {@code
 *       HashMap<AdministrativeUnitCode, AdministrativeUnit>.get} on the same code objects (copies of the catalogue's,
 *       as a caller's would be). Target: egov ≥ 0.8 × hashMap.
 *   <li>{@code search}: {@link AdministrativeUnitCatalog#search(String, AdministrativeEra)} of 1,024 typed full names
 *       (with and without diacritics, in capitals, with extra spaces) against a {@code HashMap} from each unit's
 *       pre-computed folded full name to the units of that name, the query folded the same way ({@link
 *       CatalogFixtures#fold}). egov also reads type abbreviations, ranks and gives reasons; the baseline does not.
 *       Reported.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(CatalogFixtures.SIZE)
public class AdministrativeUnitBenchmark {

  private AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
  private AdministrativeUnitCode[] codes = new AdministrativeUnitCode[0];
  private Map<AdministrativeUnitCode, AdministrativeUnit> byCode = new HashMap<>();
  private CatalogFixtures.Query[] queries = new CatalogFixtures.Query[0];
  private final List<Map<String, List<AdministrativeUnit>>> byFoldedName = new ArrayList<>();

  /** Builds the inputs and the baselines' maps, and proves that the variants agree on every input. */
  @Setup
  public void setUp() {
    units = AdministrativeUnitCatalog.builtIn();
    codes = CatalogFixtures.codes();
    queries = CatalogFixtures.queries();
    byCode = new HashMap<>();
    byFoldedName.clear();
    for (AdministrativeEra era : AdministrativeEra.values()) {
      byFoldedName.add(new HashMap<>());
    }
    for (AdministrativeUnit unit : CatalogFixtures.everyUnit()) {
      byCode.put(unit.code(), unit);
      byFoldedName.get(unit.code().era().ordinal())
          .computeIfAbsent(CatalogFixtures.fold(unit.fullName()), k -> new ArrayList<>()).add(unit);
    }
    int found = 0;
    for (AdministrativeUnitCode code : codes) {
      AdministrativeUnit egov = units.find(code).orElse(null);
      if (egov != byCode.get(code)) {
        throw new IllegalStateException("look-up variants disagree on " + code);
      }
      found += egov == null ? 0 : 1;
    }
    if (found < 940 || found > 1000) {
      throw new IllegalStateException("known codes: " + found + ", expected about 95%");
    }
    requireEqual("lookUp_egov", lookUp_egov(), found);
    requireEqual("lookUp_hashMap", lookUp_hashMap(), found);
    int candidates = 0;
    for (CatalogFixtures.Query query : queries) {
      Set<AdministrativeUnit> egov = new HashSet<>();
      for (UnitMatch match : units.search(query.text(), query.era())) {
        egov.add(match.unit());
      }
      Set<AdministrativeUnit> baseline = new HashSet<>(byFoldedName.get(query.era().ordinal())
          .getOrDefault(CatalogFixtures.fold(query.text()), List.of()));
      if (!egov.equals(baseline) || egov.isEmpty()) {
        throw new IllegalStateException("search variants disagree on \"" + query.text() + "\": " + egov + " / "
            + baseline);
      }
      candidates += egov.size();
    }
    requireEqual("search_egov", search_egov(), candidates);
    requireEqual("search_hashMap", search_hashMap(), candidates);
  }

  @Benchmark
  public int lookUp_egov() {
    int found = 0;
    for (AdministrativeUnitCode code : codes) {
      if (units.find(code).isPresent()) {
        found++;
      }
    }
    return found;
  }

  @Benchmark
  public int lookUp_hashMap() {
    int found = 0;
    for (AdministrativeUnitCode code : codes) {
      if (byCode.get(code) != null) {
        found++;
      }
    }
    return found;
  }

  @Benchmark
  public int search_egov() {
    int candidates = 0;
    for (CatalogFixtures.Query query : queries) {
      candidates += units.search(query.text(), query.era()).size();
    }
    return candidates;
  }

  @Benchmark
  public int search_hashMap() {
    int candidates = 0;
    for (CatalogFixtures.Query query : queries) {
      candidates += byFoldedName.get(query.era().ordinal())
          .getOrDefault(CatalogFixtures.fold(query.text()), List.of()).size();
    }
    return candidates;
  }

  private static void requireEqual(String what, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " counted " + actual + ", expected " + expected);
    }
  }
}
