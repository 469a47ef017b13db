package dev.egov.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LunarCalendarTest {

  private static final LunarCalendar OFFICIAL = LunarCalendar.official();
  private static final LunarCalendar UTC8 = LunarCalendar.withFixedOffset(ZoneOffset.ofHours(8));

  /** docs/calendar-and-due-dates.md, The lunar calendar: giao thừa, mùng 1 Tết and Giỗ Tổ 10/3 ÂL, 2024–2028, official (UTC+7) calendar. */
  @ParameterizedTest(name = "{0}: eve {1} ({4} Chạp), Tết {2}, Hùng Kings {3}")
  @CsvSource({
    "2024, 2024-02-09, 2024-02-10, 2024-04-18, 30, FRIDAY, SATURDAY, THURSDAY",
    "2025, 2025-01-28, 2025-01-29, 2025-04-07, 29, TUESDAY, WEDNESDAY, MONDAY",
    "2026, 2026-02-16, 2026-02-17, 2026-04-26, 29, MONDAY, TUESDAY, SUNDAY",
    "2027, 2027-02-05, 2027-02-06, 2027-04-16, 29, FRIDAY, SATURDAY, FRIDAY",
    "2028, 2028-01-25, 2028-01-26, 2028-04-04, 29, TUESDAY, WEDNESDAY, TUESDAY",
  })
  void newYear_referenceTable_matches(
      int year,
      LocalDate eve,
      LocalDate tet,
      LocalDate hungKings,
      int eveDay,
      DayOfWeek eveWeekday,
      DayOfWeek tetWeekday,
      DayOfWeek hungKingsWeekday) {
    assertThat(OFFICIAL.newYear(year)).isEqualTo(tet);
    assertThat(tet.getDayOfWeek()).isEqualTo(tetWeekday);
    assertThat(OFFICIAL.toLunar(eve)).isEqualTo(new LunarDate(year - 1, 12, eveDay, false));
    assertThat(eve.getDayOfWeek()).isEqualTo(eveWeekday);
    assertThat(OFFICIAL.lengthOfMonth(year - 1, 12, false)).isEqualTo(eveDay);
    assertThat(OFFICIAL.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(hungKings);
    assertThat(hungKings.getDayOfWeek()).isEqualTo(hungKingsWeekday);
  }

  /** Tết of recent years, as published (official calendar). */
  @ParameterizedTest
  @CsvSource({"2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "1900, 1900-01-31"})
  void newYear_knownYears_matches(int year, LocalDate tet) {
    assertThat(OFFICIAL.newYear(year)).isEqualTo(tet);
  }

  /** The classic divergence: the Vietnamese calendar (UTC+7) puts Tết Ất Sửu a month before the Chinese one (UTC+8). */
  @Test
  void newYear_1985_vietnamAndChinaDiffer() {
    assertThat(OFFICIAL.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(UTC8.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
  }

  /** 2007: the new moon of 17 February fell before midnight at UTC+7 and after it at UTC+8. */
  @Test
  void newYear_2007_vietnamAndChinaDiffer() {
    assertThat(OFFICIAL.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(UTC8.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
  }

  /**
   * Tết Mậu Thân: the North's calendar, computed at UTC+7 from 1968 (the official one), has 29 January 1968; the
   * South's, still at UTC+8, had 30 January 1968.
   */
  @Test
  void newYear_1968_northUsesUtc7AndSouthUtc8() {
    assertThat(OFFICIAL.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 29));
    assertThat(UTC8.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 30));
  }

  /**
   * Lunar years before 1968 are computed at UTC+8, so until month 11 of Đinh Mùi (December 1967), where the span of
   * lunar year 1968 begins, the official calendar agrees with the UTC+8 one day by day.
   */
  @Test
  void toLunar_before1968_usesUtc8() {
    // 1965 is one of the years where UTC+7 and UTC+8 disagree on Tết.
    LunarCalendar utc7 = LunarCalendar.withFixedOffset(ZoneOffset.ofHours(7));
    assertThat(utc7.newYear(1965)).isNotEqualTo(UTC8.newYear(1965));
    assertThat(OFFICIAL.newYear(1965)).isEqualTo(UTC8.newYear(1965));
    for (LocalDate day = LocalDate.of(1900, 1, 1); day.isBefore(LocalDate.of(1967, 12, 1)); day = day.plusDays(1)) {
      if (!OFFICIAL.toLunar(day).equals(UTC8.toLunar(day))) {
        throw new AssertionError(day + ": official " + OFFICIAL.toLunar(day) + ", UTC+8 " + UTC8.toLunar(day));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6"})
  void leapMonth_knownLeapYears_returnsMonth(int year, int month) {
    assertThat(OFFICIAL.leapMonth(year)).isEqualTo(OptionalInt.of(month));
  }

  @ParameterizedTest
  @CsvSource({"2021", "2022", "2024", "2026", "2027"})
  void leapMonth_commonYears_isEmpty(int year) {
    assertThat(OFFICIAL.leapMonth(year)).isEmpty();
  }

  /** Festivals after the leap month 6 of Ất Tỵ: Vu Lan (15/7) and Mid-Autumn (15/8) 2025, and Mid-Autumn 2023/2024. */
  @Test
  void toSolar_afterLeapMonth_countsTheLeapMonth() {
    assertThat(OFFICIAL.toSolar(new LunarDate(2025, 6, 1, true))).isEqualTo(LocalDate.of(2025, 7, 25));
    assertThat(OFFICIAL.toSolar(LunarDate.of(2025, 7, 15))).isEqualTo(LocalDate.of(2025, 9, 6));
    assertThat(OFFICIAL.toSolar(LunarDate.of(2025, 8, 15))).isEqualTo(LocalDate.of(2025, 10, 6));
    assertThat(OFFICIAL.toSolar(LunarDate.of(2024, 8, 15))).isEqualTo(LocalDate.of(2024, 9, 17));
    assertThat(OFFICIAL.toSolar(LunarDate.of(2023, 8, 15))).isEqualTo(LocalDate.of(2023, 9, 29));
  }

  @Test
  void toLunar_leapMonthDay_isFlaggedLeap() {
    assertThat(OFFICIAL.toLunar(LocalDate.of(2025, 8, 1))).isEqualTo(new LunarDate(2025, 6, 8, true));
    assertThat(OFFICIAL.toLunar(LocalDate.of(2025, 7, 1))).isEqualTo(new LunarDate(2025, 6, 7, false));
  }

  /**
   * Every day of 1900–2199 converts to a lunar date and back; months have 29 or 30 days and follow each other without
   * a gap; every lunar year 1900–2199 has 12 months, or 13 with exactly one leap month.
   */
  @Test
  void toLunar_everyDay1900To2199_roundTripsAndMonthsAreWellFormed() {
    LunarDate previous = null;
    int days = 0;
    for (LocalDate day = LunarCalendar.MIN_DATE; !day.isAfter(LunarCalendar.MAX_DATE); day = day.plusDays(1)) {
      LunarDate lunar = OFFICIAL.toLunar(day);
      if (OFFICIAL.toSolar(lunar).compareTo(day) != 0) {
        throw new AssertionError(day + " -> " + lunar + " -> " + OFFICIAL.toSolar(lunar));
      }
      if (previous != null && lunar.day() != previous.day() + 1) {
        // A new month starts: the previous one had 29 or 30 days, and this one starts on day 1.
        if (lunar.day() != 1 || previous.day() < 29) {
          throw new AssertionError("month break at " + day + ": " + previous + " then " + lunar);
        }
      }
      previous = lunar;
      days++;
    }
    assertThat(days).isEqualTo(300 * 365 + 73); // 73 leap days: 1904–2196 except 1900 and 2100
    for (int year = 1900; year <= 2199; year++) {
      OptionalInt leap = OFFICIAL.leapMonth(year);
      int months = 0;
      for (int month = 1; month <= 12; month++) {
        assertThat(OFFICIAL.lengthOfMonth(year, month, false)).isBetween(29, 30);
        months++;
        if (leap.isPresent() && leap.getAsInt() == month) {
          assertThat(OFFICIAL.lengthOfMonth(year, month, true)).isBetween(29, 30);
          months++;
        }
      }
      assertThat(months).as("months of lunar year %d", year).isIn(12, 13);
      if (year < 2199) {
        long length = OFFICIAL.newYear(year + 1).toEpochDay() - OFFICIAL.newYear(year).toEpochDay();
        assertThat(length).as("days of lunar year %d", year).isBetween(months == 13 ? 383L : 353L, months == 13 ? 385L : 355L);
      }
    }
  }

  @Test
  void toLunar_rangeEdges_convert() {
    assertThat(OFFICIAL.toLunar(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1899, 12, 1));
    assertThat(OFFICIAL.toLunar(LocalDate.of(2199, 12, 31)).year()).isEqualTo(2199);
  }

  @Test
  void toLunar_outsideRange_throws() {
    assertThatThrownBy(() -> OFFICIAL.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> OFFICIAL.toLunar(LocalDate.of(2200, 1, 1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("2200-01-01");
  }

  @Test
  void toSolar_outsideRange_throws() {
    assertThatThrownBy(() -> OFFICIAL.toSolar(LunarDate.of(1899, 11, 1))).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> OFFICIAL.newYear(2200)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> OFFICIAL.newYear(1850)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> OFFICIAL.leapMonth(1899)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void toSolar_missingLeapMonth_throws() {
    assertThatThrownBy(() -> OFFICIAL.toSolar(new LunarDate(2024, 6, 1, true)))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("Lunar year 2024 has no leap month 6");
  }

  @Test
  void toSolar_day30OfShortMonth_throws() {
    // Tháng Chạp Ất Tỵ (2025) has 29 days: giao thừa 2026 is 29 Chạp.
    assertThatThrownBy(() -> OFFICIAL.toSolar(LunarDate.of(2025, 12, 30)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("has 29 days");
  }

  @Test
  void lengthOfMonth_invalidMonth_throws() {
    assertThatThrownBy(() -> OFFICIAL.lengthOfMonth(2024, 13, false)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void official_isShared() {
    assertThat(LunarCalendar.official()).isSameAs(OFFICIAL);
    assertThat(OFFICIAL.toString()).contains("UTC+07:00 from 1968");
    assertThat(UTC8.toString()).contains("+08:00");
  }
}
