package dev.egov.model.calendar;

import static dev.egov.model.calendar.Times.vn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class ClassificationTest {

  private static final DueDateRule RULE = DueDateRule.of(WorkingCalendar.civilService(), ProcessingTime.ofWorkingDays(3));
  private static final Instant DUE = vn("2026-02-25T17:00");

  @ParameterizedTest(name = "finished {0}: {1}")
  @CsvSource({
    "2026-02-13T16:00, EARLY", // before Tết
    "2026-02-24T23:59:59, EARLY", // the evening before the due day
    "2026-02-25T00:00, ON_TIME", // the due day, in Vietnam (still 24 February in the JVM's default zone)
    "2026-02-25T06:00, ON_TIME",
    "2026-02-25T16:59:59, ON_TIME",
    "2026-02-25T17:00, ON_TIME", // exactly at the due date: NgayKetThucXuLy ≤ NgayHenTra
    "2026-02-25T17:00:01, LATE",
    "2026-02-26T08:00, LATE",
  })
  void classify_finishedItem(String finished, Timeliness expected) {
    assertThat(RULE.classify(DUE, vn(finished))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
    "2026-02-20T10:00, ON_TRACK",
    "2026-02-25T17:00, ON_TRACK",
    "2026-02-25T17:00:01, OVERDUE",
    "2026-03-02T09:00, OVERDUE",
  })
  void status_openItem(String asOf, DueStatus expected) {
    assertThat(RULE.status(DUE, vn(asOf))).isEqualTo(expected);
  }
}
