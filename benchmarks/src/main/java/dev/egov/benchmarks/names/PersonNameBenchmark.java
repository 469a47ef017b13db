package dev.egov.benchmarks.names;

import dev.egov.model.TextLimitExceededException;
import dev.egov.model.TextLimits;
import dev.egov.model.person.PersonName;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PersonName#parse} costs time linear in the text's length up to the {@linkplain TextLimits text limits}, for
 * every kind of input, the worst the limits allow included; past them it refuses the text at once.
 *
 * <p><b>Case {@code name}</b>, over texts of {@code length} 10, 100 and 1,000 characters (the default length limit):
 *
 * <ul>
 *   <li>{@code PLAIN}: Vietnamese names in NFC, as most systems send them (the path that needs no normalisation);
 *   <li>{@code DECOMPOSED}: the same names in NFD, as macOS and iOS input methods type them (every syllable is
 *       normalised);
 *   <li>{@code MARKS}: the worst the limits allow, a capital letter followed by 30 combining marks (the default limit of marks
 *       in a row), alternating two marks of different combining classes so that the normaliser must reorder them, again
 *       and again.
 * </ul>
 *
 * <p>Variants: {@code parse} ({@code PersonName.parse(text)}) and the baseline {@code lowerCase} ({@code
 * text.toLowerCase(Locale.ROOT)} over the same text: one linear pass that copies the text, the least any text
 * normalisation does). Cost linear in length means that {@code parse / lowerCase} stays the same from 10 to 1,000
 * characters, and so does {@code parse}'s time per character.
 *
 * <p><b>Case {@code singleRun}</b>, a letter followed by one run of {@code length − 1} marks, of {@code length} 100,
 * 1,000 and 10,000 (what the limits forbid): {@code jdk}, {@code Normalizer.normalize} to NFC, whose cost grows with
 * the square of the run (what {@code parse} cost before the limits), and {@code egov}, {@code PersonName.parse}
 * refusing it, which costs at most one pass over 31 characters (100, 1,000: too many marks in a row) or nothing at all
 * (10,000: too long).
 *
 * <p>Target: the {@code name} ratios at 1,000 characters within 1.5× of those at 100, for each input (average time:
 * lower is better).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class PersonNameBenchmark {

  /** Names whose words make the {@code PLAIN} and {@code DECOMPOSED} texts: every tone, đ, ư and ơ. */
  private static final String NAMES = "Nguyễn Thị Ánh Tuyết Đặng Hoàng Yến Trương Ngọc Ẩn Phạm Quốc Bảo "
      + "Lê Thị Thu Hương Võ Văn Kiệt Huỳnh Thị Mỹ Dung Tôn Nữ Diệp Hồ Quỳnh Hương ";

  /** Two combining marks of different combining classes (above 230, below 220): the normaliser reorders them. */
  private static final String MARK_PAIR = "\u0301\u0316";

  /** The texts of case {@code name}. */
  @State(Scope.Benchmark)
  public static class Names {

    /** Characters in the text. */
    @Param({"10", "100", "1000"})
    public int length;

    /** What the text is made of. */
    @Param({"PLAIN", "DECOMPOSED", "MARKS"})
    public String input;

    String text = "";

    /** Builds the text and proves that {@code parse} accepts it and does the work the case says. */
    @Setup
    public void setUp() {
      text = text(input, length);
      if (text.length() != length) {
        throw new IllegalStateException(input + ": built " + text.length() + " characters, not " + length);
      }
      TextLimits.defaults().check(text, input);
      PersonName name = PersonName.parse(text);
      String expected = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
      if (!name.fullName().equals(expected)) {
        throw new IllegalStateException(input + ": parse did not keep the text in NFC");
      }
      boolean normalises = !Normalizer.isNormalized(text, Normalizer.Form.NFC);
      if (normalises == input.equals("PLAIN")) {
        throw new IllegalStateException(input + ": the text is " + (normalises ? "not " : "") + "in NFC");
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower == text || lower.length() != length) {
        throw new IllegalStateException(input + ": lower-casing does not copy the text, the baseline's work");
      }
    }
  }

  /** The text of case {@code singleRun}: a letter and one run of marks, longer than the limits allow. */
  @State(Scope.Benchmark)
  public static class SingleRun {

    /** Characters in the text. */
    @Param({"100", "1000", "10000"})
    public int length;

    String text = "";

    /** Builds the text and proves that egov refuses it and that the JDK normalises the whole run. */
    @Setup
    public void setUp() {
      text = "B" + MARK_PAIR.repeat(length / 2 + 1).substring(0, length - 1);
      boolean refused = false;
      try {
        PersonName.parse(text);
      } catch (TextLimitExceededException e) {
        refused = true;
      }
      if (!refused) {
        throw new IllegalStateException("a run of " + (length - 1) + " marks was not refused");
      }
      if (Normalizer.normalize(text, Normalizer.Form.NFC).length() != length) {
        throw new IllegalStateException("the marks composed: the run is not what the case measures");
      }
    }
  }

  static String text(String input, int length) {
    switch (input) {
      case "PLAIN":
        return fill(NAMES, length);
      case "DECOMPOSED":
        return fill(Normalizer.normalize(NAMES, Normalizer.Form.NFD), length);
      case "MARKS": {
        int run = TextLimits.DEFAULT_MAX_COMBINING_MARKS;
        String group = "B" + MARK_PAIR.repeat(run / 2);
        return group.repeat(length / group.length() + 1).substring(0, length);
      }
      default:
        throw new IllegalArgumentException("Unknown input " + input);
    }
  }

  /**
   * {@code words} repeated to {@code length} characters, ending on a letter (a trailing space would be trimmed, and
   * a cut between a letter and its marks is still a valid text).
   */
  private static String fill(String words, int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      out.append(words);
    }
    out.setLength(length);
    for (int i = length - 1; i >= 0 && out.charAt(i) == ' '; i--) {
      out.setCharAt(i, 'a');
    }
    return out.toString();
  }

  @Benchmark
  public PersonName name_parse(Names names) {
    return PersonName.parse(names.text);
  }

  @Benchmark
  public String name_lowerCase(Names names) {
    return names.text.toLowerCase(Locale.ROOT);
  }

  @Benchmark
  public String singleRun_jdk(SingleRun run) {
    return Normalizer.normalize(run.text, Normalizer.Form.NFC);
  }

  @Benchmark
  public Object singleRun_egov(SingleRun run) {
    try {
      return PersonName.parse(run.text);
    } catch (TextLimitExceededException e) {
      return e;
    }
  }
}
