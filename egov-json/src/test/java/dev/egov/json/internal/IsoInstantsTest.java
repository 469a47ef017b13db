package dev.egov.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

  private static final long YEAR_0000 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-11-16T02:00:00Z", "2024-02-29T23:59:59Z",
      "2000-02-29T12:00:00.100Z", "1900-03-01T00:00:00.000001Z", "1969-12-31T23:59:59.999999999Z",
      "0000-01-01T00:00:00Z", "0000-02-29T00:00:00Z", "9999-12-31T23:59:59.999Z", "2026-01-05T07:30:00.120Z"})
  void formatAndParse_edgeInstants_areWhatJavaTimeWritesAndReads(String text) {
    Instant instant = Instant.parse(text);

    assertThat(format(instant)).isEqualTo(instant.toString());
    assertThat(parse(instant.toString())).isEqualTo(instant);
  }

  @Test
  void formatAndParse_randomInstantsOfYears0000To9999_areWhatJavaTimeWritesAndReads() {
    SplittableRandom random = new SplittableRandom(20261207L);
    for (int i = 0; i < 200_000; i++) {
      long second = random.nextLong(YEAR_0000, YEAR_10000);
      int nano;
      switch (i % 4) {
        case 0: nano = 0; break;
        case 1: nano = random.nextInt(1000) * 1_000_000; break;
        case 2: nano = random.nextInt(1_000_000) * 1_000; break;
        default: nano = random.nextInt(1_000_000_000); break;
      }
      Instant instant = Instant.ofEpochSecond(second, nano);
      String text = instant.toString();

      assertThat(format(instant)).isEqualTo(text);
      assertThat(parse(text)).isEqualTo(instant);
    }
  }

  @Test
  void parse_fractionsOfAnyLength_readAsJavaTimeReadsThem() {
    String base = "2026-11-16T02:00:00";
    String digits = "123456789";
    for (int n = 1; n <= 9; n++) {
      String text = base + "." + digits.substring(0, n) + "Z";
      assertThat(parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void format_yearsOutside0000To9999_areLeftToJavaTime() {
    assertThat(IsoInstants.format(Instant.ofEpochSecond(YEAR_10000), new char[IsoInstants.MAX_LENGTH])).isEqualTo(-1);
    assertThat(IsoInstants.format(Instant.ofEpochSecond(YEAR_0000 - 1), new char[IsoInstants.MAX_LENGTH]))
        .isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026-11-16", "2026-11-16T02:00Z", "2026-11-16T02:00:00", "2026-11-16t02:00:00Z",
      "2026-11-16T02:00:00z", " 2026-11-16T02:00:00Z", "2026-11-16T02:00:00Z ", "2026-11-16T02:00:00+07:00",
      "2026-11-16T02:00:00.Z", "2026-11-16T02:00:00.1234567890Z", "2026-11-16T02:00:00,5Z", "2026-02-29T00:00:00Z",
      "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-11-00T00:00:00Z",
      "2026-11-16T24:00:00Z", "2026-11-16T23:60:00Z", "2016-12-31T23:59:60Z", "+2026-11-16T02:00:00Z",
      "20x6-11-16T02:00:00Z", "2026-1a-16T02:00:00Z", "2026-11-16T02:00:0xZ", "2026-11-16T02:00:00.12a4Z",
      "1763258400", "-001-11-16T02:00:00Z"})
  void parse_anyOtherForm_isLeftToJavaTime(String text) {
    assertThat(parse(text)).isNull();
  }

  private static String format(Instant instant) {
    char[] out = new char[IsoInstants.MAX_LENGTH];
    int length = IsoInstants.format(instant, out);
    return new String(out, 0, length);
  }

  private static Instant parse(String text) {
    // Inside a larger buffer, as a parser hands them over.
    char[] buffer = ("{\"x\":\"" + text + "\"}").toCharArray();
    return IsoInstants.parse(buffer, 6, text.length());
  }
}
