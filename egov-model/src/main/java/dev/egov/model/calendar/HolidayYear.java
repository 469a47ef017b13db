package dev.egov.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The public holidays of one year: every day off, the make-up working days, whether they were published, and their
 * sources.
 *
 * <p>{@code daysOff} holds each day of each holiday (also those falling on a weekly rest day), each compensatory day and
 * each swapped day. {@code makeUpWorkdays} holds the days, usually Saturdays, that civil servants work in exchange for a
 * swapped day. Both lists are sorted by date.
 *
 * <p>To use a newly published notice before egov bundles it, build the year and pass it to
 * {@link HolidayCalendar.Builder#publishedYear(HolidayYear)}:
 *
 * <pre>{@code
 * HolidayYear notice = new HolidayYear(2027, CalendarStatus.PUBLISHED,
 *     List.of(new DayOff(LocalDate.of(2027, 1, 1), Holiday.NEW_YEAR, DayOffKind.HOLIDAY)),  // … and the others
 *     List.of(),
 *     List.of("TB …/TB-BNV"));
 * }</pre>
 *
 * @param year the year
 * @param status whether the days were published or computed
 * @param daysOff the days off, sorted by date, at most one per date
 * @param makeUpWorkdays the make-up working days (ngày làm bù), sorted, none of them a day off
 * @param sources the notices or legal provisions the days come from, at least one
 * @since 0.1.0
 */
public record HolidayYear(
    int year, CalendarStatus status, List<DayOff> daysOff, List<LocalDate> makeUpWorkdays, List<String> sources) {

  /**
   * Copies and sorts the lists and checks that every day lies in {@code year} and appears once.
   *
   * @param year the year
   * @param status whether the days were published or computed
   * @param daysOff the days off, sorted by date, at most one per date
   * @param makeUpWorkdays the make-up working days (ngày làm bù), sorted, none of them a day off
   * @param sources the notices or legal provisions the days come from, at least one
   * @throws IllegalArgumentException if a day lies in another year, a date is listed twice, a make-up day is also a day
   *     off, or no source is given
   */
  public HolidayYear {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(daysOff, "daysOff");
    Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays");
    Objects.requireNonNull(sources, "sources");
    List<DayOff> sortedDaysOff = new ArrayList<>(daysOff);
    sortedDaysOff.sort(Comparator.comparing(DayOff::date));
    List<LocalDate> sortedMakeUps = new ArrayList<>(makeUpWorkdays);
    sortedMakeUps.sort(Comparator.naturalOrder());
    daysOff = List.copyOf(sortedDaysOff);
    makeUpWorkdays = List.copyOf(sortedMakeUps);
    sources = List.copyOf(sources);
    for (int i = 0; i < daysOff.size(); i++) {
      LocalDate date = daysOff.get(i).date();
      checkYear(year, date, "daysOff");
      if (i > 0 && daysOff.get(i - 1).date().equals(date)) {
        throw new IllegalArgumentException("daysOff lists " + date + " twice");
      }
    }
    for (int i = 0; i < makeUpWorkdays.size(); i++) {
      LocalDate date = makeUpWorkdays.get(i);
      checkYear(year, date, "makeUpWorkdays");
      if (i > 0 && makeUpWorkdays.get(i - 1).equals(date)) {
        throw new IllegalArgumentException("makeUpWorkdays lists " + date + " twice");
      }
      if (find(daysOff, date).isPresent()) {
        throw new IllegalArgumentException(date + " is both a make-up working day and a day off");
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("sources is empty: name the notice or provision the days come from");
    }
    for (String source : sources) {
      if (source.isBlank()) {
        throw new IllegalArgumentException("sources contains a blank string");
      }
    }
  }

  private static void checkYear(int year, LocalDate date, String field) {
    if (date.getYear() != year) {
      throw new IllegalArgumentException(field + " contains " + date + ", which is not in " + year);
    }
  }

  private static Optional<DayOff> find(List<DayOff> daysOff, LocalDate date) {
    for (DayOff day : daysOff) {
      if (day.date().equals(date)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the day off on a date, if the date is one.
   *
   * @param date a date of this year
   * @return the day off, or empty
   */
  public Optional<DayOff> dayOff(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return find(daysOff, date);
  }

  /**
   * Returns whether a date is a make-up working day.
   *
   * @param date a date of this year
   * @return whether civil servants work on that day in exchange for a swapped day
   */
  public boolean isMakeUpWorkday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return makeUpWorkdays.contains(date);
  }
}
