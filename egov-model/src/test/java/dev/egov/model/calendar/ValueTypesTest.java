package dev.egov.model.calendar;

import static dev.egov.model.calendar.Times.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class ValueTypesTest {

  @Test
  void processingTime_factories_setTheUnit() {
    assertThat(ProcessingTime.ofWorkingDays(3)).isEqualTo(new ProcessingTime(3, ProcessingTimeUnit.WORKING_DAYS));
    assertThat(ProcessingTime.ofWorkingHours(4).unit()).isEqualTo(ProcessingTimeUnit.WORKING_HOURS);
    assertThat(ProcessingTime.ofCalendarDays(15).unit()).isEqualTo(ProcessingTimeUnit.CALENDAR_DAYS);
    assertThat(ProcessingTime.ofMonths(1).unit()).isEqualTo(ProcessingTimeUnit.MONTHS);
    assertThat(ProcessingTime.ofWorkingDays(0).amount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, ProcessingTime.MAX_AMOUNT + 1, Long.MIN_VALUE})
  void processingTime_amountOutOfRange_throws(long amount) {
    assertThatThrownBy(() -> ProcessingTime.ofWorkingDays(amount))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProcessingTime amount must be 0 to 1000000, not " + amount);
  }

  @Test
  void processingTime_nullUnit_throws() {
    assertThatThrownBy(() -> new ProcessingTime(1, null)).isInstanceOf(NullPointerException.class).hasMessage("unit");
  }

  @Test
  void timeWindow_emptyOrReversed_throws() {
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TimeWindow end 12:00 must be after start 12:00");
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.NOON, LocalTime.of(11, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(11, 30))).hasToString("07:00–11:30");
  }

  @Test
  void pause_endBeforeStart_throws() {
    assertThatThrownBy(() -> Pause.of(PauseReason.OTHER, vn("2025-03-04T10:00"), vn("2025-03-04T09:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Pause end");
  }

  @Test
  void pause_ongoing_hasNoEnd() {
    Pause pause = Pause.ongoing(PauseReason.SUPPLEMENT_REQUEST, vn("2025-03-04T10:00"));
    assertThat(pause.isOngoing()).isTrue();
    assertThat(pause.end()).isNull();
    assertThat(Pause.of(PauseReason.OTHER, vn("2025-03-04T10:00"), vn("2025-03-04T10:00")).isOngoing()).isFalse();
  }

  @Test
  void dueDateChange_inconsistent_throws() {
    Pause ended = Pause.of(PauseReason.OTHER, vn("2025-03-04T10:00"), vn("2025-03-04T11:00"));
    Pause ongoing = Pause.ongoing(PauseReason.OTHER, vn("2025-03-04T10:00"));
    Instant due = vn("2025-03-10T08:00");
    assertThatThrownBy(() -> new DueDateChange(ended, due, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DueDateChange(ongoing, due, due)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DueDateChange(ended, due, due.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is before");
  }

  @Test
  void dueDateHistory_brokenChain_throws() {
    Pause ended = Pause.of(PauseReason.OTHER, vn("2025-03-04T10:00"), vn("2025-03-04T11:00"));
    Instant due = vn("2025-03-10T08:00");
    DueDateChange change = new DueDateChange(ended, due.plusSeconds(60), due.plusSeconds(120));
    assertThatThrownBy(() -> new DueDateHistory(due, List.of(change)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("changes[0].before is");
    Pause ongoing = Pause.ongoing(PauseReason.OTHER, vn("2025-03-04T10:00"));
    DueDateChange open = new DueDateChange(ongoing, due, null);
    DueDateChange next = new DueDateChange(ended, due, due);
    assertThatThrownBy(() -> new DueDateHistory(due, List.of(open, next)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("changes[0] belongs to an ongoing pause but is not the last");
  }

  @Test
  void holidayYear_sortsAndCopiesItsLists() {
    List<DayOff> days = new ArrayList<>();
    days.add(new DayOff(LocalDate.of(2030, 5, 1), Holiday.LABOUR_DAY, DayOffKind.HOLIDAY));
    days.add(new DayOff(LocalDate.of(2030, 1, 1), Holiday.NEW_YEAR, DayOffKind.HOLIDAY));
    HolidayYear year = new HolidayYear(2030, CalendarStatus.PUBLISHED, days, List.of(), List.of("TB"));
    days.clear();
    assertThat(year.daysOff()).extracting(DayOff::date)
        .containsExactly(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 5, 1));
    assertThat(year.dayOff(LocalDate.of(2030, 5, 1))).isPresent();
    assertThat(year.dayOff(LocalDate.of(2030, 5, 2))).isEmpty();
    assertThatThrownBy(() -> year.daysOff().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void holidayYear_invalid_throwsNamingTheProblem() {
    DayOff newYear = new DayOff(LocalDate.of(2030, 1, 1), Holiday.NEW_YEAR, DayOffKind.HOLIDAY);
    DayOff sameDay = new DayOff(LocalDate.of(2030, 1, 1), Holiday.NEW_YEAR, DayOffKind.SWAPPED);
    LocalDate saturday = LocalDate.of(2030, 1, 5);
    assertThatThrownBy(() -> new HolidayYear(2031, CalendarStatus.PUBLISHED, List.of(newYear), List.of(), List.of("TB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysOff contains 2030-01-01, which is not in 2031");
    assertThatThrownBy(() -> new HolidayYear(2030, CalendarStatus.PUBLISHED, List.of(newYear, sameDay), List.of(),
            List.of("TB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysOff lists 2030-01-01 twice");
    assertThatThrownBy(() -> new HolidayYear(2030, CalendarStatus.PUBLISHED, List.of(), List.of(saturday, saturday),
            List.of("TB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("makeUpWorkdays lists 2030-01-05 twice");
    assertThatThrownBy(() -> new HolidayYear(2030, CalendarStatus.PUBLISHED, List.of(newYear),
            List.of(LocalDate.of(2030, 1, 1)), List.of("TB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2030-01-01 is both a make-up working day and a day off");
    assertThatThrownBy(() -> new HolidayYear(2030, CalendarStatus.PUBLISHED, List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sources is empty");
    assertThatThrownBy(() -> new HolidayYear(2030, CalendarStatus.PUBLISHED, List.of(), List.of(), List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sources contains a blank string");
  }

  @Test
  void dayOff_nullComponent_throws() {
    assertThatThrownBy(() -> new DayOff(LocalDate.of(2030, 1, 1), null, DayOffKind.HOLIDAY))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("holiday");
  }
}
