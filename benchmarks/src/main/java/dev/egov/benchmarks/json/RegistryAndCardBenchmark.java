package dev.egov.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.egov.fakes.generators.CitizenGenerator;
import dev.egov.fakes.generators.IdentifierGenerator;
import dev.egov.fakes.generators.OrganisationGenerator;
import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import dev.egov.json.business.BusinessRegistryJson;
import dev.egov.json.business.EnterpriseStatus;
import dev.egov.json.business.HeadOffice;
import dev.egov.json.business.RegistryAnswer;
import dev.egov.json.business.RegistryEnterprise;
import dev.egov.json.business.Representative;
import dev.egov.json.insurance.CardCheckAnswer;
import dev.egov.json.insurance.CheckLog;
import dev.egov.json.insurance.HealthInsuranceJson;
import dev.egov.model.address.Address;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.organisation.LegalRepresentative;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.math.BigDecimal;
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
 * The business registry's and the health-insurance gateway's answers against raw Jackson databind on plain records of
 * the wire shape, read from the same bytes; one operation reads one answer of the {@value JsonFixtures#SIZE}
 * generated ones.
 *
 * <ul>
 *   <li>{@code registryAnswerRead}: a {@code chiTietDoanhNghiep} answer in its envelope, for a generated organisation
 *       with its head office and representative: {@link BusinessRegistryJson#decodeAnswer} against {@link
 *       PlainRegistry};
 *   <li>{@code cardCheckAnswerRead}: a {@code KQNhanLichSuKCB2024} answer for a generated citizen and card, with one
 *       earlier check: {@link HealthInsuranceJson#decodeCardCheckAnswer} against {@link PlainCard}.
 * </ul>
 *
 * <p>egov's side is the whole public API: unknown-field bookkeeping, the answer's classification, the tax code checked
 * (registry), gateway-fault recognition on failure only. The baseline keeps strings and numbers as they are. Target:
 * egov ≥ 0.8 × jackson ({@code *_egov / *_jackson}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(JsonFixtures.SIZE)
public class RegistryAndCardBenchmark {

  /** The baseline's records for the registry's answer. */
  public static final class PlainRegistry {
    private PlainRegistry() {}

    /** The envelope. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(@JsonProperty("affectedRows") Integer affectedRows, @JsonProperty("message") String message,
        @JsonProperty("data") Data data) {}

    /** {@code data}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(@JsonProperty("Status") Integer status, @JsonProperty("DataCount") Integer dataCount,
        @JsonProperty("Data") Content content) {}

    /** {@code Data}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Content(@JsonProperty("MainInformation") Main main, @JsonProperty("HOAdress") Office office,
        @JsonProperty("Representatives") List<Rep> representatives) {}

    /** {@code MainInformation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Main(@JsonProperty("ENTERPRISE_ID") Long id, @JsonProperty("ENTERPRISE_CODE") String code,
        @JsonProperty("ENTERPRISE_GDT_CODE") String taxCode, @JsonProperty("NAME") String name,
        @JsonProperty("NAME_F") String foreignName, @JsonProperty("SHORT_NAME") String shortName,
        @JsonProperty("ENTERPRISE_STATUS_ID") Integer statusId,
        @JsonProperty("ENTERPRISE_STATUS_NAME") String statusName,
        @JsonProperty("FOUNDING_DATE") String founded, @JsonProperty("CAPITAL_AMOUNT") BigDecimal capital,
        @JsonProperty("NUMBER_CHANGES") Integer changes) {}

    /** {@code HOAdress}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Office(@JsonProperty("CityName") String city, @JsonProperty("DistrictName") String district,
        @JsonProperty("WardName") String ward, @JsonProperty("StreetNumber") String street) {}

    /** An item of {@code Representatives}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rep(@JsonProperty("FULL_NAME") String name, @JsonProperty("PERS_DOC_NO") String document,
        @JsonProperty("NATIONALITY_NAME") String nationality) {}
  }

  /** The baseline's records for the card check's answer. */
  public static final class PlainCard {
    private PlainCard() {}

    /** The answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(@JsonProperty("maKetQua") String code, @JsonProperty("ghiChu") String note,
        @JsonProperty("maThe") String card, @JsonProperty("hoTen") String name,
        @JsonProperty("ngaySinh") String birthDate, @JsonProperty("gioiTinh") String sex,
        @JsonProperty("maDKBD") String clinic, @JsonProperty("gtTheTu") String from,
        @JsonProperty("gtTheDen") String to, @JsonProperty("maSoBHXH") String social,
        @JsonProperty("dsLichSuKT2018") List<Check> checks) {}

    /** An item of {@code dsLichSuKT2018}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(@JsonProperty("userKT") String user, @JsonProperty("thoiGianKT") String at,
        @JsonProperty("maLoi") String code) {}
  }

  private final BusinessRegistryJson registry = BusinessRegistryJson.get();
  private final HealthInsuranceJson insurance = HealthInsuranceJson.get();

  private byte[][] registryBytes = new byte[0][];
  private byte[][] cardBytes = new byte[0][];
  private ObjectReader registryReader;
  private ObjectReader cardReader;

  /**
   * Writes the fixture with egov and proves that both variants agree on it: egov reads its bytes back equal, without
   * unknown fields, and writes them again the same; the baseline reads egov's bytes and writes the same JSON.
   */
  @Setup
  public void setUp() throws IOException {
    ObjectMapper mapper = JsonFixtures.plainMapper();
    registryReader = mapper.readerFor(PlainRegistry.Answer.class);
    cardReader = mapper.readerFor(PlainCard.Answer.class);
    ObjectWriter plainWriter = mapper.writer();

    OrganisationGenerator firms = OrganisationGenerator.withSeed(0xB12L);
    registryBytes = new byte[JsonFixtures.SIZE][];
    for (int i = 0; i < JsonFixtures.SIZE; i++) {
      RegistryAnswer answer = registryAnswer(firms.organisation(), i);
      byte[] bytes = registry.writeAnswer(answer);
      Decoded<RegistryAnswer> read = registry.decodeAnswer(bytes);
      JsonFixtures.require(read.unknownFields().isEmpty() && read.value().equals(answer),
          "registry answer " + i + ": egov does not read back the answer it wrote");
      JsonFixtures.require(Arrays.equals(bytes, registry.writeAnswer(read)),
          "registry answer " + i + ": egov writes a read answer differently");
      JsonFixtures.requireSameJson("registry answer " + i, bytes,
          plainWriter.writeValueAsBytes(registryReader.readValue(bytes)));
      registryBytes[i] = bytes;
    }

    CitizenGenerator citizens = CitizenGenerator.withSeed(0xCA2DL);
    IdentifierGenerator ids = IdentifierGenerator.withSeed(0xCA2DL);
    cardBytes = new byte[JsonFixtures.SIZE][];
    for (int i = 0; i < JsonFixtures.SIZE; i++) {
      CardCheckAnswer answer = cardAnswer(citizens.citizen(), ids.healthInsuranceCardCode(), i);
      byte[] bytes = insurance.writeCardCheckAnswer(answer);
      Decoded<CardCheckAnswer> read = insurance.decodeCardCheckAnswer(bytes);
      JsonFixtures.require(read.unknownFields().isEmpty() && read.value().equals(answer),
          "card answer " + i + ": egov does not read back the answer it wrote");
      JsonFixtures.require(Arrays.equals(bytes, insurance.writeCardCheckAnswer(read)),
          "card answer " + i + ": egov writes a read answer differently");
      JsonFixtures.requireSameJson("card answer " + i, bytes,
          plainWriter.writeValueAsBytes(cardReader.readValue(bytes)));
      cardBytes[i] = bytes;
    }
  }

  private static RegistryAnswer registryAnswer(Organisation o, int i) {
    RegistryEnterprise main = new RegistryEnterprise((long) i + 1, o.taxIdentifier().format(), o.taxIdentifier(),
        o.name(), o.foreignName(), o.shortName(), new EnterpriseStatus("1", "Đang hoạt động"), null, null,
        "2015-03-12T00:00:00", null, BigDecimal.valueOf(i * 1_000_000L), i % 7);
    Address a = o.address();
    HeadOffice office = a == null ? null
        : new HeadOffice(null, null, null, a.provinceName(), a.districtName(), a.communeName(), a.detail(), null);
    LegalRepresentative r = o.legalRepresentative();
    List<Representative> reps = r == null ? List.of()
        : List.of(new Representative(r.name().fullName(), null,
            r.personalId() == null ? null : r.personalId().format(), null, null, null, null, null, "Việt Nam"));
    return new RegistryAnswer(RegistryAnswer.Shape.ENVELOPE,
        new AnswerStatus(AnswerStatus.Outcome.SUCCESS, ResultCode.ofNumber(1), "Thành công", null), 1, 1, main,
        office, reps, false);
  }

  private static CardCheckAnswer cardAnswer(Citizen c, HealthInsuranceCardCode card, int i) {
    return new CardCheckAnswer(AnswerStatus.success(ResultCode.of("000"), "Thẻ còn giá trị sử dụng"), card.format(),
        c.name().fullName(), c.birthDate().year().isPresent() ? Integer.toString(c.birthDate().year().getAsInt())
            : null, null, i % 2 == 0 ? "Nam" : "Nữ", "01001", null, "01/01/2026", "31/12/2026", null, null,
        card.socialInsuranceNumber().format(), null, null, null, null, null,
        List.of(new CheckLog("kiemtra", "202611020825", null, "000")));
  }

  @Benchmark
  public void registryAnswerRead_egov(Blackhole bh) {
    for (byte[] b : registryBytes) {
      bh.consume(registry.decodeAnswer(b));
    }
  }

  @Benchmark
  public void registryAnswerRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : registryBytes) {
      bh.consume(registryReader.<PlainRegistry.Answer>readValue(b));
    }
  }

  @Benchmark
  public void cardCheckAnswerRead_egov(Blackhole bh) {
    for (byte[] b : cardBytes) {
      bh.consume(insurance.decodeCardCheckAnswer(b));
    }
  }

  @Benchmark
  public void cardCheckAnswerRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : cardBytes) {
      bh.consume(cardReader.<PlainCard.Answer>readValue(b));
    }
  }
}
