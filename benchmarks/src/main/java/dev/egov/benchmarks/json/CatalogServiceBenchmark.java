package dev.egov.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import dev.egov.json.Decoded;
import dev.egov.json.catalog.CatalogAnswer;
import dev.egov.json.catalog.CatalogServiceXml;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeLevel;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.StatisticsOfficeCatalog.CommuneRow;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The catalogue service's {@code DanhMucPhuongXa} answer of {@value #ROWS} rows (the first communes of the built-in
 * 2025 list, district columns empty, about 150 KB) read by {@link CatalogServiceXml#decodeCommunes} against a raw
 * {@link XmlMapper} binding the same bytes to plain records of the wire shape ({@link PlainCatalog}); one operation
 * reads the whole answer.
 *
 * <p>egov's side is the whole public API: unknown-element bookkeeping, the envelope and the other messages checked,
 * every value kept as written (empty distinct from absent). The baseline ignores what it does not bind. Target: egov ≥
 * 0.8 × jackson ({@code communesRead_egov / communesRead_jackson}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class CatalogServiceBenchmark {

  /** Rows in the answer. */
  static final int ROWS = 400;

  /** The baseline's records: the SOAP envelope down to the rows. */
  public static final class PlainCatalog {
    private PlainCatalog() {}

    /** {@code soap:Envelope}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Envelope(@JsonProperty("Body") Body body) {}

    /** {@code soap:Body}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(@JsonProperty("DanhMucPhuongXaResponse") Response response) {}

    /** {@code DanhMucPhuongXaResponse}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(@JsonProperty("DanhMucPhuongXaResult") Result result) {}

    /** {@code DanhMucPhuongXaResult}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(@JsonProperty("diffgram") Diffgram diffgram) {}

    /** {@code diffgr:diffgram}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Diffgram(@JsonProperty("DocumentElement") DataSet dataSet) {}

    /** The DataSet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataSet(@JsonProperty("TABLE") @JacksonXmlElementWrapper(useWrapping = false) List<Row> rows) {}

    /** A {@code TABLE} row (its numbering attributes ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(@JsonProperty("MaTinh") String provinceCode, @JsonProperty("TenTinh") String provinceName,
        @JsonProperty("MaQuanHuyen") String districtCode, @JsonProperty("TenQuanHuyen") String districtName,
        @JsonProperty("MaPhuongXa") String communeCode, @JsonProperty("TenPhuongXa") String communeName,
        @JsonProperty("LoaiHinh") String type) {}
  }

  private final CatalogServiceXml service = CatalogServiceXml.get();
  private byte[] answer = new byte[0];
  private ObjectReader plain;

  /**
   * Writes the answer with egov from the built-in list and proves that both variants read the same rows from it, and
   * that egov writes what it read byte for byte.
   */
  @Setup
  public void setUp() throws IOException {
    AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
    List<CommuneRow> rows = new ArrayList<>(ROWS);
    for (AdministrativeUnit c : units.all(AdministrativeEra.REFORM_2025, AdministrativeLevel.COMMUNE)) {
      if (rows.size() == ROWS) {
        break;
      }
      AdministrativeUnit p = units.find(c.parent()).orElseThrow();
      rows.add(new CommuneRow(p.code().code(), p.fullName(), "", "", c.code().code(), c.fullName(),
          c.type().prefix()));
    }
    answer = service.writeCommunes(CatalogAnswer.of(rows));
    Decoded<CatalogAnswer<CommuneRow>> read = service.decodeCommunes(answer);
    JsonFixtures.require(read.unknownFields().isEmpty() && read.value().rows().equals(rows),
        "egov does not read back the answer it wrote");
    JsonFixtures.require(Arrays.equals(answer, service.writeCommunes(read)), "egov writes a read answer differently");
    XmlMapper xml = new XmlMapper();
    xml.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    plain = xml.readerFor(PlainCatalog.Envelope.class);
    List<PlainCatalog.Row> baseline = plain.<PlainCatalog.Envelope>readValue(answer).body().response().result()
        .diffgram().dataSet().rows();
    JsonFixtures.require(baseline.size() == ROWS, "the baseline reads " + baseline.size() + " rows");
    for (int i = 0; i < ROWS; i++) {
      PlainCatalog.Row b = baseline.get(i);
      CommuneRow e = rows.get(i);
      JsonFixtures.require(b.communeCode().equals(e.communeCode()) && b.communeName().equals(e.communeName())
          && b.type().equals(e.type()), "row " + i + " differs in the baseline");
    }
  }

  @Benchmark
  public Decoded<CatalogAnswer<CommuneRow>> communesRead_egov() {
    return service.decodeCommunes(answer);
  }

  @Benchmark
  public PlainCatalog.Envelope communesRead_jackson() throws IOException {
    return plain.readValue(answer);
  }
}
