package dev.egov.model.calendar;

import static dev.egov.model.calendar.Times.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WorkingCalendarTest {

  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.civilService();

  @Test
  void civilService_hasTheDocumentedDefaults() {
    assertThat(CIVIL_SERVICE.zone()).isEqualTo(WorkingCalendar.VIETNAM).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(CIVIL_SERVICE.weeklyRestDays()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(CIVIL_SERVICE.officeHours())
        .containsExactly(
            TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(11, 30)),
            TimeWindow.of(LocalTime.of(13, 30), LocalTime.of(17, 0)));
    assertThat(CIVIL_SERVICE.workingDayLength()).isEqualTo(Duration.ofHours(8));
    assertThat(CIVIL_SERVICE.countsMakeUpSaturdays()).isTrue();
    assertThat(CIVIL_SERVICE.closures()).isEmpty();
    assertThat(CIVIL_SERVICE.holidays()).isSameAs(HolidayCalendar.vietnam());
    assertThat(WorkingCalendar.civilService()).isSameAs(CIVIL_SERVICE);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-03-03, true", // Monday
    "2025-03-07, true", // Friday
    "2025-03-08, false", // Saturday
    "2025-03-09, false", // Sunday
    "2025-04-07, false", // Giỗ Tổ, Monday
    "2026-01-02, false", // Friday swapped with Saturday 10/01
    "2026-01-10, true", // that Saturday, worked
    "2026-04-26, false", // Giỗ Tổ on a Sunday
    "2026-04-27, false", // its compensatory Monday
    "2027-05-03, false", // provisional: compensatory for 01/05/2027 (Saturday)
  })
  void isWorkingDay_civilService(LocalDate date, boolean working) {
    assertThat(CIVIL_SERVICE.isWorkingDay(date)).isEqualTo(working);
  }

  @Test
  void isWorkingDay_makeUpSaturdaysNotCounted_swappedDayStaysOff() {
    WorkingCalendar calendar = WorkingCalendar.builder().countMakeUpSaturdays(false).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
    assertThat(calendar.countsMakeUpSaturdays()).isFalse();
  }

  @Test
  void isWorkingDay_closure_isClosed() {
    WorkingCalendar calendar = WorkingCalendar.builder().closures(List.of(LocalDate.of(2025, 3, 5))).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 5))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 6))).isTrue();
    assertThat(calendar.closures()).containsExactly(LocalDate.of(2025, 3, 5));
  }

  @Test
  void isWorkingDay_officeOpenOnSaturdays_isOpenOnOrdinarySaturdaysButNotOnHolidays() {
    WorkingCalendar calendar = WorkingCalendar.builder().weeklyRestDays(Set.of(DayOfWeek.SUNDAY)).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // 27 Chạp: a weekend day, not a Tết day
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 6))).isFalse(); // mùng 1 Tết 2027, a Saturday
  }

  @Test
  void isWorkingDay_yearWithoutHolidays_throws() {
    assertThatThrownBy(() -> CIVIL_SERVICE.isWorkingDay(LocalDate.of(2019, 5, 2)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("No holidays for 2019");
  }

  /** Years before 2021 are not computed, but a user who has the old notice can supply it. */
  @Test
  void isWorkingDay_yearSuppliedByTheUser_works() {
    HolidayYear notice2019 =
        new HolidayYear(
            2019,
            CalendarStatus.PUBLISHED,
            List.of(new DayOff(LocalDate.of(2019, 5, 1), Holiday.LABOUR_DAY, DayOffKind.HOLIDAY)),
            List.of(),
            List.of("user-supplied"));
    WorkingCalendar calendar =
        WorkingCalendar.builder().holidays(HolidayCalendar.builder().publishedYear(notice2019).build()).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 5, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 5, 2))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-02-13, 2026-02-23", // Friday before the Tết break → Monday after it
    "2025-12-31, 2026-01-05", // 01/01 holiday, 02/01 swapped, then the weekend
    "2026-01-09, 2026-01-10", // the make-up Saturday
    "2025-03-03, 2025-03-04",
  })
  void nextWorkingDay_skipsClosedDays(LocalDate date, LocalDate next) {
    assertThat(CIVIL_SERVICE.nextWorkingDay(date)).isEqualTo(next);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-03-03T06:59:59, false",
    "2025-03-03T07:00, true",
    "2025-03-03T11:29:59, true",
    "2025-03-03T11:30, false",
    "2025-03-03T12:30, false",
    "2025-03-03T13:30, true",
    "2025-03-03T16:59:59, true",
    "2025-03-03T17:00, false",
    "2025-03-08T09:00, false",
  })
  void isOpen_officeHoursAreHalfOpenIntervals(String local, boolean open) {
    assertThat(CIVIL_SERVICE.isOpen(vn(local))).isEqualTo(open);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-03-03T09:15, 2025-03-03T09:15", // open: itself
    "2025-03-03T06:00, 2025-03-03T07:00", // before opening
    "2025-03-03T11:30, 2025-03-03T13:30", // lunch
    "2025-03-03T12:45, 2025-03-03T13:30",
    "2025-03-03T17:00, 2025-03-04T07:00", // after closing
    "2025-03-07T18:00, 2025-03-10T07:00", // Friday evening → Monday
    "2026-02-13T17:30, 2026-02-23T07:00", // before the Tết break
    "2026-01-09T17:30, 2026-01-10T07:00", // → make-up Saturday
  })
  void nextOpening_outsideHours_movesToTheNextOpening(String local, String expected) {
    assertThat(CIVIL_SERVICE.nextOpening(vn(local))).isEqualTo(vn(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "2025-03-03T07:00, 2025-03-03T17:00, PT8H",
    "2025-03-03T11:00, 2025-03-03T14:00, PT1H", // 11:00–11:30 and 13:30–14:00
    "2025-03-03T12:00, 2025-03-03T13:00, PT0S",
    "2025-03-07T16:00, 2025-03-10T08:00, PT2H", // over a weekend
    "2026-02-13T16:00, 2026-02-23T08:00, PT2H", // over the Tết break
    "2025-03-03T09:00, 2025-03-03T09:00, PT0S",
  })
  void workingTimeBetween_countsOnlyOfficeHours(String from, String to, Duration expected) {
    assertThat(CIVIL_SERVICE.workingTimeBetween(vn(from), vn(to))).isEqualTo(expected);
  }

  @Test
  void workingTimeBetween_reversed_throws() {
    assertThatThrownBy(() -> CIVIL_SERVICE.workingTimeBetween(vn("2025-03-04T09:00"), vn("2025-03-03T09:00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusWorkingTime_negative_throws() {
    assertThatThrownBy(() -> CIVIL_SERVICE.plusWorkingTime(vn("2025-03-03T09:00"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1H");
  }

  @Test
  void plusWorkingTime_zero_returnsTheStartEvenWhenClosed() {
    assertThat(CIVIL_SERVICE.plusWorkingTime(vn("2025-03-08T09:00"), Duration.ZERO)).isEqualTo(vn("2025-03-08T09:00"));
  }

  @Test
  void openingHours_closedDay_isEmpty() {
    assertThat(CIVIL_SERVICE.openingHours(LocalDate.of(2025, 3, 8))).isEmpty();
    assertThat(CIVIL_SERVICE.openingHours(LocalDate.of(2025, 3, 7))).hasSize(2);
  }

  @Test
  void zone_readsInstantsInTheCalendarsZoneNotTheJvmDefault() {
    // Tests run with the JVM default zone America/St_Johns; the calendar must not notice.
    WorkingCalendar utc = WorkingCalendar.builder().zone(ZoneOffset.UTC).build();
    assertThat(utc.isOpen(vn("2025-03-03T14:00"))).isTrue(); // 07:00 UTC
    assertThat(CIVIL_SERVICE.isOpen(vn("2025-03-03T14:00"))).isTrue();
    assertThat(utc.isOpen(vn("2025-03-03T08:00"))).isFalse(); // 01:00 UTC
  }

  @Test
  void officeHours_custom_changesTheDayLength() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .officeHours(List.of(TimeWindow.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                TimeWindow.of(LocalTime.of(13, 0), LocalTime.of(16, 30))))
            .build();
    assertThat(calendar.workingDayLength()).isEqualTo(Duration.ofMinutes(450));
    assertThat(calendar.nextOpening(vn("2025-03-03T07:00"))).isEqualTo(vn("2025-03-03T07:30"));
  }

  @Test
  void builder_settingTwice_throwsNamingTheSettingAndValue() {
    assertThatThrownBy(() -> WorkingCalendar.builder().zone(ZoneOffset.UTC).zone(ZoneOffset.UTC))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("zone was already set to Z");
    assertThatThrownBy(() -> WorkingCalendar.builder().weeklyRestDays(Set.of()).weeklyRestDays(Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("weeklyRestDays was already set to []");
    assertThatThrownBy(() -> WorkingCalendar.builder().officeHours(WorkingCalendar.civilService().officeHours())
            .officeHours(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("officeHours was already set to [07:00–11:30, 13:30–17:00]");
    assertThatThrownBy(() -> WorkingCalendar.builder().countMakeUpSaturdays(false).countMakeUpSaturdays(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("countMakeUpSaturdays was already set to false");
    assertThatThrownBy(() -> WorkingCalendar.builder().closures(List.of()).closures(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("closures was already set to []");
    assertThatThrownBy(() -> WorkingCalendar.builder().holidays(HolidayCalendar.vietnam())
            .holidays(HolidayCalendar.vietnam()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("holidays was already set to HolidayCalendar{");
  }

  @Test
  void weeklyRestDays_everyDay_throws() {
    assertThatThrownBy(() -> WorkingCalendar.builder().weeklyRestDays(EnumSet.allOf(DayOfWeek.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weeklyRestDays must leave a working day");
  }

  @Test
  void weeklyRestDays_none_isAllowed() {
    WorkingCalendar calendar = WorkingCalendar.builder().weeklyRestDays(Set.of()).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 9))).isTrue();
  }

  @Test
  void officeHours_invalid_throws() {
    TimeWindow morning = TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(11, 30));
    TimeWindow touching = TimeWindow.of(LocalTime.of(11, 30), LocalTime.of(17, 0));
    TimeWindow earlier = TimeWindow.of(LocalTime.of(6, 0), LocalTime.of(6, 30));
    assertThatThrownBy(() -> WorkingCalendar.builder().officeHours(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("officeHours must have at least one window");
    assertThatThrownBy(() -> WorkingCalendar.builder().officeHours(List.of(morning, touching)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("officeHours must be sorted with a gap between windows");
    assertThatThrownBy(() -> WorkingCalendar.builder().officeHours(List.of(morning, earlier)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closures_duplicate_throws() {
    LocalDate day = LocalDate.of(2025, 3, 5);
    assertThatThrownBy(() -> WorkingCalendar.builder().closures(List.of(day, day)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closures lists 2025-03-05 twice");
  }

  @Test
  void newBuilder_keepsSettingsAndAllowsEachOnce() {
    WorkingCalendar original =
        WorkingCalendar.builder()
            .countMakeUpSaturdays(false)
            .closures(List.of(LocalDate.of(2025, 3, 5)))
            .build();
    WorkingCalendar derived = original.newBuilder().weeklyRestDays(Set.of(DayOfWeek.SUNDAY)).countMakeUpSaturdays(true)
        .build();
    assertThat(derived.countsMakeUpSaturdays()).isTrue();
    assertThat(derived.closures()).containsExactly(LocalDate.of(2025, 3, 5));
    assertThat(derived.weeklyRestDays()).containsExactly(DayOfWeek.SUNDAY);
    assertThat(original.weeklyRestDays()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(original.countsMakeUpSaturdays()).isFalse();
  }

  @Test
  void accessors_areUnmodifiable() {
    assertThatThrownBy(() -> CIVIL_SERVICE.weeklyRestDays().add(DayOfWeek.MONDAY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CIVIL_SERVICE.closures().add(LocalDate.of(2025, 1, 2)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CIVIL_SERVICE.officeHours().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_namesTheSettings() {
    assertThat(CIVIL_SERVICE.toString())
        .contains("zone=Asia/Ho_Chi_Minh", "[SATURDAY, SUNDAY]", "07:00–11:30", "countMakeUpSaturdays=true");
  }
}
