package dev.egov.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link WorkingCalendar#plusWorkingTime} (and {@link WorkingCalendar#workingTimeBetween}, {@link
 * WorkingCalendar#nextOpening}) takes a fast path (nanoseconds of the local day at one UTC offset, whole
 * working days skipped at once, working days looked up in a per-year bit set) and falls back to the window-by-window
 * computation through the time zone near an offset change. Both must give the same instant for every start and amount:
 * this compares them over seeded random starts (any minute, office-hour boundaries, closed days) and amounts (whole
 * days, whole windows, odd nanoseconds), for several calendars, including one in a zone with daylight saving time so
 * that the fallback runs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkingTimeArithmeticProperties {

  private static final long DAY_NANOS = Duration.ofHours(8).toNanos();

  static Stream<Arguments> calendars() {
    return Stream.of(
        Arguments.of("civil service", WorkingCalendar.civilService(), 1L),
        Arguments.of("odd hours, Saturdays worked, closures", WorkingCalendar.builder()
            .officeHours(List.of(TimeWindow.of(LocalTime.of(7, 15), LocalTime.of(11, 45, 30)),
                TimeWindow.of(LocalTime.of(13, 0), LocalTime.of(16, 59, 59, 999_999_999))))
            .weeklyRestDays(EnumSet.of(DayOfWeek.SUNDAY))
            .closures(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2025, 12, 31)))
            .build(), 2L),
        Arguments.of("make-up Saturdays not counted", WorkingCalendar.builder().countMakeUpSaturdays(false).build(),
            3L),
        Arguments.of("Europe/Berlin, daylight saving time", WorkingCalendar.builder()
            .zone(ZoneId.of("Europe/Berlin"))
            .officeHours(List.of(TimeWindow.of(LocalTime.of(0, 30), LocalTime.of(3, 30)),
                TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(17, 0))))
            .build(), 4L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void fastPath_agreesWithTheStepwiseComputation(String name, WorkingCalendar calendar, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant first = Instant.parse("2024-01-01T00:00:00Z");
    long span = Duration.between(first, Instant.parse("2027-10-01T00:00:00Z")).getSeconds();
    for (int i = 0; i < 4_000; i++) {
      Instant from = start(random, calendar, first.plusSeconds(random.nextLong(span)));
      Duration amount = amount(random);

      assertThat(calendar.plusWorkingTime(from, amount))
          .as("%s + %s", from, amount)
          .isEqualTo(calendar.plusWorkingTimeStepwise(from, amount));
    }
  }

  /**
   * {@link WorkingCalendar#workingTimeBetween} counts whole days by the bits of the per-year working-day sets and the
   * partial days in local nanoseconds; it must equal the window-by-window sum, also for spans across years and for two
   * instants on the same day, and it must invert {@link WorkingCalendar#plusWorkingTime}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void workingTimeBetween_fastPath_agreesWithTheStepwiseSumAndInvertsPlusWorkingTime(
      String name, WorkingCalendar calendar, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 31);
    Instant first = Instant.parse("2024-01-01T00:00:00Z");
    long span = Duration.between(first, Instant.parse("2027-10-01T00:00:00Z")).getSeconds();
    for (int i = 0; i < 1_000; i++) {
      Instant from = start(random, calendar, first.plusSeconds(random.nextLong(span)));
      Instant to = random.nextInt(4) == 0
          ? from.plusSeconds(random.nextLong(86_400))
          : start(random, calendar, from.plusSeconds(random.nextLong(200L * 86_400)));
      if (to.isBefore(from)) {
        Instant swap = from;
        from = to;
        to = swap;
      }
      assertThat(calendar.workingTimeBetween(from, to))
          .as("%s to %s", from, to)
          .isEqualTo(calendar.workingTimeBetweenStepwise(from, to));
      Duration amount = amount(random);
      assertThat(calendar.workingTimeBetween(from, calendar.plusWorkingTime(from, amount)))
          .as("%s + %s", from, amount)
          .isEqualTo(amount);
    }
  }

  /** {@link WorkingCalendar#nextOpening}'s fast path agrees with the window-by-window search. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void nextOpening_fastPath_agreesWithTheStepwiseSearch(String name, WorkingCalendar calendar, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 37);
    Instant first = Instant.parse("2024-01-01T00:00:00Z");
    long span = Duration.between(first, Instant.parse("2027-10-01T00:00:00Z")).getSeconds();
    for (int i = 0; i < 4_000; i++) {
      Instant at = start(random, calendar, first.plusSeconds(random.nextLong(span)));
      assertThat(calendar.nextOpening(at)).as("%s", at).isEqualTo(calendar.nextOpeningStepwise(at));
    }
  }

  /** Any second, or exactly an office-hour boundary, or a boundary plus or minus a nanosecond. */
  private static Instant start(SplittableRandom random, WorkingCalendar calendar, Instant any) {
    int kind = random.nextInt(4);
    if (kind == 0) {
      return any;
    }
    LocalDate date = LocalDate.ofInstant(any, calendar.zone());
    List<TimeWindow> windows = calendar.officeHours();
    TimeWindow window = windows.get(random.nextInt(windows.size()));
    LocalTime time = random.nextBoolean() ? window.start() : window.end();
    Instant boundary = date.atTime(time).atZone(calendar.zone()).toInstant();
    return kind == 1 ? boundary : boundary.plusNanos(kind == 2 ? 1 : -1);
  }

  /** Whole working days, whole hours, or any nanosecond count up to 40 working days. */
  private static Duration amount(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> Duration.ofNanos(DAY_NANOS * random.nextInt(1, 41));
      case 1 -> Duration.ofHours(random.nextInt(1, 200));
      default -> Duration.ofNanos(random.nextLong(1, 40 * DAY_NANOS));
    };
  }
}
