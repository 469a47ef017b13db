package dev.egov.benchmarks.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.egov.json.CanonicalJson;
import java.io.ByteArrayOutputStream;
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
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * Jackson 3's streaming layer against Jackson 2's, on egov's canonical JSON, in the same run: what a wire kernel on
 * {@code jackson-core} (rather than databind) would stand on with either line
 * ({@code docs/adr/0002-jackson-2-line.md}).
 * Same fixture as {@link CanonicalJsonBenchmark}: the bytes egov writes for {@value JsonFixtures#SIZE} generated
 * citizens and dossiers; one operation reads or writes one record.
 *
 * <ul>
 *   <li>{@code *Tokens_*}: a parser over the record's bytes, every token pulled, every name and string read as a
 *       {@code String}, every number as a {@code long} (what a hand-written reader does before it builds values);
 *   <li>{@code *Generate_*}: a generator writing the record's token sequence (recorded once in {@code @Setup}) to a
 *       byte array.
 * </ul>
 *
 * <p>Variants: {@code jackson} is {@code com.fasterxml.jackson.core} 2.x, {@code jackson3} is {@code
 * tools.jackson.core} 3.x, each with its factory's defaults. Read {@code jackson3 / jackson}; no target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@OperationsPerInvocation(JsonFixtures.SIZE)
public class Jackson3StreamingBenchmark {

  private static final byte START_OBJECT = 0;
  private static final byte END_OBJECT = 1;
  private static final byte START_ARRAY = 2;
  private static final byte END_ARRAY = 3;
  private static final byte NAME = 4;
  private static final byte STRING = 5;
  private static final byte NUMBER = 6;
  private static final byte TRUE = 7;
  private static final byte FALSE = 8;
  private static final byte NULL = 9;

  /** One record's tokens, recorded once: kinds, and the text or number of each. */
  private record Script(byte[] kinds, String[] texts, long[] numbers) {}

  private final JsonFactory factory2 = new JsonFactory();
  private final tools.jackson.core.json.JsonFactory factory3 = new tools.jackson.core.json.JsonFactory();

  private byte[][] citizenBytes = new byte[0][];
  private byte[][] dossierBytes = new byte[0][];
  private Script[] citizenScripts = new Script[0];
  private Script[] dossierScripts = new Script[0];

  /**
   * Serialises the fixture with egov, records each record's tokens, and proves that both lines agree: the same
   * token digest when reading, and the very bytes egov wrote when generating.
   */
  @Setup
  public void setUp() throws IOException {
    CanonicalJson json = CanonicalJson.get();
    citizenBytes = JsonFixtures.citizens().stream().map(json::write).toArray(byte[][]::new);
    dossierBytes = JsonFixtures.dossiers().stream().map(json::write).toArray(byte[][]::new);
    JsonFixtures.require(citizenBytes.length == JsonFixtures.SIZE && dossierBytes.length == JsonFixtures.SIZE,
        "the generators gave fewer records than " + JsonFixtures.SIZE);
    citizenScripts = new Script[citizenBytes.length];
    dossierScripts = new Script[dossierBytes.length];
    for (int i = 0; i < JsonFixtures.SIZE; i++) {
      citizenScripts[i] = record(citizenBytes[i]);
      dossierScripts[i] = record(dossierBytes[i]);
      check("citizen " + i, citizenBytes[i], citizenScripts[i]);
      check("dossier " + i, dossierBytes[i], dossierScripts[i]);
    }
  }

  private void check(String what, byte[] bytes, Script script) throws IOException {
    JsonFixtures.require(read2(bytes) == read3(bytes), what + ": the two parsers read different tokens");
    JsonFixtures.require(Arrays.equals(bytes, generate2(script)), what + ": Jackson 2 generates other bytes");
    JsonFixtures.require(Arrays.equals(bytes, generate3(script)), what + ": Jackson 3 generates other bytes");
  }

  private Script record(byte[] bytes) throws IOException {
    List<Byte> kinds = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Long> numbers = new ArrayList<>();
    try (JsonParser p = factory2.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        byte kind;
        String text = null;
        long number = 0;
        switch (t) {
          case START_OBJECT -> kind = START_OBJECT;
          case END_OBJECT -> kind = END_OBJECT;
          case START_ARRAY -> kind = START_ARRAY;
          case END_ARRAY -> kind = END_ARRAY;
          case FIELD_NAME -> { kind = NAME; text = p.currentName(); }
          case VALUE_STRING -> { kind = STRING; text = p.getText(); }
          case VALUE_NUMBER_INT -> { kind = NUMBER; number = p.getLongValue(); }
          case VALUE_TRUE -> kind = TRUE;
          case VALUE_FALSE -> kind = FALSE;
          case VALUE_NULL -> kind = NULL;
          default -> throw new IllegalStateException("unexpected token in canonical JSON: " + t);
        }
        kinds.add(kind);
        texts.add(text);
        numbers.add(number);
      }
    }
    byte[] k = new byte[kinds.size()];
    long[] n = new long[numbers.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = kinds.get(i);
      n[i] = numbers.get(i);
    }
    return new Script(k, texts.toArray(new String[0]), n);
  }

  private long read2(byte[] bytes) throws IOException {
    long digest = 0;
    try (JsonParser p = factory2.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> digest = digest * 31 + p.currentName().length();
          case VALUE_STRING -> digest = digest * 31 + p.getText().length();
          case VALUE_NUMBER_INT -> digest = digest * 31 + p.getLongValue();
          default -> digest = digest * 31 + t.ordinal();
        }
      }
    }
    return digest;
  }

  private long read3(byte[] bytes) {
    long digest = 0;
    try (tools.jackson.core.JsonParser p = factory3.createParser(ObjectReadContext.empty(), bytes)) {
      for (tools.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case PROPERTY_NAME -> digest = digest * 31 + p.currentName().length();
          case VALUE_STRING -> digest = digest * 31 + p.getString().length();
          case VALUE_NUMBER_INT -> digest = digest * 31 + p.getLongValue();
          default -> digest = digest * 31 + ordinal2(t);
        }
      }
    }
    return digest;
  }

  /** The Jackson 2 ordinal of a Jackson 3 token, so that both digests agree. */
  private static int ordinal2(tools.jackson.core.JsonToken t) {
    return switch (t) {
      case START_OBJECT -> JsonToken.START_OBJECT.ordinal();
      case END_OBJECT -> JsonToken.END_OBJECT.ordinal();
      case START_ARRAY -> JsonToken.START_ARRAY.ordinal();
      case END_ARRAY -> JsonToken.END_ARRAY.ordinal();
      case VALUE_TRUE -> JsonToken.VALUE_TRUE.ordinal();
      case VALUE_FALSE -> JsonToken.VALUE_FALSE.ordinal();
      case VALUE_NULL -> JsonToken.VALUE_NULL.ordinal();
      default -> throw new IllegalStateException("unexpected token in canonical JSON: " + t);
    };
  }

  private byte[] generate2(Script s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = factory2.createGenerator(out)) {
      for (int i = 0; i < s.kinds.length; i++) {
        switch (s.kinds[i]) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case NAME -> g.writeFieldName(s.texts[i]);
          case STRING -> g.writeString(s.texts[i]);
          case NUMBER -> g.writeNumber(s.numbers[i]);
          case TRUE -> g.writeBoolean(true);
          case FALSE -> g.writeBoolean(false);
          default -> g.writeNull();
        }
      }
    }
    return out.toByteArray();
  }

  private byte[] generate3(Script s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (tools.jackson.core.JsonGenerator g = factory3.createGenerator(ObjectWriteContext.empty(), out)) {
      for (int i = 0; i < s.kinds.length; i++) {
        switch (s.kinds[i]) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case NAME -> g.writeName(s.texts[i]);
          case STRING -> g.writeString(s.texts[i]);
          case NUMBER -> g.writeNumber(s.numbers[i]);
          case TRUE -> g.writeBoolean(true);
          case FALSE -> g.writeBoolean(false);
          default -> g.writeNull();
        }
      }
    }
    return out.toByteArray();
  }

  @Benchmark
  public void citizenTokens_jackson(Blackhole bh) throws IOException {
    for (byte[] b : citizenBytes) {
      bh.consume(read2(b));
    }
  }

  @Benchmark
  public void citizenTokens_jackson3(Blackhole bh) {
    for (byte[] b : citizenBytes) {
      bh.consume(read3(b));
    }
  }

  @Benchmark
  public void dossierTokens_jackson(Blackhole bh) throws IOException {
    for (byte[] b : dossierBytes) {
      bh.consume(read2(b));
    }
  }

  @Benchmark
  public void dossierTokens_jackson3(Blackhole bh) {
    for (byte[] b : dossierBytes) {
      bh.consume(read3(b));
    }
  }

  @Benchmark
  public void citizenGenerate_jackson(Blackhole bh) throws IOException {
    for (Script s : citizenScripts) {
      bh.consume(generate2(s));
    }
  }

  @Benchmark
  public void citizenGenerate_jackson3(Blackhole bh) {
    for (Script s : citizenScripts) {
      bh.consume(generate3(s));
    }
  }

  @Benchmark
  public void dossierGenerate_jackson(Blackhole bh) throws IOException {
    for (Script s : dossierScripts) {
      bh.consume(generate2(s));
    }
  }

  @Benchmark
  public void dossierGenerate_jackson3(Blackhole bh) {
    for (Script s : dossierScripts) {
      bh.consume(generate3(s));
    }
  }
}
