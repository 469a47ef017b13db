package dev.egov.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.CanonicalJson;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 against Jackson 2 on egov's canonical JSON, in the same run: the measurement behind
 * {@code docs/adr/0002-jackson-2-line.md}. Same fixture as {@link CanonicalJsonBenchmark} ({@value JsonFixtures#SIZE}
 * generated citizens and dossiers, the bytes egov writes); one operation reads or writes one record.
 *
 * <ul>
 *   <li>{@code *_jackson} (the reference): raw Jackson 2 databind on {@linkplain PlainCanonical plain records}, exactly
 *       as in {@link CanonicalJsonBenchmark};
 *   <li>{@code *_jackson3}: raw Jackson 3 databind ({@code tools.jackson.databind.json.JsonMapper} with its defaults,
 *       java.time built in) on the same plain records and bytes;
 *   <li>{@code *_egov}: {@code CanonicalJson.get()}, egov on Jackson 2;
 *   <li>{@code *_egovOnJackson3}: egov's own records mapped by a Jackson 3 {@code JsonMapper} whose only setting is to
 *       leave nulls out: what a Jackson 3 user gets today from the records' annotations, with egov's checks in the
 *       records' constructors.
 * </ul>
 *
 * <p>Read {@code jackson3 / jackson} (Jackson 3's cost on the same work), {@code egov / jackson} and {@code
 * egovOnJackson3 / jackson3} (egov's cost over raw databind on each line). No target: the figures inform the ADR.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(JsonFixtures.SIZE)
public class Jackson3Benchmark {

  private final CanonicalJson json = CanonicalJson.get();

  private List<Citizen> citizens = List.of();
  private List<Dossier> dossiers = List.of();
  private byte[][] citizenBytes = new byte[0][];
  private byte[][] dossierBytes = new byte[0][];
  private PlainCanonical.Citizen[] plainCitizens = new PlainCanonical.Citizen[0];
  private PlainCanonical.Dossier[] plainDossiers = new PlainCanonical.Dossier[0];

  private com.fasterxml.jackson.databind.ObjectReader citizenReader2;
  private com.fasterxml.jackson.databind.ObjectReader dossierReader2;
  private com.fasterxml.jackson.databind.ObjectWriter writer2;
  private tools.jackson.databind.ObjectReader citizenReader3;
  private tools.jackson.databind.ObjectReader dossierReader3;
  private tools.jackson.databind.ObjectWriter writer3;
  private tools.jackson.databind.ObjectReader egovCitizenReader3;
  private tools.jackson.databind.ObjectReader egovDossierReader3;
  private tools.jackson.databind.ObjectWriter egovWriter3;

  /** The Jackson 3 mapper a user would write for egov's records: defaults, nulls left out. */
  static JsonMapper egovJackson3Mapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL)
            .withContentInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  /**
   * Serialises the fixture with egov and proves that all four variants agree on it: each reads egov's bytes and
   * writes the same JSON; egov's records read by Jackson 3 equal the originals and are written to the same bytes.
   */
  @Setup
  public void setUp() throws IOException {
    ObjectMapper mapper2 = JsonFixtures.plainMapper();
    citizenReader2 = mapper2.readerFor(PlainCanonical.Citizen.class);
    dossierReader2 = mapper2.readerFor(PlainCanonical.Dossier.class);
    writer2 = mapper2.writer();
    JsonMapper mapper3 = JsonMapper.builder().build();
    citizenReader3 = mapper3.readerFor(PlainCanonical.Citizen.class);
    dossierReader3 = mapper3.readerFor(PlainCanonical.Dossier.class);
    writer3 = mapper3.writer();
    JsonMapper egov3 = egovJackson3Mapper();
    egovCitizenReader3 = egov3.readerFor(Citizen.class);
    egovDossierReader3 = egov3.readerFor(Dossier.class);
    egovWriter3 = egov3.writer();

    citizens = JsonFixtures.citizens();
    dossiers = JsonFixtures.dossiers();
    JsonFixtures.require(citizens.size() == JsonFixtures.SIZE && dossiers.size() == JsonFixtures.SIZE,
        "the generators gave fewer records than " + JsonFixtures.SIZE);
    citizenBytes = new byte[citizens.size()][];
    plainCitizens = new PlainCanonical.Citizen[citizens.size()];
    for (int i = 0; i < citizens.size(); i++) {
      citizenBytes[i] = json.write(citizens.get(i));
      plainCitizens[i] = citizenReader2.readValue(citizenBytes[i]);
      String what = "citizen " + i;
      JsonFixtures.requireSameJson(what + " (jackson)", citizenBytes[i], writer2.writeValueAsBytes(plainCitizens[i]));
      PlainCanonical.Citizen plain3 = citizenReader3.readValue(citizenBytes[i]);
      JsonFixtures.require(plain3.equals(plainCitizens[i]), what + ": Jackson 3 reads other plain records");
      JsonFixtures.requireSameJson(what + " (jackson3)", citizenBytes[i], writer3.writeValueAsBytes(plain3));
      Citizen egov3Read = egovCitizenReader3.readValue(citizenBytes[i]);
      JsonFixtures.require(egov3Read.equals(citizens.get(i)), what + ": Jackson 3 reads another citizen");
      JsonFixtures.require(Arrays.equals(citizenBytes[i], egovWriter3.writeValueAsBytes(egov3Read)),
          what + ": Jackson 3 writes egov's citizen differently");
    }
    dossierBytes = new byte[dossiers.size()][];
    plainDossiers = new PlainCanonical.Dossier[dossiers.size()];
    for (int i = 0; i < dossiers.size(); i++) {
      dossierBytes[i] = json.write(dossiers.get(i));
      plainDossiers[i] = dossierReader2.readValue(dossierBytes[i]);
      String what = "dossier " + i;
      JsonFixtures.requireSameJson(what + " (jackson)", dossierBytes[i], writer2.writeValueAsBytes(plainDossiers[i]));
      PlainCanonical.Dossier plain3 = dossierReader3.readValue(dossierBytes[i]);
      JsonFixtures.require(plain3.equals(plainDossiers[i]), what + ": Jackson 3 reads other plain records");
      JsonFixtures.requireSameJson(what + " (jackson3)", dossierBytes[i], writer3.writeValueAsBytes(plain3));
      Dossier egov3Read = egovDossierReader3.readValue(dossierBytes[i]);
      JsonFixtures.require(egov3Read.equals(dossiers.get(i)), what + ": Jackson 3 reads another dossier");
      JsonFixtures.require(Arrays.equals(dossierBytes[i], egovWriter3.writeValueAsBytes(egov3Read)),
          what + ": Jackson 3 writes egov's dossier differently");
    }
  }

  @Benchmark
  public void citizenRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : citizenBytes) {
      bh.consume(citizenReader2.<PlainCanonical.Citizen>readValue(b));
    }
  }

  @Benchmark
  public void citizenRead_jackson3(Blackhole bh) {
    for (byte[] b : citizenBytes) {
      bh.consume(citizenReader3.<PlainCanonical.Citizen>readValue(b));
    }
  }

  @Benchmark
  public void citizenRead_egov(Blackhole bh) {
    for (byte[] b : citizenBytes) {
      bh.consume(json.read(b, Citizen.class));
    }
  }

  @Benchmark
  public void citizenRead_egovOnJackson3(Blackhole bh) {
    for (byte[] b : citizenBytes) {
      bh.consume(egovCitizenReader3.<Citizen>readValue(b));
    }
  }

  @Benchmark
  public void citizenWrite_jackson(Blackhole bh) throws IOException {
    for (PlainCanonical.Citizen c : plainCitizens) {
      bh.consume(writer2.writeValueAsBytes(c));
    }
  }

  @Benchmark
  public void citizenWrite_jackson3(Blackhole bh) {
    for (PlainCanonical.Citizen c : plainCitizens) {
      bh.consume(writer3.writeValueAsBytes(c));
    }
  }

  @Benchmark
  public void citizenWrite_egov(Blackhole bh) {
    for (Citizen c : citizens) {
      bh.consume(json.write(c));
    }
  }

  @Benchmark
  public void citizenWrite_egovOnJackson3(Blackhole bh) {
    for (Citizen c : citizens) {
      bh.consume(egovWriter3.writeValueAsBytes(c));
    }
  }

  @Benchmark
  public void dossierRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : dossierBytes) {
      bh.consume(dossierReader2.<PlainCanonical.Dossier>readValue(b));
    }
  }

  @Benchmark
  public void dossierRead_jackson3(Blackhole bh) {
    for (byte[] b : dossierBytes) {
      bh.consume(dossierReader3.<PlainCanonical.Dossier>readValue(b));
    }
  }

  @Benchmark
  public void dossierRead_egov(Blackhole bh) {
    for (byte[] b : dossierBytes) {
      bh.consume(json.read(b, Dossier.class));
    }
  }

  @Benchmark
  public void dossierRead_egovOnJackson3(Blackhole bh) {
    for (byte[] b : dossierBytes) {
      bh.consume(egovDossierReader3.<Dossier>readValue(b));
    }
  }

  @Benchmark
  public void dossierWrite_jackson(Blackhole bh) throws IOException {
    for (PlainCanonical.Dossier d : plainDossiers) {
      bh.consume(writer2.writeValueAsBytes(d));
    }
  }

  @Benchmark
  public void dossierWrite_jackson3(Blackhole bh) {
    for (PlainCanonical.Dossier d : plainDossiers) {
      bh.consume(writer3.writeValueAsBytes(d));
    }
  }

  @Benchmark
  public void dossierWrite_egov(Blackhole bh) {
    for (Dossier d : dossiers) {
      bh.consume(json.write(d));
    }
  }

  @Benchmark
  public void dossierWrite_egovOnJackson3(Blackhole bh) {
    for (Dossier d : dossiers) {
      bh.consume(egovWriter3.writeValueAsBytes(d));
    }
  }
}
