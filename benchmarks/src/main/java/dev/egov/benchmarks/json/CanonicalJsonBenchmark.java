package dev.egov.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.egov.json.CanonicalJson;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.io.IOException;
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

/**
 * egov's canonical JSON ({@link CanonicalJson#read(byte[], Class)}, {@link CanonicalJson#write(Object)}) of a citizen
 * and of a dossier, against raw Jackson databind on {@linkplain PlainCanonical plain records} of the same shape, read
 * from and written to the same bytes. The fixture is {@value JsonFixtures#SIZE} generated citizens and as many
 * dossiers (about 1.5 KB and 3–4 KB of JSON each); one operation reads or writes one record.
 *
 * <ul>
 *   <li>{@code *_egov}: {@code CanonicalJson.get()}: egov's records, whose constructors check identifiers, clean names
 *       and parse partial dates;
 *   <li>{@code *_jackson} (the reference): a default {@code ObjectMapper} with {@code JavaTimeModule}, an {@code
 *       ObjectReader}/{@code ObjectWriter} per type, on records that keep identifiers, codes and partial dates as
 *       strings (see {@link PlainCanonical}).
 * </ul>
 *
 * <p>Target: egov ≥ 0.9 × jackson for all four cases ({@code *_egov / *_jackson}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(JsonFixtures.SIZE)
public class CanonicalJsonBenchmark {

  private final CanonicalJson json = CanonicalJson.get();

  private List<Citizen> citizens = List.of();
  private List<Dossier> dossiers = List.of();
  private byte[][] citizenBytes = new byte[0][];
  private byte[][] dossierBytes = new byte[0][];
  private PlainCanonical.Citizen[] plainCitizens = new PlainCanonical.Citizen[0];
  private PlainCanonical.Dossier[] plainDossiers = new PlainCanonical.Dossier[0];

  private ObjectReader citizenReader;
  private ObjectReader dossierReader;
  private ObjectWriter plainWriter;

  /**
   * Serialises the fixture with egov and proves that both variants agree on it: egov reads its bytes back to equal
   * records and writes them to the same bytes; the baseline reads egov's bytes and writes the same JSON.
   */
  @Setup
  public void setUp() throws IOException {
    ObjectMapper mapper = JsonFixtures.plainMapper();
    citizenReader = mapper.readerFor(PlainCanonical.Citizen.class);
    dossierReader = mapper.readerFor(PlainCanonical.Dossier.class);
    plainWriter = mapper.writer();

    citizens = JsonFixtures.citizens();
    dossiers = JsonFixtures.dossiers();
    JsonFixtures.require(citizens.size() == JsonFixtures.SIZE && dossiers.size() == JsonFixtures.SIZE,
        "the generators gave fewer records than " + JsonFixtures.SIZE);
    citizenBytes = new byte[citizens.size()][];
    plainCitizens = new PlainCanonical.Citizen[citizens.size()];
    for (int i = 0; i < citizens.size(); i++) {
      citizenBytes[i] = json.write(citizens.get(i));
      plainCitizens[i] = citizenReader.readValue(citizenBytes[i]);
      check("citizen " + i, citizens.get(i), json.read(citizenBytes[i], Citizen.class), citizenBytes[i],
          json.write(json.read(citizenBytes[i], Citizen.class)), plainWriter.writeValueAsBytes(plainCitizens[i]));
    }
    dossierBytes = new byte[dossiers.size()][];
    plainDossiers = new PlainCanonical.Dossier[dossiers.size()];
    for (int i = 0; i < dossiers.size(); i++) {
      dossierBytes[i] = json.write(dossiers.get(i));
      plainDossiers[i] = dossierReader.readValue(dossierBytes[i]);
      check("dossier " + i, dossiers.get(i), json.read(dossierBytes[i], Dossier.class), dossierBytes[i],
          json.write(json.read(dossierBytes[i], Dossier.class)), plainWriter.writeValueAsBytes(plainDossiers[i]));
    }
  }

  private static void check(String what, Object record, Object egovRead, byte[] egovBytes, byte[] egovAgain,
      byte[] jacksonBytes) {
    JsonFixtures.require(record.equals(egovRead), what + ": egov does not read back the record it wrote");
    JsonFixtures.require(java.util.Arrays.equals(egovBytes, egovAgain), what + ": egov writes a read record differently");
    JsonFixtures.requireSameJson(what, egovBytes, jacksonBytes);
  }

  @Benchmark
  public void citizenRead_egov(Blackhole bh) {
    for (byte[] b : citizenBytes) {
      bh.consume(json.read(b, Citizen.class));
    }
  }

  @Benchmark
  public void citizenRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : citizenBytes) {
      bh.consume(citizenReader.<PlainCanonical.Citizen>readValue(b));
    }
  }

  @Benchmark
  public void citizenWrite_egov(Blackhole bh) {
    for (Citizen c : citizens) {
      bh.consume(json.write(c));
    }
  }

  @Benchmark
  public void citizenWrite_jackson(Blackhole bh) throws IOException {
    for (PlainCanonical.Citizen c : plainCitizens) {
      bh.consume(plainWriter.writeValueAsBytes(c));
    }
  }

  @Benchmark
  public void dossierRead_egov(Blackhole bh) {
    for (byte[] b : dossierBytes) {
      bh.consume(json.read(b, Dossier.class));
    }
  }

  @Benchmark
  public void dossierRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : dossierBytes) {
      bh.consume(dossierReader.<PlainCanonical.Dossier>readValue(b));
    }
  }

  @Benchmark
  public void dossierWrite_egov(Blackhole bh) {
    for (Dossier d : dossiers) {
      bh.consume(json.write(d));
    }
  }

  @Benchmark
  public void dossierWrite_jackson(Blackhole bh) throws IOException {
    for (PlainCanonical.Dossier d : plainDossiers) {
      bh.consume(plainWriter.writeValueAsBytes(d));
    }
  }
}
