package dev.egov.model.calendar;

import static dev.egov.model.calendar.Times.vn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each example of the package's Javadoc, copied verbatim, with the results its comments state. */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class JavadocExamplesTest {

  @Test
  void lunarDate() {
    LunarDate tet = LunarDate.from(LocalDate.of(2026, 2, 17));   // LunarDate[year=2026, month=1, day=1, leap=false]
    LocalDate hungKings = LunarDate.of(2026, 3, 10).toLocalDate(); // 2026-04-26, Giỗ Tổ Hùng Vương

    assertThat(tet).hasToString("LunarDate[year=2026, month=1, day=1, leap=false]");
    assertThat(hungKings).isEqualTo(LocalDate.of(2026, 4, 26));
  }

  @Test
  void lunarCalendar() {
    LunarCalendar calendar = LunarCalendar.official();
    LocalDate tet = calendar.newYear(2026);                        // 2026-02-17
    OptionalInt leap = calendar.leapMonth(2025);                   // 6: tháng 6 nhuận Ất Tỵ
    LocalDate chinese = LunarCalendar.withFixedOffset(ZoneOffset.ofHours(8)).newYear(1985); // 1985-02-20

    assertThat(tet).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(leap).hasValue(6);
    assertThat(chinese).isEqualTo(LocalDate.of(1985, 2, 20));
  }

  @Test
  void holidayYear() {
    HolidayYear notice = new HolidayYear(2027, CalendarStatus.PUBLISHED,
        List.of(new DayOff(LocalDate.of(2027, 1, 1), Holiday.NEW_YEAR, DayOffKind.HOLIDAY)),  // … and the others
        List.of(),
        List.of("TB …/TB-BNV"));

    assertThat(HolidayCalendar.builder().publishedYear(notice).build().status(2027)).isEqualTo(CalendarStatus.PUBLISHED);
  }

  @Test
  void holidayCalendar() {
    HolidayCalendar holidays = HolidayCalendar.vietnam();
    holidays.status(2026);                                  // PUBLISHED
    holidays.dayOff(LocalDate.of(2026, 4, 27));             // COMPENSATORY for HUNG_KINGS_COMMEMORATION
    holidays.status(2027);                                  // PROVISIONAL
    HolidayCalendar privateSector = HolidayCalendar.builder().bundledNotices(false).build(); // statutory days only

    assertThat(holidays.status(2026)).isEqualTo(CalendarStatus.PUBLISHED);
    assertThat(holidays.dayOff(LocalDate.of(2026, 4, 27)))
        .hasValueSatisfying(day -> {
          assertThat(day.kind()).isEqualTo(DayOffKind.COMPENSATORY);
          assertThat(day.holiday()).isEqualTo(Holiday.HUNG_KINGS_COMMEMORATION);
        });
    assertThat(holidays.status(2027)).isEqualTo(CalendarStatus.PROVISIONAL);
    assertThat(privateSector.status(2026)).isEqualTo(CalendarStatus.PROVISIONAL);
  }

  @Test
  void timeWindow() {
    TimeWindow morning = TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(11, 30));

    assertThat(morning).isEqualTo(WorkingCalendar.civilService().officeHours().get(0));
  }

  @Test
  void processingTime() {
    ProcessingTime threeWorkingDays = ProcessingTime.ofWorkingDays(3);
    ProcessingTime fifteenDays = new ProcessingTime(15, ProcessingTimeUnit.CALENDAR_DAYS);

    assertThat(threeWorkingDays.unit()).isEqualTo(ProcessingTimeUnit.WORKING_DAYS);
    assertThat(fifteenDays.amount()).isEqualTo(15);
  }

  @Test
  void pause() {
    Pause supplement = Pause.of(PauseReason.SUPPLEMENT_REQUEST,
        Instant.parse("2026-03-04T02:00:00Z"), Instant.parse("2026-03-09T02:00:00Z"));
    Pause stillWaiting = Pause.ongoing(PauseReason.FINANCIAL_OBLIGATION, Instant.parse("2026-03-10T02:00:00Z"));

    assertThat(supplement.isOngoing()).isFalse();
    assertThat(stillWaiting.isOngoing()).isTrue();
  }

  @Test
  void workingCalendar() {
    WorkingCalendar calendar = WorkingCalendar.civilService();
    ZoneId vietnam = WorkingCalendar.VIETNAM;
    Instant received = ZonedDateTime.of(2026, 2, 13, 17, 30, 0, 0, vietnam).toInstant(); // Friday before Tết, after hours
    Instant counted = calendar.nextOpening(received);    // 2026-02-23T07:00+07:00, Monday after the Tết break
    Duration worked = calendar.workingTimeBetween(received, counted.plus(Duration.ofDays(1)));  // PT8H

    assertThat(counted.atZone(vietnam)).isEqualTo(ZonedDateTime.of(2026, 2, 23, 7, 0, 0, 0, vietnam));
    assertThat(worked).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void dueDateRule() {
    DueDateRule rule = DueDateRule.of(WorkingCalendar.civilService(), ProcessingTime.ofWorkingDays(3));
    Instant received = ZonedDateTime.of(2026, 2, 13, 17, 30, 0, 0, WorkingCalendar.VIETNAM).toInstant();
    Instant due = rule.dueDate(received);
    // 2026-02-26T07:00+07:00: received after hours on the Friday before Tết, counted from Monday 23 February 07:00,
    // three working days later at the same clock time
    DueDateRule asHours = rule.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
    Instant dueAsHours = asHours.dueDate(received);   // 2026-02-25T17:00+07:00, the same 24 working hours

    assertThat(due.atZone(WorkingCalendar.VIETNAM))
        .isEqualTo(ZonedDateTime.of(2026, 2, 26, 7, 0, 0, 0, WorkingCalendar.VIETNAM));
    assertThat(dueAsHours.atZone(WorkingCalendar.VIETNAM))
        .isEqualTo(ZonedDateTime.of(2026, 2, 25, 17, 0, 0, 0, WorkingCalendar.VIETNAM));
    assertThat(rule.calendar().workingTimeBetween(dueAsHours, due)).isZero();
  }

  @Test
  void workingDayConvention() {
    WorkingCalendar calendar = WorkingCalendar.civilService();
    Instant monday0700 = ZonedDateTime.of(2026, 3, 2, 7, 0, 0, 0, WorkingCalendar.VIETNAM).toInstant();
    Instant kept = DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(1)).dueDate(monday0700);   // Tue 3 March 07:00
    Instant asHours = DueDateRule.builder().calendar(calendar).processingTime(ProcessingTime.ofWorkingDays(1))
        .convention(WorkingDayConvention.WORKING_HOURS).build().dueDate(monday0700); // Mon 2 March 17:00

    assertThat(kept).isEqualTo(vn("2026-03-03T07:00"));
    assertThat(asHours).isEqualTo(vn("2026-03-02T17:00"));
  }
}
