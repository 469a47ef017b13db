package dev.egov.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Self-check of the bundled data file {@code civil-service-calendar.csv}: every row well-formed and plausible. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CivilServiceCalendarDataTest {

  private static final Set<String> KINDS = Set.of("HOLIDAY", "COMPENSATORY", "SWAPPED", "MAKE_UP_WORKDAY");

  @Test
  void everyRow_isWellFormed() throws IOException {
    List<String> lines = resourceLines();
    int header = -1;
    Set<LocalDate> dates = new TreeSet<>();
    int rows = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = "line " + (i + 1) + ": " + line;
      assertThat(line).as(where).doesNotContain("\t").doesNotEndWith(" ");
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (header < 0) {
        assertThat(line).as(where).isEqualTo("date,kind,holiday,source");
        header = i;
        continue;
      }
      String[] fields = line.split(",", -1);
      assertThat(fields).as(where).hasSize(4);
      assertThat(fields[0]).as(where).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(dates.add(LocalDate.parse(fields[0]))).as(where + " (date listed once)").isTrue();
      assertThat(KINDS).as(where).contains(fields[1]);
      assertThat(Holiday.valueOf(fields[2])).as(where).isNotNull();
      assertThat(fields[3]).as(where).isNotBlank().isEqualTo(fields[3].strip());
      rows++;
    }
    assertThat(header).as("header line").isNotNegative();
    assertThat(rows).isEqualTo(PublishedCalendars.bundled().values().stream()
        .mapToInt(year -> year.daysOff().size() + year.makeUpWorkdays().size())
        .sum());
  }

  /**
   * Each published year has what the law requires: 1/1, five Tết days around mùng 1, Giỗ Tổ on lunar 10/3, 30/4, 1/5,
   * 2/9 and one adjacent day, 24/11 from 2026; compensatory and swapped days are weekdays, make-up days are Saturdays,
   * one make-up day per swapped day, and one compensatory day per Art. 112(1) holiday on a weekend.
   */
  @Test
  void everyPublishedYear_isPlausible() {
    assertThat(PublishedCalendars.bundled()).isNotEmpty();
    for (HolidayYear year : PublishedCalendars.bundled().values()) {
      int y = year.year();
      assertThat(year.status()).isEqualTo(CalendarStatus.PUBLISHED);
      assertHoliday(year, LocalDate.of(y, 1, 1), Holiday.NEW_YEAR);
      assertHoliday(year, LunarCalendar.official().toSolar(LunarDate.of(y, 3, 10)), Holiday.HUNG_KINGS_COMMEMORATION);
      assertHoliday(year, LocalDate.of(y, 4, 30), Holiday.REUNIFICATION_DAY);
      assertHoliday(year, LocalDate.of(y, 5, 1), Holiday.LABOUR_DAY);
      assertHoliday(year, LocalDate.of(y, 9, 2), Holiday.NATIONAL_DAY);
      List<LocalDate> nationalDays = holidayDates(year, Holiday.NATIONAL_DAY);
      assertThat(nationalDays).as("%d National Day", y).hasSize(2)
          .containsAnyOf(LocalDate.of(y, 9, 1), LocalDate.of(y, 9, 3));
      LocalDate tet = LunarCalendar.official().newYear(y);
      assertThat(holidayDates(year, Holiday.LUNAR_NEW_YEAR)).as("%d Tết", y).hasSize(5)
          .allSatisfy(day -> assertThat(day).isBetween(tet.minusDays(5), tet.plusDays(7)));
      if (y >= 2026) {
        assertHoliday(year, LocalDate.of(y, 11, 24), Holiday.CULTURE_DAY);
      } else {
        assertThat(holidayDates(year, Holiday.CULTURE_DAY)).isEmpty();
      }
      int swapped = 0;
      int weekendHolidays = 0;
      int compensatory = 0;
      for (DayOff day : year.daysOff()) {
        boolean weekend = day.date().getDayOfWeek().getValue() >= 6;
        switch (day.kind()) {
          case SWAPPED -> {
            assertThat(weekend).as("%s is a weekday", day).isFalse();
            swapped++;
          }
          case COMPENSATORY -> {
            assertThat(weekend).as("%s is a weekday", day).isFalse();
            compensatory++;
          }
          case HOLIDAY -> weekendHolidays += weekend && day.holiday() != Holiday.CULTURE_DAY ? 1 : 0;
        }
      }
      assertThat(year.makeUpWorkdays()).allSatisfy(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
      assertThat(year.makeUpWorkdays()).as("%d make-up days", y).hasSize(swapped);
      assertThat(compensatory).as("%d compensatory days", y).isEqualTo(weekendHolidays);
    }
  }

  @Test
  void parse_validLines_groupsByYear() {
    var years =
        PublishedCalendars.parse(
            List.of(
                "# comment",
                "",
                "date,kind,holiday,source",
                "2031-05-01,HOLIDAY,LABOUR_DAY,TB 1",
                "2030-04-29,SWAPPED,REUNIFICATION_DAY,TB 2",
                "2030-05-04,MAKE_UP_WORKDAY,REUNIFICATION_DAY,TB 2",
                "2030-01-01,HOLIDAY,NEW_YEAR,TB 3"),
            "test.csv");
    assertThat(years.keySet()).containsExactly(2030, 2031);
    HolidayYear y2030 = years.get(2030);
    assertThat(y2030.daysOff()).extracting(DayOff::date)
        .containsExactly(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 4, 29));
    assertThat(y2030.makeUpWorkdays()).containsExactly(LocalDate.of(2030, 5, 4));
    assertThat(y2030.sources()).containsExactly("TB 2", "TB 3");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2030-01-01,HOLIDAY,NEW_YEAR,TB | test.csv line 1: expected the header 'date,kind,holiday,source'",
        "date,kind,holiday,source;2030-01-01,HOLIDAY,NEW_YEAR | test.csv line 2: expected 4 fields, found 3",
        "date,kind,holiday,source;2030-13-01,HOLIDAY,NEW_YEAR,TB | test.csv line 2: not a yyyy-MM-dd date: '2030-13-01'",
        "date,kind,holiday,source;2030-01-01,HOLIDAYS,NEW_YEAR,TB | test.csv line 2: unknown kind 'HOLIDAYS'",
        "date,kind,holiday,source;2030-01-01,HOLIDAY,TET,TB | test.csv line 2: unknown holiday 'TET'",
        "date,kind,holiday,source;2030-01-01,HOLIDAY,NEW_YEAR, TB | test.csv line 2: the source must be non-blank and"
            + " without surrounding spaces",
        "date,kind,holiday,source;2030-01-01,HOLIDAY,NEW_YEAR,TB;2030-01-01,SWAPPED,NEW_YEAR,TB"
            + " | test.csv: year 2030: daysOff lists 2030-01-01 twice",
        "# only a comment | test.csv: the header 'date,kind,holiday,source' is missing",
      })
  void parse_malformedFile_throwsNamingTheLine(String content, String message) {
    List<String> lines = List.of(content.split(";"));
    assertThatThrownBy(() -> PublishedCalendars.parse(lines, "test.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  private static void assertHoliday(HolidayYear year, LocalDate date, Holiday holiday) {
    assertThat(year.dayOff(date)).as("%s in %d", holiday, year.year())
        .contains(new DayOff(date, holiday, DayOffKind.HOLIDAY));
  }

  private static List<LocalDate> holidayDates(HolidayYear year, Holiday holiday) {
    List<LocalDate> dates = new ArrayList<>();
    for (DayOff day : year.daysOff()) {
      if (day.holiday() == holiday && day.kind() == DayOffKind.HOLIDAY) {
        dates.add(day.date());
      }
    }
    return dates;
  }

  private static List<String> resourceLines() throws IOException {
    try (InputStream in = CivilServiceCalendarDataTest.class.getResourceAsStream(PublishedCalendars.RESOURCE)) {
      assertThat(in).as(PublishedCalendars.RESOURCE).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    }
  }
}
