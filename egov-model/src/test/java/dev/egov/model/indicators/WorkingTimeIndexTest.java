package dev.egov.model.indicators;

import static dev.egov.model.indicators.Fixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WorkingTimeIndexTest {

  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.civilService();

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({
    "2026-03-02T09:00, 2026-03-02T09:00", // empty
    "2026-03-02T09:00, 2026-03-02T15:00", // one day
    "2026-03-02T09:00, 2026-03-03T10:00", // next day
    "2026-03-02T09:00, 2026-03-09T10:00", // across a weekend
    "2026-02-12T16:00, 2026-02-24T08:00", // across Tết 2026 (14 to 22 February)
    "2025-12-30T10:00, 2026-01-05T10:00", // across the year end and New Year's Day
    "2026-03-07T12:00, 2026-03-08T12:00", // a weekend only
  })
  void between_spans_equalsTheCalendar(String from, String to) {
    WorkingTimeIndex index = new WorkingTimeIndex(CIVIL_SERVICE);

    assertThat(index.between(vn(from), vn(to))).isEqualTo(CIVIL_SERVICE.workingTimeBetween(vn(from), vn(to)));
  }

  @Test
  void between_randomSpansGrowingBothWays_equalsTheCalendar() {
    WorkingCalendar calendar = WorkingCalendar.builder()
        .closures(List.of(LocalDate.of(2026, 3, 11)))
        .build();
    WorkingTimeIndex index = new WorkingTimeIndex(calendar);
    Random random = new Random(20260301);
    Instant base = vn("2026-03-01T00:00");

    for (int i = 0; i < 2_000; i++) {
      Instant from = base.plusSeconds(random.nextInt(400 * 86_400) - 200L * 86_400);
      Instant to = from.plusSeconds(random.nextInt(60 * 86_400));

      assertThat(index.between(from, to)).as("%s to %s", from, to).isEqualTo(calendar.workingTimeBetween(from, to));
    }
  }

  @Test
  void between_toBeforeFrom_throws() {
    WorkingTimeIndex index = new WorkingTimeIndex(CIVIL_SERVICE);

    assertThatThrownBy(() -> index.between(vn("2026-03-03T09:00"), vn("2026-03-02T09:00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void between_longSpan_wholeDaysFromTotals() {
    WorkingTimeIndex index = new WorkingTimeIndex(CIVIL_SERVICE);

    // 2026: 365 days, 104 weekend days, and the civil-service days off on weekdays.
    Duration year = index.between(vn("2026-01-01T00:00"), vn("2027-01-01T00:00"));

    assertThat(year).isEqualTo(CIVIL_SERVICE.workingTimeBetween(vn("2026-01-01T00:00"), vn("2027-01-01T00:00")));
    assertThat(year.toHours() % 8).isZero();
  }
}
