package dev.egov.model.calendar;

import static dev.egov.model.calendar.DayOffKind.COMPENSATORY;
import static dev.egov.model.calendar.DayOffKind.HOLIDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HolidayCalendarTest {

  private static final HolidayCalendar VIETNAM = HolidayCalendar.vietnam();
  private static final HolidayCalendar STATUTORY = HolidayCalendar.builder().bundledNotices(false).build();

  @Test
  void status_bundledYears_arePublished() {
    assertThat(VIETNAM.publishedYears()).containsExactly(2024, 2025, 2026);
    assertThat(VIETNAM.status(2024)).isEqualTo(CalendarStatus.PUBLISHED);
    assertThat(VIETNAM.status(2025)).isEqualTo(CalendarStatus.PUBLISHED);
    assertThat(VIETNAM.status(2026)).isEqualTo(CalendarStatus.PUBLISHED);
    assertThat(VIETNAM.year(2026).sources()).contains("TB 9441/TB-BNV", "NQ 28/2026/QH16");
  }

  @Test
  void status_otherYears_areProvisional() {
    assertThat(VIETNAM.status(2021)).isEqualTo(CalendarStatus.PROVISIONAL);
    assertThat(VIETNAM.status(2027)).isEqualTo(CalendarStatus.PROVISIONAL);
    assertThat(VIETNAM.status(2199)).isEqualTo(CalendarStatus.PROVISIONAL);
    assertThat(VIETNAM.year(2027).sources()).anyMatch(s -> s.startsWith("Bộ luật Lao động 2019"));
  }

  @Test
  void status_withoutBundledNotices_everyYearIsProvisional() {
    assertThat(STATUTORY.publishedYears()).isEmpty();
    assertThat(STATUTORY.status(2026)).isEqualTo(CalendarStatus.PROVISIONAL);
  }

  @ParameterizedTest
  @CsvSource({"2020", "1999", "2200"})
  void year_notPublishedAndNotComputable_throws(int year) {
    assertThatThrownBy(() -> VIETNAM.year(year))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("No holidays for " + year)
        .hasMessageContaining("2021 to 2199");
  }

  /**
   * 2027 has no notice yet (docs/calendar-and-due-dates.md, Civil-service calendars). Computed: 1/1 Fri; Tết = giao thừa Fri 05/02 (29 Chạp)
   * and mùng 1–4 Sat 06 to Tue 09, so Sat 06 and Sun 07 are compensated on the next free weekdays, Wed 10 and Thu 11;
   * Giỗ Tổ Fri 16/04; 30/04 Fri; 01/05 Sat, compensated Mon 03/05; 02/09 Thu plus 03/09 Fri; 24/11 Wed.
   */
  @Test
  void year_2027_isComputedFromTheStatute() {
    assertThat(VIETNAM.year(2027).daysOff())
        .containsExactly(
            off("2027-01-01", Holiday.NEW_YEAR, HOLIDAY),
            off("2027-02-05", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-06", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-07", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-08", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-09", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-10", Holiday.LUNAR_NEW_YEAR, COMPENSATORY),
            off("2027-02-11", Holiday.LUNAR_NEW_YEAR, COMPENSATORY),
            off("2027-04-16", Holiday.HUNG_KINGS_COMMEMORATION, HOLIDAY),
            off("2027-04-30", Holiday.REUNIFICATION_DAY, HOLIDAY),
            off("2027-05-01", Holiday.LABOUR_DAY, HOLIDAY),
            off("2027-05-03", Holiday.LABOUR_DAY, COMPENSATORY),
            off("2027-09-02", Holiday.NATIONAL_DAY, HOLIDAY),
            off("2027-09-03", Holiday.NATIONAL_DAY, HOLIDAY),
            off("2027-11-24", Holiday.CULTURE_DAY, HOLIDAY));
    assertThat(VIETNAM.year(2027).makeUpWorkdays()).isEmpty();
  }

  /** With two Tết days before mùng 1 (the 2024/2025 pattern), 2027's Tết is 28 Chạp Thu 04/02 to mùng 3 Mon 08/02. */
  @Test
  void year_tetDaysBeforeNewYear2_shiftsTetAndItsCompensation() {
    HolidayCalendar holidays = HolidayCalendar.builder().tetDaysBeforeNewYear(2).build();
    assertThat(holidays.year(2027).daysOff())
        .filteredOn(day -> day.holiday() == Holiday.LUNAR_NEW_YEAR)
        .containsExactly(
            off("2027-02-04", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-05", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-06", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-07", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-08", Holiday.LUNAR_NEW_YEAR, HOLIDAY),
            off("2027-02-09", Holiday.LUNAR_NEW_YEAR, COMPENSATORY),
            off("2027-02-10", Holiday.LUNAR_NEW_YEAR, COMPENSATORY));
    assertThat(holidays.tetDaysBeforeNewYear()).isEqualTo(2);
  }

  /** The second National Day day: Mon/Thu/Sun → 3/9, otherwise 1/9; a weekend 2/9 is compensated. */
  @ParameterizedTest(name = "{0}: 2/9 is {1}")
  @CsvSource({
    "2027, THURSDAY, 2027-09-03, ",
    "2028, SATURDAY, 2028-09-01, 2028-09-04",
    "2029, SUNDAY, 2029-09-03, 2029-09-04",
    "2030, MONDAY, 2030-09-03, ",
    "2031, TUESDAY, 2031-09-01, ",
    "2033, FRIDAY, 2033-09-01, ",
    "2037, WEDNESDAY, 2037-09-01, ",
  })
  void year_nationalDay_followsTheAdjacencyHeuristic(
      int year, DayOfWeek weekday, LocalDate secondDay, LocalDate compensatory) {
    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    assertThat(nationalDay.getDayOfWeek()).isEqualTo(weekday);
    List<DayOff> days =
        VIETNAM.year(year).daysOff().stream().filter(day -> day.holiday() == Holiday.NATIONAL_DAY).toList();
    assertThat(days)
        .filteredOn(day -> day.kind() == HOLIDAY)
        .extracting(DayOff::date)
        .containsExactlyInAnyOrder(nationalDay, secondDay);
    assertThat(days)
        .filteredOn(day -> day.kind() == COMPENSATORY)
        .extracting(DayOff::date)
        .isEqualTo(compensatory == null ? List.of() : List.of(compensatory));
  }

  /** 24/11/2029 is a Saturday: compensated only when configured (its make-up day is UNCERTAIN, docs/calendar-and-due-dates.md). */
  @Test
  void year_cultureDayOnSaturday_compensatedOnlyWhenConfigured() {
    assertThat(LocalDate.of(2029, 11, 24).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(VIETNAM.cultureDayCompensated()).isFalse();
    assertThat(VIETNAM.dayOff(LocalDate.of(2029, 11, 24))).contains(off("2029-11-24", Holiday.CULTURE_DAY, HOLIDAY));
    assertThat(VIETNAM.dayOff(LocalDate.of(2029, 11, 26))).isEmpty();

    HolidayCalendar compensated = HolidayCalendar.builder().cultureDayCompensated(true).build();
    assertThat(compensated.dayOff(LocalDate.of(2029, 11, 26)))
        .contains(off("2029-11-26", Holiday.CULTURE_DAY, COMPENSATORY));
  }

  @Test
  void year_before2026_hasNoCultureDay() {
    assertThat(VIETNAM.year(2025).daysOff()).noneMatch(day -> day.holiday() == Holiday.CULTURE_DAY);
    assertThat(VIETNAM.year(2023).daysOff()).noneMatch(day -> day.holiday() == Holiday.CULTURE_DAY);
    assertThat(VIETNAM.year(2026).daysOff()).anyMatch(day -> day.holiday() == Holiday.CULTURE_DAY);
  }

  /**
   * Without the notices, 2026 follows the statute: Tết and the Giỗ Tổ compensation coincide with the notice, but there
   * is no swap of Fri 02/01 with Sat 10/01 nor of Mon 31/08 with Sat 22/08.
   */
  @Test
  void year_2026WithoutNotices_hasNoSwaps() {
    HolidayYear year = STATUTORY.year(2026);
    assertThat(year.status()).isEqualTo(CalendarStatus.PROVISIONAL);
    assertThat(year.dayOff(LocalDate.of(2026, 1, 2))).isEmpty();
    assertThat(year.dayOff(LocalDate.of(2026, 8, 31))).isEmpty();
    assertThat(year.makeUpWorkdays()).isEmpty();
    assertThat(year.dayOff(LocalDate.of(2026, 4, 27))).contains(off("2026-04-27", Holiday.HUNG_KINGS_COMMEMORATION, COMPENSATORY));
    assertThat(year.daysOff())
        .filteredOn(day -> day.holiday() == Holiday.LUNAR_NEW_YEAR)
        .extracting(DayOff::date)
        .containsExactlyElementsOf(VIETNAM.year(2026).daysOff().stream()
            .filter(day -> day.holiday() == Holiday.LUNAR_NEW_YEAR).map(DayOff::date).toList());
  }

  /**
   * Every computed year 2021–2199 has the eleven Art. 112(1) days (five of Tết, two of National Day), 24/11 from 2026,
   * one compensatory weekday for each holiday on a weekend, and no two holidays on one date (HolidayYear rejects
   * duplicates, so computing the year proves it).
   */
  @Test
  void year_everyComputedYear_isWellFormed() {
    for (int y = HolidayCalendar.FIRST_COMPUTED_YEAR; y <= HolidayCalendar.LAST_COMPUTED_YEAR; y++) {
      HolidayYear year = STATUTORY.year(y);
      Map<Holiday, Integer> holidays = new TreeMap<>();
      int weekendHolidays = 0;
      int compensatory = 0;
      for (DayOff day : year.daysOff()) {
        boolean weekend = day.date().getDayOfWeek().getValue() >= 6;
        if (day.kind() == HOLIDAY) {
          holidays.merge(day.holiday(), 1, Integer::sum);
          if (weekend && day.holiday() != Holiday.CULTURE_DAY) {
            weekendHolidays++;
          }
        } else {
          assertThat(day.kind()).isEqualTo(COMPENSATORY);
          assertThat(weekend).as("%s is a weekday", day).isFalse();
          compensatory++;
        }
      }
      assertThat(holidays)
          .as("holidays of %d", y)
          .containsEntry(Holiday.NEW_YEAR, 1)
          .containsEntry(Holiday.LUNAR_NEW_YEAR, 5)
          .containsEntry(Holiday.HUNG_KINGS_COMMEMORATION, 1)
          .containsEntry(Holiday.REUNIFICATION_DAY, 1)
          .containsEntry(Holiday.LABOUR_DAY, 1)
          .containsEntry(Holiday.NATIONAL_DAY, 2)
          .hasSize(y >= 2026 ? 7 : 6);
      assertThat(compensatory).as("compensatory days of %d", y).isEqualTo(weekendHolidays);
    }
  }

  @Test
  void year_computed_isCachedPerInstance() {
    assertThat(VIETNAM.year(2030)).isSameAs(VIETNAM.year(2030));
  }

  @Test
  void publishedYear_suppliedNotice_winsOverComputation() {
    HolidayYear notice =
        new HolidayYear(
            2027,
            CalendarStatus.PUBLISHED,
            List.of(off("2027-01-01", Holiday.NEW_YEAR, HOLIDAY), off("2027-02-04", Holiday.LUNAR_NEW_YEAR, HOLIDAY)),
            List.of(LocalDate.of(2027, 2, 20)),
            List.of("TB test"));
    HolidayCalendar holidays = HolidayCalendar.builder().publishedYear(notice).build();
    assertThat(holidays.status(2027)).isEqualTo(CalendarStatus.PUBLISHED);
    assertThat(holidays.year(2027)).isSameAs(notice);
    assertThat(holidays.isMakeUpWorkday(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(holidays.dayOff(LocalDate.of(2027, 2, 10))).isEmpty();
    assertThat(holidays.publishedYears()).containsExactly(2024, 2025, 2026, 2027);
  }

  @Test
  void publishedYear_suppliedNotice_replacesBundledYear() {
    HolidayYear notice =
        new HolidayYear(
            2026, CalendarStatus.PUBLISHED, List.of(off("2026-01-01", Holiday.NEW_YEAR, HOLIDAY)), List.of(), List.of("x"));
    HolidayCalendar holidays = HolidayCalendar.builder().publishedYear(notice).build();
    assertThat(holidays.dayOff(LocalDate.of(2026, 1, 2))).isEmpty();
    assertThat(VIETNAM.dayOff(LocalDate.of(2026, 1, 2))).isPresent();
  }

  @Test
  void publishedYear_provisional_throws() {
    HolidayYear computed = VIETNAM.year(2027);
    assertThatThrownBy(() -> HolidayCalendar.builder().publishedYear(computed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROVISIONAL");
  }

  @Test
  void builder_settingTwice_throwsNamingTheSetting() {
    HolidayYear notice = VIETNAM.year(2026);
    assertThatThrownBy(() -> HolidayCalendar.builder().publishedYear(notice).publishedYear(notice))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("publishedYear was already set for 2026");
    assertThatThrownBy(() -> HolidayCalendar.builder().bundledNotices(false).bundledNotices(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bundledNotices was already set to false");
    assertThatThrownBy(() -> HolidayCalendar.builder().cultureDayCompensated(true).cultureDayCompensated(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cultureDayCompensated was already set to true");
    assertThatThrownBy(() -> HolidayCalendar.builder().tetDaysBeforeNewYear(2).tetDaysBeforeNewYear(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tetDaysBeforeNewYear was already set to 2");
  }

  @ParameterizedTest
  @CsvSource({"-1", "5"})
  void tetDaysBeforeNewYear_outOfRange_throws(int days) {
    assertThatThrownBy(() -> HolidayCalendar.builder().tetDaysBeforeNewYear(days))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tetDaysBeforeNewYear must be 0 to 4, not " + days);
  }

  @Test
  void newBuilder_keepsSettingsAndAllowsEachOnce() {
    HolidayYear notice =
        new HolidayYear(2027, CalendarStatus.PUBLISHED, List.of(), List.of(), List.of("first"));
    HolidayCalendar original =
        HolidayCalendar.builder().bundledNotices(false).tetDaysBeforeNewYear(2).publishedYear(notice).build();
    HolidayYear replacement =
        new HolidayYear(2027, CalendarStatus.PUBLISHED, List.of(), List.of(), List.of("second"));
    HolidayCalendar derived = original.newBuilder().cultureDayCompensated(true).publishedYear(replacement).build();
    assertThat(derived.bundledNotices()).isFalse();
    assertThat(derived.tetDaysBeforeNewYear()).isEqualTo(2);
    assertThat(derived.cultureDayCompensated()).isTrue();
    assertThat(derived.year(2027).sources()).containsExactly("second");
    assertThat(original.year(2027).sources()).containsExactly("first");
    assertThat(derived.toString()).contains("bundledNotices=false", "publishedYears=[2027]");
  }

  @Test
  void dayOff_null_throws() {
    assertThatThrownBy(() -> VIETNAM.dayOff(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void vietnam_isShared() {
    assertThat(HolidayCalendar.vietnam()).isSameAs(VIETNAM);
    assertThat(VIETNAM.bundledNotices()).isTrue();
    assertThat(VIETNAM.dayOff(LocalDate.of(2026, 3, 3))).isEqualTo(Optional.empty());
  }

  static DayOff off(String date, Holiday holiday, DayOffKind kind) {
    return new DayOff(LocalDate.parse(date), holiday, kind);
  }
}
