package dev.egov.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.egov.json.Decoded;
import dev.egov.json.AnswerStatus;
import dev.egov.json.population.LookupAnswer;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.ResultCode;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.DossierLookup;
import dev.egov.json.portal.PortalJson;
import dev.egov.json.portal.SharingAnswer;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.util.ArrayList;
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

/**
 * The national dialects against raw Jackson databind on plain records of the wire shape, read from and written to the
 * same bytes; one operation reads or writes one record of the {@value JsonFixtures#SIZE} generated ones.
 *
 * <ul>
 *   <li>{@code portalDossierRead/Write}: one dossier payload of the portal ({@code HoSoDongBoDVC}, without the
 *       envelope): {@link PortalJson#decodeDossier} and {@link PortalJson#writeDossier(Dossier)} against {@link
 *       PlainPortal.HoSo};
 *   <li>{@code portalLookupRead}: the portal's answer to a dossier look-up ({@code TraCuuHoSo}) holding one generated
 *       dossier's summary, dates {@code dd/MM/yyyy HH:mm:ss}: {@link PortalJson#decodeDossierLookupAnswer} against
 *       {@link PlainPortal.LookupAnswer};
 *   <li>{@code populationCitizenRead/Write}: a look-up answer holding one citizen in the JSON form of the national
 *       data-exchange platform: {@link PopulationDatabaseJson#decodeLookupAnswer(byte[], WireForm)} and {@link
 *       PopulationDatabaseJson#writeLookupAnswer(LookupAnswer, WireForm)} with {@link WireForm#JSON}, against {@link
 *       PlainPopulation.Answer}.
 * </ul>
 *
 * <p>egov's side is the whole public API, unknown-field bookkeeping included ({@code decode} returns a {@link
 * Decoded}); the baseline's records say what it does and does not do ({@link PlainPortal}, {@link PlainPopulation}):
 * it is the cheaper side in both cases. Target: egov ≥ 0.8 × jackson ({@code *_egov / *_jackson}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(JsonFixtures.SIZE)
public class DialectBenchmark {

  private final PortalJson portal = PortalJson.get();
  private final PopulationDatabaseJson population = PopulationDatabaseJson.get();

  private Dossier[] dossiers = new Dossier[0];
  private byte[][] portalBytes = new byte[0][];
  private PlainPortal.HoSo[] plainDossiers = new PlainPortal.HoSo[0];
  private LookupAnswer[] answers = new LookupAnswer[0];
  private byte[][] populationBytes = new byte[0][];
  private PlainPopulation.Answer[] plainAnswers = new PlainPopulation.Answer[0];

  private byte[][] lookupBytes = new byte[0][];
  private ObjectReader portalReader;
  private ObjectReader lookupReader;
  private ObjectReader populationReader;
  private ObjectWriter plainWriter;

  /**
   * Serialises the fixture with egov and proves that both variants agree on it: egov reads its bytes back without
   * unknown fields and writes what it read to the same bytes; the baseline reads egov's bytes and writes the same JSON
   * (for the portal, once the {@code ""} of unknown date-times, which the baseline leaves out, are set aside).
   */
  @Setup
  public void setUp() throws IOException {
    ObjectMapper mapper = JsonFixtures.plainMapper();
    portalReader = mapper.readerFor(PlainPortal.HoSo.class);
    lookupReader = mapper.readerFor(PlainPortal.LookupAnswer.class);
    populationReader = mapper.readerFor(PlainPopulation.Answer.class);
    plainWriter = mapper.writer();

    List<Dossier> generated = JsonFixtures.dossiers();
    dossiers = new Dossier[generated.size()];
    portalBytes = new byte[generated.size()][];
    plainDossiers = new PlainPortal.HoSo[generated.size()];
    for (int i = 0; i < generated.size(); i++) {
      byte[] bytes = portal.writeDossier(generated.get(i));
      Decoded<Dossier> read = portal.decodeDossier(bytes);
      JsonFixtures.require(read.unknownFields().isEmpty(), "portal dossier " + i + ": egov finds unknown fields in its own payload");
      dossiers[i] = read.value();
      portalBytes[i] = bytes;
      JsonFixtures.require(Arrays.equals(bytes, portal.writeDossier(dossiers[i])),
          "portal dossier " + i + ": egov writes a read dossier differently");
      JsonFixtures.require(dossiers[i].equals(portal.decodeDossier(portal.writeDossier(dossiers[i])).value()),
          "portal dossier " + i + ": egov does not read back the dossier it wrote");
      plainDossiers[i] = portalReader.readValue(bytes);
      JsonFixtures.requireSameJsonButEmptyText("portal dossier " + i, bytes, plainWriter.writeValueAsBytes(plainDossiers[i]));
    }

    lookupBytes = new byte[generated.size()][];
    for (int i = 0; i < generated.size(); i++) {
      DossierLookup lookup = DossierLookup.of(generated.get(i));
      byte[] bytes = portal.writeDossierLookupAnswer(
          SharingAnswer.of(AnswerStatus.success(ResultCode.of("0"), null), List.of(lookup)));
      Decoded<SharingAnswer<DossierLookup>> read = portal.decodeDossierLookupAnswer(bytes);
      JsonFixtures.require(read.unknownFields().isEmpty(), "portal look-up " + i + ": egov finds unknown fields");
      JsonFixtures.require(read.value().items().equals(List.of(PortalJson.lookupView(lookup))),
          "portal look-up " + i + ": egov does not read back the summary it wrote");
      lookupBytes[i] = bytes;
      PlainPortal.LookupAnswer plain = lookupReader.readValue(bytes);
      JsonFixtures.requireSameJson("portal look-up " + i, bytes, plainWriter.writeValueAsBytes(plain));
    }

    List<Citizen> citizens = JsonFixtures.citizens();
    answers = new LookupAnswer[citizens.size()];
    populationBytes = new byte[citizens.size()][];
    plainAnswers = new PlainPopulation.Answer[citizens.size()];
    for (int i = 0; i < citizens.size(); i++) {
      answers[i] = new LookupAnswer(AnswerStatus.success(ResultCode.of("0"), null), List.of(citizens.get(i)));
      byte[] bytes = population.writeLookupAnswer(answers[i], WireForm.JSON);
      Decoded<LookupAnswer> read = population.decodeLookupAnswer(bytes, WireForm.JSON);
      JsonFixtures.require(read.unknownFields().isEmpty(), "population answer " + i + ": egov finds unknown fields in its own payload");
      JsonFixtures.require(read.value().citizens().equals(new ArrayList<>(answers[i].citizens())),
          "population answer " + i + ": egov does not read back the citizen it wrote");
      JsonFixtures.require(Arrays.equals(bytes, population.writeLookupAnswer(read.value(), WireForm.JSON)),
          "population answer " + i + ": egov writes a read answer differently");
      populationBytes[i] = bytes;
      plainAnswers[i] = populationReader.readValue(bytes);
      JsonFixtures.requireSameJson("population answer " + i, bytes, plainWriter.writeValueAsBytes(plainAnswers[i]));
    }
  }

  @Benchmark
  public void portalDossierRead_egov(Blackhole bh) {
    for (byte[] b : portalBytes) {
      bh.consume(portal.decodeDossier(b));
    }
  }

  @Benchmark
  public void portalDossierRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : portalBytes) {
      bh.consume(portalReader.<PlainPortal.HoSo>readValue(b));
    }
  }

  @Benchmark
  public void portalLookupRead_egov(Blackhole bh) {
    for (byte[] b : lookupBytes) {
      bh.consume(portal.decodeDossierLookupAnswer(b));
    }
  }

  @Benchmark
  public void portalLookupRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : lookupBytes) {
      bh.consume(lookupReader.<PlainPortal.LookupAnswer>readValue(b));
    }
  }

  @Benchmark
  public void portalDossierWrite_egov(Blackhole bh) {
    for (Dossier d : dossiers) {
      bh.consume(portal.writeDossier(d));
    }
  }

  @Benchmark
  public void portalDossierWrite_jackson(Blackhole bh) throws IOException {
    for (PlainPortal.HoSo d : plainDossiers) {
      bh.consume(plainWriter.writeValueAsBytes(d));
    }
  }

  @Benchmark
  public void populationCitizenRead_egov(Blackhole bh) {
    for (byte[] b : populationBytes) {
      bh.consume(population.decodeLookupAnswer(b, WireForm.JSON));
    }
  }

  @Benchmark
  public void populationCitizenRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : populationBytes) {
      bh.consume(populationReader.<PlainPopulation.Answer>readValue(b));
    }
  }

  @Benchmark
  public void populationCitizenWrite_egov(Blackhole bh) {
    for (LookupAnswer a : answers) {
      bh.consume(population.writeLookupAnswer(a, WireForm.JSON));
    }
  }

  @Benchmark
  public void populationCitizenWrite_jackson(Blackhole bh) throws IOException {
    for (PlainPopulation.Answer a : plainAnswers) {
      bh.consume(plainWriter.writeValueAsBytes(a));
    }
  }
}
