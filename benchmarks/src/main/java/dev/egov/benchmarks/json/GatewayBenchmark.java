package dev.egov.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.egov.json.Decoded;
import dev.egov.json.gateway.GatewayJson;
import dev.egov.json.gateway.LgspAccessToken;
import dev.egov.json.gateway.TokenAnswer;
import dev.egov.json.gateway.XRoadError;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
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
 * The gateways' messages against raw Jackson databind on plain records of the wire shape, from the same bytes; one
 * operation reads one message of the {@value JsonFixtures#SIZE} made in setup.
 *
 * <ul>
 *   <li>{@code tokenAnswerRead} (WSO2 API Manager): a token answer {@code {access_token, token_type, expires_in,
 *       scope}}: {@link GatewayJson#decodeTokenAnswer} against {@link PlainToken};
 *   <li>{@code lgspTokenDecode} (VNPT LGSP): an {@code lgspaccesstoken} header, Base64 then JSON: {@link
 *       LgspAccessToken#decode} against Base64 and {@link PlainLgsp};
 *   <li>{@code xRoadErrorRead} (X-Road): a security server's error {@code {type, message, detail}}, checked against
 *       its {@code X-Road-Error} header: {@link GatewayJson#decodeXRoadError} against {@link PlainXRoadError}.
 * </ul>
 *
 * <p>egov's side is the whole public API: unknown-field bookkeeping, the answer's classification, gateway-fault
 * recognition on failure only, typed errors. Target: egov ≥ 0.8 × jackson ({@code *_egov / *_jackson}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(JsonFixtures.SIZE)
public class GatewayBenchmark {

  /** The baseline's token answer. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainToken(@JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") Long expiresIn,
      @JsonProperty("scope") String scope) {}

  /** The baseline's LGSP token. */
  public record PlainLgsp(@JsonProperty("AccessKey") String accessKey, @JsonProperty("SecretKey") String secretKey,
      @JsonProperty("AppName") String appName, @JsonProperty("PartnerCode") String partnerCode,
      @JsonProperty("PartnerCodeCus") String partnerCodeCus) {}

  /** The baseline's X-Road error. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainXRoadError(@JsonProperty("type") String type, @JsonProperty("message") String message,
      @JsonProperty("detail") String detail) {}

  private static final String[] TYPES = {
    "Server.ServerProxy.NetworkError", "Server.ClientProxy.OutdatedGlobalConf", "Client.BadRequest",
    "Server.ServerProxy.DatabaseError"};

  private final GatewayJson gateways = GatewayJson.get();

  private byte[][] tokenBytes = new byte[0][];
  private String[] lgspHeaders = new String[0];
  private byte[][] errorBytes = new byte[0][];
  private String[] errorHeaders = new String[0];
  private ObjectReader tokenReader;
  private ObjectReader lgspReader;
  private ObjectReader errorReader;

  /**
   * Writes the fixture with egov and proves that both variants agree on it: egov reads its bytes back equal, without
   * unknown fields, and writes them again the same; the baseline reads egov's bytes and writes the same JSON.
   */
  @Setup
  public void setUp() throws IOException {
    ObjectMapper mapper = JsonFixtures.plainMapper();
    tokenReader = mapper.readerFor(PlainToken.class);
    lgspReader = mapper.readerFor(PlainLgsp.class);
    errorReader = mapper.readerFor(PlainXRoadError.class);
    ObjectWriter plainWriter = mapper.writer();
    java.util.Random random = new java.util.Random(0x6A7EL);

    tokenBytes = new byte[JsonFixtures.SIZE][];
    lgspHeaders = new String[JsonFixtures.SIZE];
    errorBytes = new byte[JsonFixtures.SIZE][];
    errorHeaders = new String[JsonFixtures.SIZE];
    for (int i = 0; i < JsonFixtures.SIZE; i++) {
      TokenAnswer token = TokenAnswer.issued(new UUID(random.nextLong(), random.nextLong()).toString(), "Bearer",
          3600L - i, "default");
      byte[] bytes = gateways.writeTokenAnswer(token);
      Decoded<TokenAnswer> read = gateways.decodeTokenAnswer(bytes);
      JsonFixtures.require(read.unknownFields().isEmpty() && read.value().equals(token),
          "token answer " + i + ": egov does not read back the answer it wrote");
      JsonFixtures.require(Arrays.equals(bytes, gateways.writeTokenAnswer(read)),
          "token answer " + i + ": egov writes a read answer differently");
      JsonFixtures.requireSameJson("token answer " + i, bytes,
          plainWriter.writeValueAsBytes(tokenReader.readValue(bytes)));
      tokenBytes[i] = bytes;

      LgspAccessToken lgsp = new LgspAccessToken(Long.toHexString(random.nextLong()),
          Long.toHexString(random.nextLong()), "MOTCUA_" + i, "000.00." + (10 + i) + ".H29", i % 2 == 0 ? "" : "KH" + i);
      String header = lgsp.encode();
      JsonFixtures.require(LgspAccessToken.decode(header).equals(lgsp), "lgsp token " + i + ": not read back");
      byte[] json = Base64.getDecoder().decode(header);
      JsonFixtures.requireSameJson("lgsp token " + i, json,
          plainWriter.writeValueAsBytes(lgspReader.readValue(json)));
      lgspHeaders[i] = header;

      XRoadError error = new XRoadError(TYPES[i % TYPES.length], "Security server error number " + i,
          new UUID(random.nextLong(), random.nextLong()).toString());
      byte[] body = gateways.writeXRoadError(error);
      Decoded<XRoadError> readError = gateways.decodeXRoadError(error.type(), body);
      JsonFixtures.require(readError.unknownFields().isEmpty() && readError.value().equals(error),
          "x-road error " + i + ": egov does not read back the error it wrote");
      JsonFixtures.requireSameJson("x-road error " + i, body,
          plainWriter.writeValueAsBytes(errorReader.readValue(body)));
      errorBytes[i] = body;
      errorHeaders[i] = error.type();
    }
  }

  @Benchmark
  public void tokenAnswerRead_egov(Blackhole bh) {
    for (byte[] b : tokenBytes) {
      bh.consume(gateways.decodeTokenAnswer(b));
    }
  }

  @Benchmark
  public void tokenAnswerRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : tokenBytes) {
      bh.consume(tokenReader.<PlainToken>readValue(b));
    }
  }

  @Benchmark
  public void lgspTokenDecode_egov(Blackhole bh) {
    for (String h : lgspHeaders) {
      bh.consume(LgspAccessToken.decode(h));
    }
  }

  @Benchmark
  public void lgspTokenDecode_jackson(Blackhole bh) throws IOException {
    for (String h : lgspHeaders) {
      bh.consume(lgspReader.<PlainLgsp>readValue(Base64.getDecoder().decode(h)));
    }
  }

  @Benchmark
  public void xRoadErrorRead_egov(Blackhole bh) {
    for (int i = 0; i < errorBytes.length; i++) {
      bh.consume(gateways.decodeXRoadError(errorHeaders[i], errorBytes[i]));
    }
  }

  @Benchmark
  public void xRoadErrorRead_jackson(Blackhole bh) throws IOException {
    for (byte[] b : errorBytes) {
      bh.consume(errorReader.<PlainXRoadError>readValue(b));
    }
  }
}
