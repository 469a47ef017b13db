package dev.egov.examples.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.SampleProcedures;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.indicators.IndicatorCalculator;
import dev.egov.model.indicators.IndicatorReport;
import dev.egov.model.indicators.Rate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's "Indicators" snippet, line for line (printing left out), so that it compiles and computes what the
 * example program computes.
 */
@Timeout(60)
class ReadmeIndicatorsExampleTest {

  @Test
  void readmeSnippet_computesTheExamplesReport() {
    Clock clock = Clock.fixed(
        LocalDateTime.parse("2026-04-01T00:00").atZone(WorkingCalendar.VIETNAM).toInstant(), WorkingCalendar.VIETNAM);
    IndicatorReport report;
    Rate onTime;

    // --- README ---
    Instant asOf = clock.instant();                                        // the end of the period, or now if it runs on
    IndicatorCalculator calculator = IndicatorCalculator.builder()
        .period(LocalDate.of(2026, 1, 1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant(), asOf)
        .calendar(WorkingCalendar.civilService())
        .procedures(SampleProcedures::find)                               // statutory times, for dossiers without a due date
        .populationDatabases(DossierGenerator.POPULATION_DATABASE)        // the code is not published: configure it
        .build();
    try (Stream<Dossier> dossiers = DossierGenerator.withSeed(20260213L)
        .dossiers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 10_000)) {
      report = calculator.compute(dossiers);                              // or feed calculator.newAccumulator() yourself
      onTime = report.overall().onTime().rate();                         // 2.1 as an exact fraction; N/A without data
    }
    // --- end of README ---

    IndicatorReport example;
    try (Stream<Dossier> dossiers = DossierGenerator.withSeed(20260213L)
        .dossiers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 10_000)) {
      example = DueDatesAndIndicators.calculator(asOf).compute(dossiers);
    }
    assertThat(report).isEqualTo(example);
    assertThat(onTime.hasData()).isTrue();
    assertThat(onTime.numerator()).isPositive().isLessThanOrEqualTo(onTime.denominator());
    assertThat(report.toTable()).isEqualTo(example.toTable());
  }
}
