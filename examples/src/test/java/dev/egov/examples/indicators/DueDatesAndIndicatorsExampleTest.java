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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
        .contains(report.toTable());
    assertRecomputedIndependently(report, DueDatesAndIndicators.calculator(end));
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
