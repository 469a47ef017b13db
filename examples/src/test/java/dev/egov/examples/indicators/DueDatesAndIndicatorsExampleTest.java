package dev.egov.examples.indicators;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.indicators.IndicatorCalculator;
import dev.egov.model.indicators.IndicatorReport;
import dev.egov.model.indicators.IndicatorRow;
import dev.egov.model.indicators.OnTimeOutcome;
import dev.egov.model.indicators.Rate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(60)
class DueDatesAndIndicatorsExampleTest {


  private static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  private static String run(Clock clock, DueDatesAndIndicators.Output[] output) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    output[0] = DueDatesAndIndicators.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_asOfQuarterEnd_printsTheTetDueDateAndTheReportOfAllTenThousandDossiers() {
    DueDatesAndIndicators.Output[] output = new DueDatesAndIndicators.Output[1];
    Instant end = vn("2026-04-01T00:00");

    String text = run(Clock.fixed(end, VIETNAM), output);

    // Fri 13 Feb 10:00 + 24 working hours: 5 h on Friday, closed Sat 14 to Sun 22 (Tết Bính Ngọ, TB 9441/TB-BNV),
    // 8 h Mon 23, 8 h Tue 24, 3 h Wed 25 from 07:00.
    assertThat(output[0].dueDate()).isEqualTo(vn("2026-02-25T10:00"));
    assertThat(text)
        .contains("Received 2026-02-13T10:00 (Friday before Tết), 3 working days: due 2026-02-25T10:00 (WEDNESDAY)")
        .contains("2026-02-16 MONDAY: LUNAR_NEW_YEAR, HOLIDAY")
        .contains("2026-02-20 FRIDAY: LUNAR_NEW_YEAR, HOLIDAY")
        .contains("2026-02-14 SATURDAY: weekly rest day")
        .contains("Received 2026-02-13T17:30 (after closing): due 2026-02-26T07:00 with whole days keeping the clock "
            + "time (KEEP_CLOCK_TIME, the default), 2026-02-25T17:00 with working hours (WORKING_HOURS)")
        .doesNotContain(": working day");

    IndicatorReport report = output[0].report();
    assertThat(report.periodEnd()).isEqualTo(end);
    assertThat(report.overall().dossiers()).isEqualTo(DueDatesAndIndicators.DOSSIERS);
    assertThat(report.outsidePeriod()).isZero();
    assertThat(report.undated().total()).isZero();
    assertThat(text)
        .contains("QĐ 766 indicators of 10000 generated dossiers (seed 20260213), as of 2026-04-01T00:00: "
            + "10000 in the period, 0 after it")
        .contains(report.toTable(Locale.ENGLISH));
    assertRecomputedIndependently(report, DueDatesAndIndicators.calculator(end));
  }

  @Test
  void commandLine_noArgument_englishThroughout_tableAligned() {
    Streams streams = new Streams();

    int status = DueDatesAndIndicators.run(List.of(), streams.out, streams.err);

    assertThat(status).isZero();
    assertThat(streams.err()).isEmpty();
    String text = streams.out();
    assertThat(text)
        .contains("Received 2026-02-13T10:00 (Friday before Tết), 3 working days: due ")
        .contains("QĐ 766 indicators of 10000 generated dossiers (seed 20260213), as of 2026-04-01T00:00")
        .contains("\n  Indicator ").contains("\nOverall: 10000 dossiers in the period, ")
        .contains("\n  2.2 Processing time (working hours) ")
        .doesNotContain("hồ sơ").doesNotContain("Tổng").doesNotContain("Cơ quan").doesNotContain("Thủ tục");
    assertAligned(text);
  }

  @Test
  void commandLine_vietnameseAndADate_vietnameseThroughout_asOfThatDay() {
    Streams streams = new Streams();

    int status = DueDatesAndIndicators.run(List.of("--lang=vi", "2026-02-15"), streams.out, streams.err);

    assertThat(status).isZero();
    assertThat(streams.err()).isEmpty();
    String text = streams.out();
    assertThat(text)
        .contains("Tiếp nhận 2026-02-13T10:00 (thứ Sáu trước Tết), 3 ngày làm việc: hẹn trả ")
        .contains("2026-02-16 thứ Hai: Tết Âm lịch, ngày lễ")
        .contains("2026-02-14 thứ Bảy: nghỉ hằng tuần")
        .contains("Chỉ số QĐ 766 của 10000 hồ sơ giả lập (seed 20260213), tính đến 2026-02-15T00:00: ")
        .contains("\n  Chỉ số ").contains("\nTổng: ").contains("\n  2.2 Thời gian giải quyết (giờ làm việc) ")
        .doesNotContain("Received").doesNotContain("indicators").doesNotContain("weekly")
        .doesNotContain("LUNAR_NEW_YEAR").doesNotContain("MONDAY").doesNotContain("Overall").doesNotContain("Agency");
    assertAligned(text);
  }

  @Test
  void commandLine_help_usageOnStandardOutput() {
    Streams streams = new Streams();

    int status = DueDatesAndIndicators.run(List.of("--help"), streams.out, streams.err);

    assertThat(status).isZero();
    assertThat(streams.err()).isEmpty();
    assertThat(streams.out()).startsWith("Usage: java -cp egov-examples.jar "
        + "dev.egov.examples.indicators.DueDatesAndIndicators [--lang=en|vi] [date]\n").contains("--lang=en|vi");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "15/02/2026            | \"15/02/2026\" is not a date as 2026-02-15 (year-month-day)",
      "2026-02-30            | \"2026-02-30\" is not a date",
      "2026-01-01            | the report is as of the start of the day given: give a day after 2026-01-01",
      "2025-12-31            | the report is as of the start of the day given",
      "2026-02-15 2026-02-16 | one date at most",
      "--lang=fr             | --lang takes en or vi, not \"fr\"",
      "--lang=vi --lang=en   | --lang is given twice",
      "--verbose             | unknown option --verbose; --help shows the usage"})
  void commandLine_badArgument_oneLineOnStandardError_status2(String args, String message) {
    Streams streams = new Streams();

    int status = DueDatesAndIndicators.run(List.of(args.strip().split(" ")), streams.out, streams.err);

    assertThat(status).isEqualTo(2);
    assertThat(streams.out()).isEmpty();
    assertThat(streams.err()).startsWith("DueDatesAndIndicators: " + message).hasLineCount(1).endsWith("\n");
  }

  /** Standard output and error of a run, in memory. */
  private static final class Streams {
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String out() {
      return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return errBytes.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * Asserts that the table's number columns line up (in code points): every indicator line's numbers end where the
   * first 2.1 line's do, and the header's titles end there too. Before the table sized its columns, 2.2's hours over
   * 10,000 dossiers overflowed and pushed their row out of line.
   */
  private static void assertAligned(String text) {
    List<String> lines = text.lines().collect(Collectors.toList());
    List<Integer> edges = numberEnds(lines.stream().filter(l -> l.startsWith("  2.1 ")).findFirst().orElseThrow());
    assertThat(edges).hasSize(5);
    long checked = 0;
    for (String line : lines) {
      if (line.matches("  \\d\\.\\d .*")) {
        List<Integer> ends = numberEnds(line);
        assertThat(ends).as(line).hasSizeBetween(4, 5).isEqualTo(edges.subList(0, ends.size()));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
    String header = lines.stream().filter(l -> l.startsWith("  Indicator ") || l.startsWith("  Chỉ số "))
        .findFirst().orElseThrow();
    int[] cps = header.codePoints().toArray();
    for (int edge : edges) {
      assertThat(cps[edge - 1]).as("%s: a title ends at %d", header, edge).isNotEqualTo(' ');
      assertThat(edge == cps.length || cps[edge] == ' ').as("%s: a title ends at %d", header, edge).isTrue();
    }
  }

  private static List<Integer> numberEnds(String line) {
    int[] cps = line.codePoints().toArray();
    List<Integer> ends = new ArrayList<>();
    int i = cps.length;
    while (i > 0 && ends.size() < 5) {
      int start = i;
      while (start > 0 && cps[start - 1] != ' ') {
        start--;
      }
      if (!new String(cps, start, i - start).matches("[\\d.]+%?|N/A")) {
        break;
      }
      ends.add(0, i);
      i = start;
      while (i > 0 && cps[i - 1] == ' ') {
        i--;
      }
    }
    return ends;
  }

  @Test
  void run_clockAfterTheQuarter_isJudgedAsOfTheQuarterEnd() {
    DueDatesAndIndicators.Output[] output = new DueDatesAndIndicators.Output[1];

    run(Clock.fixed(vn("2026-09-01T08:00"), VIETNAM), output);

    assertThat(output[0].report().periodEnd()).isEqualTo(DueDatesAndIndicators.quarterEnd());
  }

  /** Mid-quarter, the dossiers submitted later are outside the period and later events have not happened yet. */
  @Test
  void run_asOfMidQuarter_countsOnlyTheDossiersOfThePeriodSoFar() {
    DueDatesAndIndicators.Output[] output = new DueDatesAndIndicators.Output[1];
    Instant asOf = vn("2026-02-15T00:00");

    String text = run(Clock.fixed(asOf, VIETNAM), output);

    IndicatorReport report = output[0].report();
    assertThat(report.periodEnd()).isEqualTo(asOf);
    assertThat(report.overall().dossiers()).isPositive().isLessThan(DueDatesAndIndicators.DOSSIERS);
    assertThat(report.overall().dossiers() + report.outsidePeriod()).isEqualTo(DueDatesAndIndicators.DOSSIERS);
    assertThat(report.overall().onTime().count(OnTimeOutcome.ON_TRACK)).isPositive();
    assertThat(text).contains("as of 2026-02-15T00:00: " + report.overall().dossiers() + " in the period, "
        + report.outsidePeriod() + " after it");
    assertRecomputedIndependently(report, DueDatesAndIndicators.calculator(asOf));
  }

  @Test
  void run_clockBeforeTheQuarter_throws() {
    assertThatThrownBy(() -> run(Clock.fixed(vn("2025-12-31T12:00"), VIETNAM), new DueDatesAndIndicators.Output[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dueDate_matchesTheCalendarRecomputed() {
    WorkingCalendar calendar = WorkingCalendar.civilService();
    for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22)); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
    }
    assertThat(DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(3)).dueDate(vn("2026-02-13T10:00")))
        .isEqualTo(calendar.plusWorkingTime(vn("2026-02-23T07:00"), Duration.ofHours(19)));
  }

  /**
   * Recounts, dossier by dossier and through the model's own per-dossier API, what the report says: how many dossiers
   * are in the period and received, each on-time outcome, the online-submission denominator, and that the agency and
   * procedure rows add up to the overall row.
   */
  private static void assertRecomputedIndependently(IndicatorReport report, IndicatorCalculator calculator) {
    long inPeriod = 0;
    long received = 0;
    Map<OnTimeOutcome, Long> outcomes = new EnumMap<>(OnTimeOutcome.class);
    for (OnTimeOutcome outcome : OnTimeOutcome.values()) {
      outcomes.put(outcome, 0L);
    }
    try (Stream<Dossier> dossiers = DueDatesAndIndicators.dossiers()) {
      for (Dossier dossier : (Iterable<Dossier>) dossiers::iterator) {
        if (!calculator.inPeriod(dossier)) {
          continue;
        }
        inPeriod++;
        if (dossier.receivedAt() != null && dossier.receivedAt().isBefore(calculator.periodEnd())) {
          received++;
        }
        outcomes.merge(calculator.assessOnTime(dossier).outcome(), 1L, Long::sum);
      }
    }
    IndicatorRow overall = report.overall();
    assertThat(overall.dossiers()).isEqualTo(inPeriod);
    assertThat(overall.received()).isEqualTo(received);
    assertThat(overall.onTime().counts()).isEqualTo(outcomes);
    assertThat(overall.online().rate().denominator()).isEqualTo(received);
    // A realistic mix: most on time, some late or overdue, nothing silently dropped.
    assertThat(overall.onTime().rate().numerator()).isGreaterThan(overall.onTime().rate().shortfall());
    assertThat(overall.onTime().rate().shortfall()).isPositive();
    assertThat(sum(report.agencies(), IndicatorRow::dossiers)).isEqualTo(inPeriod);
    assertThat(sum(report.procedures(), IndicatorRow::dossiers)).isEqualTo(inPeriod);
    // Every dossier has one agency and one procedure, so each rate's numerator and denominator add up over the rows.
    List<Function<IndicatorRow, Rate>> rates = List.of(r -> r.onTime().rate(), r -> r.online().rate(),
        r -> r.onlinePayment().rate(), r -> r.electronicResults().rate(), r -> r.digitisation().rate(),
        r -> r.digitisedComponents().rate(), r -> r.fromDataRepository().rate(), r -> r.populationData().rate());
    for (List<IndicatorRow> rows : List.of(report.agencies(), report.procedures())) {
      for (Function<IndicatorRow, Rate> rate : rates) {
        assertThat(sum(rows, r -> rate.apply(r).numerator())).isEqualTo(rate.apply(overall).numerator());
        assertThat(sum(rows, r -> rate.apply(r).denominator())).isEqualTo(rate.apply(overall).denominator());
      }
    }
  }

  private static long sum(List<IndicatorRow> rows, ToLongFunction<IndicatorRow> value) {
    return rows.stream().mapToLong(value).sum();
  }
}
