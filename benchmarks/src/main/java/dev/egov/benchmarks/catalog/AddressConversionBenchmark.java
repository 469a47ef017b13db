package dev.egov.benchmarks.catalog;

import dev.egov.model.address.Address;
import dev.egov.model.address.AddressConversion;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.CommuneConversion;
import dev.egov.model.catalog.CommuneLineage;
import dev.egov.model.catalog.ConversionConfidence;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
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
 * Old-to-new conversion of legacy addresses through the commune lineage against a plain {@link HashMap} of the same
 * pairs. One operation is one address; with one thread, the score is addresses per second per core.
 *
 * <ul>
 *   <li>{@code convert}: {@link CommuneLineage#convert(CharSequence, CharSequence, CharSequence)} of 1,024 legacy
 *       (province, district, commune) codes, which also checks that the commune lies in the district and province,
 *       against {@code HashMap<String, CommuneConversion>.get} of the commune code, the map built in {@code @Setup}
 *       from the same lineage. Target: egov at least a million per second, and its ratio to the map reported.
 *   <li>{@code address}: {@link AddressConversion#of(Address)} of the same 1,024 legacy {@link Address} records, which
 *       builds the address of 2025 (province, commune when exact, detail kept) and lists what it did not convert,
 *       against the map's look-up followed by building the same address of 2025. Reported.
 * </ul>
 *
 * <p>The inputs are drawn with a fixed seed from every legacy commune (about 95% of them convert exactly, as in the
 * data) plus 2% codes of no commune; copies of the codes, as a caller's own strings would be.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(CatalogFixtures.SIZE)
public class AddressConversionBenchmark {

  private static final long SEED = 20250701L;

  private CommuneLineage lineage = CommuneLineage.builtIn();
  private String[] provinces = new String[0];
  private String[] districts = new String[0];
  private String[] communes = new String[0];
  private Address[] addresses = new Address[0];
  private Map<String, CommuneConversion> byCommune = new HashMap<>();

  /** Draws the inputs, builds the map, and proves that both variants give the same answer for every input. */
  @Setup
  public void setUp() {
    lineage = CommuneLineage.builtIn();
    List<CommuneConversion> all = lineage.conversions();
    byCommune = new HashMap<>();
    for (CommuneConversion c : all) {
      byCommune.put(c.legacy().code(), c);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int n = CatalogFixtures.SIZE;
    provinces = new String[n];
    districts = new String[n];
    communes = new String[n];
    addresses = new Address[n];
    for (int i = 0; i < n; i++) {
      if (random.nextInt(100) < 2) {
        provinces[i] = copy("01");
        districts[i] = copy("001");
        communes[i] = copy(String.format(Locale.ROOT, "%05d", 90000 + random.nextInt(9999)));
      } else {
        AdministrativeUnit unit = lineage.catalog().find(all.get(random.nextInt(all.size())).legacy()).orElseThrow();
        provinces[i] = copy(unit.province().code());
        districts[i] = copy(java.util.Objects.requireNonNull(unit.parent()).code());
        communes[i] = copy(unit.code().code());
      }
      addresses[i] = Address.builder(AdministrativeEra.LEGACY_2004).province(provinces[i], null)
          .district(districts[i], null).commune(communes[i], null).detail("Số " + i + " đường Lê Lợi").build();
    }
    int candidates = 0;
    int exact = 0;
    for (int i = 0; i < n; i++) {
      CommuneConversion egov = lineage.convert(provinces[i], districts[i], communes[i]);
      CommuneConversion map = byCommune.get(communes[i]);
      if (map == null ? egov.isPlaced() : egov != map) {
        throw new IllegalStateException("convert variants disagree on " + communes[i]);
      }
      candidates += egov.candidates().size();
      exact += egov.confidence() == ConversionConfidence.EXACT ? 1 : 0;
      if (!AddressConversion.of(addresses[i], lineage).converted().equals(convertWithMap(addresses[i]))) {
        throw new IllegalStateException("address variants disagree on " + communes[i]);
      }
    }
    if (exact < 0.9 * n || exact == n) {
      throw new IllegalStateException("exact conversions: " + exact + " of " + n + ", expected about 95%");
    }
    requireEqual("convert_egov", convert_egov(), candidates);
    requireEqual("convert_hashMap", convert_hashMap(), candidates);
    requireEqual("address_egov", address_egov(), exact);
    requireEqual("address_hashMap", address_hashMap(), exact);
  }

  private static String copy(String s) {
    return new String(s.toCharArray());
  }

  /** The baseline's address conversion: the map's answer, and the address of 2025 built from it. */
  private Address convertWithMap(Address legacy) {
    CommuneConversion c = byCommune.get(legacy.communeCode());
    Address.Builder out = Address.builder(AdministrativeEra.REFORM_2025);
    String province = legacy.provinceCode();
    if (c != null && c.confidence() == ConversionConfidence.EXACT) {
      AdministrativeUnit commune = c.candidates().get(0).unit();
      out.province(commune.province().code(), provinceName(commune.province().code()));
      out.commune(commune.code().code(), commune.fullName());
    } else if (province != null) {
      lineage.catalog().find(AdministrativeUnitCode.province(AdministrativeEra.LEGACY_2004, province))
          .flatMap(p -> dev.egov.model.catalog.ProvinceCatalog.builtIn().successorOf(p.province()))
          .ifPresent(p -> out.province(p.code().code(), provinceName(p.code().code())));
    }
    String detail = legacy.detail();
    if (detail != null) {
      out.detail(detail);
    }
    return out.build();
  }

  private String provinceName(String code) {
    return lineage.catalog().find(AdministrativeUnitCode.province(AdministrativeEra.REFORM_2025, code))
        .map(AdministrativeUnit::fullName).orElseThrow();
  }

  @Benchmark
  public int convert_egov() {
    int candidates = 0;
    for (int i = 0; i < communes.length; i++) {
      candidates += lineage.convert(provinces[i], districts[i], communes[i]).candidates().size();
    }
    return candidates;
  }

  @Benchmark
  public int convert_hashMap() {
    int candidates = 0;
    for (String commune : communes) {
      CommuneConversion c = byCommune.get(commune);
      candidates += c == null ? 0 : c.candidates().size();
    }
    return candidates;
  }

  @Benchmark
  public int address_egov() {
    int exact = 0;
    for (Address address : addresses) {
      exact += AddressConversion.of(address, lineage).converted().communeCode() != null ? 1 : 0;
    }
    return exact;
  }

  @Benchmark
  public int address_hashMap() {
    int exact = 0;
    for (Address address : addresses) {
      exact += convertWithMap(address).communeCode() != null ? 1 : 0;
    }
    return exact;
  }

  private static void requireEqual(String what, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " counted " + actual + ", expected " + expected);
    }
  }
}
