package dev.egov.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published civil-service calendars of 2024–2026, checked day by day against the table of docs/calendar-and-due-dates.md, Civil-service calendars (typed
 * here from the table, not read from egov's data file).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CivilServiceCalendarTest {

  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.civilService();

  /** Weekdays off, the "weekdays off" column of that table. */
  private static final List<String> WEEKDAYS_OFF =
      List.of(
          // 2024: TB 5015/TB-LĐTBXH, TB 1570/TB-LĐTBXH
          "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18",
          "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
          // 2025: TB 6150/TB-BLĐTBXH
          "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07",
          "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
          // 2026: TB 9441/TB-BNV, NQ 28/2026/QH16
          "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
          "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02", "2026-11-24");

  /** Saturdays worked, the "Saturdays worked" column of that table. */
  private static final List<String> SATURDAYS_WORKED = List.of("2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22");

  static Stream<String> weekdaysOff() {
    return WEEKDAYS_OFF.stream();
  }

  static Stream<String> saturdaysWorked() {
    return SATURDAYS_WORKED.stream();
  }

  @ParameterizedTest
  @MethodSource("weekdaysOff")
  void isWorkingDay_publishedWeekdayOff_isClosed(LocalDate date) {
    assertThat(date.getDayOfWeek().getValue()).as("a weekday").isLessThanOrEqualTo(5);
    assertThat(CIVIL_SERVICE.isWorkingDay(date)).isFalse();
    assertThat(CIVIL_SERVICE.holidays().dayOff(date)).isPresent();
    assertThat(CIVIL_SERVICE.openingHours(date)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("saturdaysWorked")
  void isWorkingDay_publishedSaturdayWorked_isOpen(LocalDate date) {
    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(CIVIL_SERVICE.isWorkingDay(date)).isTrue();
    assertThat(CIVIL_SERVICE.holidays().isMakeUpWorkday(date)).isTrue();
    assertThat(CIVIL_SERVICE.openingHours(date)).isEqualTo(CIVIL_SERVICE.officeHours());
  }

  @ParameterizedTest
  @MethodSource("saturdaysWorked")
  void isWorkingDay_saturdayWorkedWhenMakeUpDaysDoNotCount_isClosed(LocalDate date) {
    WorkingCalendar calendar = WorkingCalendar.builder().countMakeUpSaturdays(false).build();
    assertThat(calendar.isWorkingDay(date)).isFalse();
  }

  /** Nothing else: in each published year the closed weekdays and open weekend days are exactly those of the table. */
  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void isWorkingDay_publishedYear_matchesTheTableExactly(int year) {
    List<LocalDate> closedWeekdays = new ArrayList<>();
    List<LocalDate> openWeekendDays = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      boolean weekend = day.getDayOfWeek().getValue() >= 6;
      boolean working = CIVIL_SERVICE.isWorkingDay(day);
      if (!weekend && !working) {
        closedWeekdays.add(day);
      } else if (weekend && working) {
        openWeekendDays.add(day);
      }
    }
    assertThat(closedWeekdays).containsExactlyElementsOf(filterYear(WEEKDAYS_OFF, year));
    assertThat(openWeekendDays).containsExactlyElementsOf(filterYear(SATURDAYS_WORKED, year));
  }

  /** The weekend days inside each published break are rest days (the table's "break" spans). */
  @ParameterizedTest
  @CsvSource({
    "2024-02-08, 2024-02-14", // Tết Giáp Thìn, 7 days
    "2024-04-27, 2024-05-01",
    "2024-08-31, 2024-09-03", // Mon 02/09 and Tue 03/09 after the weekend
    "2025-01-25, 2025-02-02", // Tết Ất Tỵ, 9 days
    "2025-04-30, 2025-05-04",
    "2025-08-30, 2025-09-02",
    "2026-01-01, 2026-01-04", // Thu 01/01 and Fri 02/01 (swapped with Sat 10/01), then the weekend
    "2026-02-14, 2026-02-22", // Tết Bính Ngọ, 9 days: 27 Chạp Ất Tỵ to mùng 6
    "2026-04-25, 2026-04-27",
    "2026-08-29, 2026-09-02",
  })
  void isWorkingDay_publishedBreak_isClosedThroughout(LocalDate first, LocalDate last) {
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      assertThat(CIVIL_SERVICE.isWorkingDay(day)).as("%s", day).isFalse();
    }
    assertThat(CIVIL_SERVICE.isWorkingDay(first.minusDays(1))).as("day before the break").isTrue();
    assertThat(CIVIL_SERVICE.isWorkingDay(last.plusDays(1))).as("day after the break").isTrue();
  }

  /** The kinds the notices give: swapped days, the 2026 Giỗ Tổ compensation and Culture Day. */
  @ParameterizedTest
  @CsvSource({
    "2024-04-29, REUNIFICATION_DAY, SWAPPED",
    "2025-05-02, LABOUR_DAY, SWAPPED",
    "2026-01-02, NEW_YEAR, SWAPPED",
    "2026-08-31, NATIONAL_DAY, SWAPPED",
    "2026-04-26, HUNG_KINGS_COMMEMORATION, HOLIDAY",
    "2026-04-27, HUNG_KINGS_COMMEMORATION, COMPENSATORY",
    "2026-11-24, CULTURE_DAY, HOLIDAY",
    "2026-02-16, LUNAR_NEW_YEAR, HOLIDAY",
  })
  void dayOff_publishedDay_hasTheNoticesKind(LocalDate date, Holiday holiday, DayOffKind kind) {
    assertThat(CIVIL_SERVICE.holidays().dayOff(date)).contains(new DayOff(date, holiday, kind));
  }

  /**
   * Every weekday off of the table, with the holiday it belongs to and its kind: "(swap)" is SWAPPED, "nghỉ bù" is
   * COMPENSATORY, every other day is a day of the holiday itself (the five weekdays of a Tết span are its five days).
   */
  @ParameterizedTest
  @CsvSource({
    "2024-01-01, NEW_YEAR, HOLIDAY",
    "2024-02-08, LUNAR_NEW_YEAR, HOLIDAY",
    "2024-02-09, LUNAR_NEW_YEAR, HOLIDAY",
    "2024-02-12, LUNAR_NEW_YEAR, HOLIDAY",
    "2024-02-13, LUNAR_NEW_YEAR, HOLIDAY",
    "2024-02-14, LUNAR_NEW_YEAR, HOLIDAY",
    "2024-04-18, HUNG_KINGS_COMMEMORATION, HOLIDAY",
    "2024-04-29, REUNIFICATION_DAY, SWAPPED",
    "2024-04-30, REUNIFICATION_DAY, HOLIDAY",
    "2024-05-01, LABOUR_DAY, HOLIDAY",
    "2024-09-02, NATIONAL_DAY, HOLIDAY",
    "2024-09-03, NATIONAL_DAY, HOLIDAY",
    "2025-01-01, NEW_YEAR, HOLIDAY",
    "2025-01-27, LUNAR_NEW_YEAR, HOLIDAY",
    "2025-01-28, LUNAR_NEW_YEAR, HOLIDAY",
    "2025-01-29, LUNAR_NEW_YEAR, HOLIDAY",
    "2025-01-30, LUNAR_NEW_YEAR, HOLIDAY",
    "2025-01-31, LUNAR_NEW_YEAR, HOLIDAY",
    "2025-04-07, HUNG_KINGS_COMMEMORATION, HOLIDAY",
    "2025-04-30, REUNIFICATION_DAY, HOLIDAY",
    "2025-05-01, LABOUR_DAY, HOLIDAY",
    "2025-05-02, LABOUR_DAY, SWAPPED",
    "2025-09-01, NATIONAL_DAY, HOLIDAY",
    "2025-09-02, NATIONAL_DAY, HOLIDAY",
    "2026-01-01, NEW_YEAR, HOLIDAY",
    "2026-01-02, NEW_YEAR, SWAPPED",
    "2026-02-16, LUNAR_NEW_YEAR, HOLIDAY",
    "2026-02-17, LUNAR_NEW_YEAR, HOLIDAY",
    "2026-02-18, LUNAR_NEW_YEAR, HOLIDAY",
    "2026-02-19, LUNAR_NEW_YEAR, HOLIDAY",
    "2026-02-20, LUNAR_NEW_YEAR, HOLIDAY",
    "2026-04-27, HUNG_KINGS_COMMEMORATION, COMPENSATORY",
    "2026-04-30, REUNIFICATION_DAY, HOLIDAY",
    "2026-05-01, LABOUR_DAY, HOLIDAY",
    "2026-08-31, NATIONAL_DAY, SWAPPED",
    "2026-09-01, NATIONAL_DAY, HOLIDAY",
    "2026-09-02, NATIONAL_DAY, HOLIDAY",
    "2026-11-24, CULTURE_DAY, HOLIDAY",
  })
  void dayOff_everyPublishedWeekdayOff_belongsToItsHoliday(LocalDate date, Holiday holiday, DayOffKind kind) {
    assertThat(CIVIL_SERVICE.holidays().dayOff(date)).contains(new DayOff(date, holiday, kind));
  }

  private static List<LocalDate> filterYear(List<String> dates, int year) {
    return dates.stream().map(LocalDate::parse).filter(d -> d.getYear() == year).toList();
  }
}
