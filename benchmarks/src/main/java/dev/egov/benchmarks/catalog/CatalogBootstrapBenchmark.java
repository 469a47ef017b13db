package dev.egov.benchmarks.catalog;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.catalog.UnitMatch;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold cost, in a fresh JVM, of the built-in catalogue: each fork does exactly one invocation ({@link
 * Mode#SingleShotTime}, no warm-up), so what is measured is class loading, reading and parsing the bundled data and
 * building the tables, then the first look-up ({@code firstLookUp}) or the first search, which also builds the search
 * index ({@code firstSearch}). {@code firstProvince} is the province catalogue alone (derived from the same data,
 * without the districts and communes), for scale. Reported only; ten forks, so, like the validator's bootstrap
 * benchmark, excluded from the CI smoke pass ({@code -e Bootstrap}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CatalogBootstrapBenchmark {

  @Benchmark
  public Optional<AdministrativeUnit> firstLookUp_egov() {
    return AdministrativeUnitCatalog.builtIn()
        .find(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "26740"));
  }

  @Benchmark
  public List<UnitMatch> firstSearch_egov() {
    return AdministrativeUnitCatalog.builtIn().search("phuong sai gon", AdministrativeEra.REFORM_2025);
  }

  @Benchmark
  public Optional<Province> firstProvince_egov() {
    return ProvinceCatalog.builtIn().find(ProvinceCode.reform2025("79"));
  }
}
