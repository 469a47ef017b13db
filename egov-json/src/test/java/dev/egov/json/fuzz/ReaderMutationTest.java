package dev.egov.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.egov.json.ReadLimits;
import dev.egov.json.fuzz.EveryReader.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutated goldens (bit flips, bytes inserted and deleted, slices of this or another golden spliced in, truncation)
 * fed to every reader: the only failure is a {@link dev.egov.json.JsonDecodingException} with a reason, and nothing
 * prints a planted value. The run is seeded and modest by default (a few thousand inputs, seconds); before a release
 * run it longer with {@code -Degov.fuzz.count=200000} (and another {@code -Degov.fuzz.seed}), as CONTRIBUTING.md
 * says. A failing input is reported in Base64 with its seed and index: add it to {@code fuzz/corpus/} with its fix.
 */
class ReaderMutationTest {

  private static final long SEED = Long.getLong("egov.fuzz.seed", 20261207L);
  private static final int COUNT = Integer.getInteger("egov.fuzz.count", 3000);

  /** Bytes that matter to the grammars: structure, quotes, escapes, digits and exponents, markup, the marker. */
  private static final byte[][] TOKENS = {
      bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes(":"), bytes(","), bytes("\""), bytes("\\"),
      bytes("\\u00"), bytes("null"), bytes("true"), bytes("0"), bytes("-"), bytes("e-2147483648"), bytes("1e999"),
      bytes("<"), bytes(">"), bytes("</"), bytes("/>"), bytes("&amp;"), bytes("&"), bytes("<![CDATA["),
      bytes("<!DOCTYPE a [<!ENTITY e \"x\">]>"), bytes("\"\":"), bytes("\"" + EveryReader.MARKER + "\""),
      new byte[] {0}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}};

  @Test
  void mutatedGoldensFailOnlyWithJsonDecodingException() {
    List<byte[]> goldens = new ArrayList<>(FuzzInputs.goldens().values());
    List<Reader> readers = new ArrayList<>(EveryReader.all(false, ReadLimits.defaults()));
    readers.addAll(EveryReader.all(true, ReadLimits.defaults())); // and with egov's own checks, as under an old Jackson
    List<String> broken = assertTimeoutPreemptively(Duration.ofMinutes(COUNT > 10_000 ? 600 : 2), () -> {
      SplittableRandom random = new SplittableRandom(SEED);
      List<String> found = new ArrayList<>();
      for (int i = 0; i < COUNT && found.size() < 10; i++) {
        byte[] input = mutate(goldens, random);
        for (Reader reader : readers) {
          String violation = EveryReader.violation(reader, input);
          if (violation != null) {
            found.add((readers.indexOf(reader) >= readers.size() / 2 ? "own checks, " : "") + "seed " + SEED + ", input " + i + " (" + Base64.getEncoder().encodeToString(input) + "): "
                + violation);
          }
        }
      }
      return found;
    });
    assertThat(broken).isEmpty();
  }

  @Test
  void mutatorIsDeterministicForASeed() {
    List<byte[]> goldens = new ArrayList<>(FuzzInputs.goldens().values());
    SplittableRandom a = new SplittableRandom(7);
    SplittableRandom b = new SplittableRandom(7);
    for (int i = 0; i < 50; i++) {
      assertThat(mutate(goldens, a)).isEqualTo(mutate(goldens, b));
    }
  }

  /** One to four mutations of a golden chosen at random. */
  static byte[] mutate(List<byte[]> goldens, SplittableRandom random) {
    byte[] out = goldens.get(random.nextInt(goldens.size()));
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int at = out.length == 0 ? 0 : random.nextInt(out.length + 1);
      switch (random.nextInt(7)) {
        case 0: // flip one bit
          if (out.length > 0) {
            out = out.clone();
            int i = Math.min(at, out.length - 1);
            out[i] = (byte) (out[i] ^ (1 << random.nextInt(8)));
          }
          break;
        case 1: // insert a random byte
          out = splice(out, at, at, new byte[] {(byte) random.nextInt(256)});
          break;
        case 2: // delete a run of bytes
          out = splice(out, at, Math.min(out.length, at + 1 + random.nextInt(16)), new byte[0]);
          break;
        case 3: // insert a token of the grammars
          out = splice(out, at, at, TOKENS[random.nextInt(TOKENS.length)]);
          break;
        case 4: { // splice in a slice of this or another golden
          byte[] from = goldens.get(random.nextInt(goldens.size()));
          int start = random.nextInt(from.length);
          int end = Math.min(from.length, start + 1 + random.nextInt(64));
          out = splice(out, at, at, Arrays.copyOfRange(from, start, end));
          break;
        }
        case 5: // duplicate a slice in place (repeated fields, elements)
          if (out.length > 0) {
            int start = Math.min(at, out.length - 1);
            int end = Math.min(out.length, start + 1 + random.nextInt(128));
            out = splice(out, end, end, Arrays.copyOfRange(out, start, end));
          }
          break;
        default: // truncate
          out = Arrays.copyOf(out, Math.min(at, out.length));
          break;
      }
    }
    return out;
  }

  private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
    byte[] out = new byte[in.length - (to - from) + insert.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(in, to, out, from + insert.length, in.length - to);
    return out;
  }

  private static byte[] bytes(String text) {
    return FuzzInputs.utf8(text);
  }
}
