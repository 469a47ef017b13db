package dev.egov.model.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The public holidays of Vietnam, year by year: the published civil-service calendar where one exists, otherwise the
 * days computed from the statutory rules.
 *
 * <p><b>Published years.</b> Each year the government publishes which days civil servants take off, including the
 * Prime Minister's choice of Tết days and of the second National Day day (Bộ luật Lao động 2019 Art. 112(3)) and any
 * swaps of a weekday with a Saturday. egov bundles the notices for 2024 (TB 5015/TB-LĐTBXH, TB 1570/TB-LĐTBXH), 2025
 * (TB 6150/TB-BLĐTBXH) and 2026 (TB 9441/TB-BNV; NQ 28/2026/QH16 for 24 November). A published calendar always wins over
 * the computed one. Add a newer notice with {@link Builder#publishedYear(HolidayYear)}.
 *
 * <p><b>Computed (provisional) years, 2021 to 2199.</b> Bộ luật Lao động 2019 (in force 1 January 2021) Art. 112(1) and
 * Art. 111(3), with these defaults where the law leaves the choice to the Prime Minister:
 *
 * <ul>
 *   <li>1 January; 30 April; 1 May; 10th day of the 3rd lunar month (Giỗ Tổ Hùng Vương), in the
 *       {@linkplain LunarCalendar#official() official lunar calendar};
 *   <li>Tết: five consecutive days, by default the lunar new year's eve (the last day of the lunar year, 29 or 30 tháng
 *       Chạp) and mùng 1 to mùng 4, as the 2026 notice chose; other years chose the two days before mùng 1 and mùng 1
 *       to 3 ({@link Builder#tetDaysBeforeNewYear(int)});
 *   <li>National Day: 2 September and, as the second day, 3 September if 2 September is a Monday, Thursday or Sunday,
 *       otherwise 1 September (the heuristic of the {@code holidays} Python library, which matches every notice of
 *       2021–2026);
 *   <li>from 2026, 24 November (Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16);
 *   <li>compensatory days (nghỉ bù, Art. 111(3)): a holiday that falls on a Saturday or Sunday, the weekly rest days of
 *       civil servants since QĐ 188/1999/QĐ-TTg, is taken on the next weekday that is not already a day off. 24 November
 *       is not compensated unless {@link Builder#cultureDayCompensated(boolean)} says so: it is not one of the Art. 112(1)
 *       holidays, and whether Art. 111(3) applies to it is uncertain;
 *   <li>no swapped days and no make-up working days: only a notice creates them.
 * </ul>
 *
 * <p>Years before 2021 (earlier labour codes had other holidays) and after 2199 (the lunar calendar's range) are not
 * computed: {@link #year(int)} throws for them unless they were published.
 *
 * <pre>{@code
 * HolidayCalendar holidays = HolidayCalendar.vietnam();
 * holidays.status(2026);                                  // PUBLISHED
 * holidays.dayOff(LocalDate.of(2026, 4, 27));             // COMPENSATORY for HUNG_KINGS_COMMEMORATION
 * holidays.status(2027);                                  // PROVISIONAL
 * HolidayCalendar privateSector = HolidayCalendar.builder().bundledNotices(false).build(); // statutory days only
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; computed years are cached per instance.
 *
 * @since 0.1.0
 */
public final class HolidayCalendar {

  /** The first year whose holidays are computed: Bộ luật Lao động 2019 took effect on 1 January 2021. */
  public static final int FIRST_COMPUTED_YEAR = 2021;

  /** The last year whose holidays are computed, the last year of the {@link LunarCalendar}. */
  public static final int LAST_COMPUTED_YEAR = 2199;

  /** The first year with Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16, in force 1 July 2026). */
  private static final int FIRST_CULTURE_DAY_YEAR = 2026;

  private static final String LABOUR_CODE = "Bộ luật Lao động 2019 (Luật 45/2019/QH14) Art. 111(3), 112(1)";
  private static final String CULTURE_DAY_RESOLUTION = "Nghị quyết 28/2026/QH16 Art. 2";

  private final boolean bundledNotices;
  private final SortedMap<Integer, HolidayYear> publishedYears;
  private final boolean cultureDayCompensated;
  private final int tetDaysBeforeNewYear;
  private final ConcurrentMap<Integer, HolidayYear> computedYears = new ConcurrentHashMap<>();

  private HolidayCalendar(Builder builder) {
    this.bundledNotices = builder.bundledNotices;
    this.publishedYears = Collections.unmodifiableSortedMap(new TreeMap<>(builder.publishedYears));
    this.cultureDayCompensated = builder.cultureDayCompensated;
    this.tetDaysBeforeNewYear = builder.tetDaysBeforeNewYear;
  }

  private static final class Default {
    static final HolidayCalendar INSTANCE = new Builder().build();
  }

  /**
   * Returns the holidays of Vietnamese civil servants with every default: the bundled notices, then the statutory
   * rules.
   *
   * @return the shared default calendar
   */
  public static HolidayCalendar vietnam() {
    return Default.INSTANCE;
  }

  /**
   * Returns a builder with every default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this calendar's settings. Each setting may still be set once.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the holidays of a year: the published calendar if there is one, otherwise the computed one.
   *
   * @param year the year
   * @return the year's days off and make-up days
   * @throws DateTimeException if the year was not published and is outside {@value #FIRST_COMPUTED_YEAR} to
   *     {@value #LAST_COMPUTED_YEAR}
   */
  public HolidayYear year(int year) {
    HolidayYear published = publishedYears.get(year);
    if (published == null && bundledNotices) {
      published = PublishedCalendars.bundled().get(year);
    }
    if (published != null) {
      return published;
    }
    if (year < FIRST_COMPUTED_YEAR || year > LAST_COMPUTED_YEAR) {
      throw new DateTimeException(
          "No holidays for " + year + ": none were published, and they are computed only for " + FIRST_COMPUTED_YEAR
              + " to " + LAST_COMPUTED_YEAR + " (Bộ luật Lao động 2019)");
    }
    return computedYears.computeIfAbsent(year, this::compute);
  }

  /**
   * Returns whether a year's holidays were published or are computed.
   *
   * @param year the year
   * @return {@link CalendarStatus#PUBLISHED} or {@link CalendarStatus#PROVISIONAL}
   * @throws DateTimeException if the year was not published and cannot be computed, as for {@link #year(int)}
   */
  public CalendarStatus status(int year) {
    return year(year).status();
  }

  /**
   * Returns the years with a published calendar, bundled or supplied.
   *
   * @return the years, ascending
   */
  public List<Integer> publishedYears() {
    SortedSet<Integer> years = new TreeSet<>(publishedYears.keySet());
    if (bundledNotices) {
      years.addAll(PublishedCalendars.bundled().keySet());
    }
    return List.copyOf(years);
  }

  /**
   * Returns the day off on a date, if it is one.
   *
   * @param date the date
   * @return the day off, or empty
   * @throws DateTimeException if the date's year has no holidays, as for {@link #year(int)}
   */
  public Optional<DayOff> dayOff(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return year(date.getYear()).dayOff(date);
  }

  /**
   * Returns whether a date is a make-up working day (ngày làm bù).
   *
   * @param date the date
   * @return whether civil servants work on that day in exchange for a swapped day
   * @throws DateTimeException if the date's year has no holidays, as for {@link #year(int)}
   */
  public boolean isMakeUpWorkday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return year(date.getYear()).isMakeUpWorkday(date);
  }

  /**
   * Returns whether the notices bundled with egov are used.
   *
   * @return the setting of {@link Builder#bundledNotices(boolean)}
   */
  public boolean bundledNotices() {
    return bundledNotices;
  }

  /**
   * Returns whether 24 November is compensated in computed years when it falls on a weekend.
   *
   * @return the setting of {@link Builder#cultureDayCompensated(boolean)}
   */
  public boolean cultureDayCompensated() {
    return cultureDayCompensated;
  }

  /**
   * Returns how many of the five computed Tết days come before mùng 1.
   *
   * @return the setting of {@link Builder#tetDaysBeforeNewYear(int)}
   */
  public int tetDaysBeforeNewYear() {
    return tetDaysBeforeNewYear;
  }

  private HolidayYear compute(int year) {
    LunarCalendar lunar = LunarCalendar.official();
    List<DayOff> holidays = new ArrayList<>();
    holidays.add(holiday(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEAR));
    LocalDate firstTetDay = lunar.newYear(year).minusDays(tetDaysBeforeNewYear);
    for (int i = 0; i < 5; i++) {
      holidays.add(holiday(firstTetDay.plusDays(i), Holiday.LUNAR_NEW_YEAR));
    }
    holidays.add(holiday(lunar.toSolar(LunarDate.of(year, 3, 10)), Holiday.HUNG_KINGS_COMMEMORATION));
    holidays.add(holiday(LocalDate.of(year, Month.APRIL, 30), Holiday.REUNIFICATION_DAY));
    holidays.add(holiday(LocalDate.of(year, Month.MAY, 1), Holiday.LABOUR_DAY));
    LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
    holidays.add(holiday(nationalDay, Holiday.NATIONAL_DAY));
    holidays.add(holiday(secondNationalDay(nationalDay), Holiday.NATIONAL_DAY));
    List<String> sources = new ArrayList<>(List.of(LABOUR_CODE));
    if (year >= FIRST_CULTURE_DAY_YEAR) {
      holidays.add(holiday(LocalDate.of(year, Month.NOVEMBER, 24), Holiday.CULTURE_DAY));
      sources.add(CULTURE_DAY_RESOLUTION);
    }
    holidays.sort(Comparator.comparing(DayOff::date));

    SortedSet<LocalDate> taken = new TreeSet<>();
    for (DayOff day : holidays) {
      taken.add(day.date());
    }
    List<DayOff> daysOff = new ArrayList<>(holidays);
    for (DayOff day : holidays) {
      boolean compensated = day.holiday() != Holiday.CULTURE_DAY || cultureDayCompensated;
      if (compensated && isWeekend(day.date())) {
        LocalDate substitute = day.date().plusDays(1);
        while (isWeekend(substitute) || taken.contains(substitute)) {
          substitute = substitute.plusDays(1);
        }
        taken.add(substitute);
        daysOff.add(new DayOff(substitute, day.holiday(), DayOffKind.COMPENSATORY));
      }
    }
    return new HolidayYear(year, CalendarStatus.PROVISIONAL, daysOff, List.of(), sources);
  }

  private static DayOff holiday(LocalDate date, Holiday holiday) {
    return new DayOff(date, holiday, DayOffKind.HOLIDAY);
  }

  /** The second National Day day: the heuristic of vacanza/holidays, which matches the notices of 2021 to 2026. */
  private static LocalDate secondNationalDay(LocalDate nationalDay) {
    return switch (nationalDay.getDayOfWeek()) {
      case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
      default -> nationalDay.minusDays(1);
    };
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** Returns the settings, for diagnostics. */
  @Override
  public String toString() {
    return "HolidayCalendar{bundledNotices=" + bundledNotices
        + ", publishedYears=" + publishedYears.keySet()
        + ", cultureDayCompensated=" + cultureDayCompensated
        + ", tetDaysBeforeNewYear=" + tetDaysBeforeNewYear + '}';
  }

  /**
   * Builds a {@link HolidayCalendar}. Each setting may be set once; a second call throws {@link IllegalStateException}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private boolean bundledNotices = true;
    private boolean bundledNoticesSet;
    private final SortedMap<Integer, HolidayYear> publishedYears = new TreeMap<>();
    private final SortedSet<Integer> publishedYearsSet = new TreeSet<>();
    private boolean cultureDayCompensated;
    private boolean cultureDayCompensatedSet;
    private int tetDaysBeforeNewYear = 1;
    private boolean tetDaysBeforeNewYearSet;

    private Builder() {}

    private Builder(HolidayCalendar calendar) {
      this.bundledNotices = calendar.bundledNotices;
      this.publishedYears.putAll(calendar.publishedYears);
      this.cultureDayCompensated = calendar.cultureDayCompensated;
      this.tetDaysBeforeNewYear = calendar.tetDaysBeforeNewYear;
    }

    /**
     * Sets whether the civil-service calendars bundled with egov are used (default {@code true}). Without them every
     * year is computed from the statutory rules, which suits an employer outside the state sector: such employers
     * choose their own Tết days within the law and need not follow civil-service swaps.
     *
     * @param use whether to use the bundled notices
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder bundledNotices(boolean use) {
      if (bundledNoticesSet) {
        throw new IllegalStateException("bundledNotices was already set to " + bundledNotices);
      }
      bundledNoticesSet = true;
      bundledNotices = use;
      return this;
    }

    /**
     * Adds a published year, which replaces the bundled or computed calendar of that year: for example the notice of a
     * year that this version of egov does not bundle yet. A builder from {@link HolidayCalendar#newBuilder()} may
     * replace each year it copied once.
     *
     * @param year the published calendar of one year
     * @return this builder
     * @throws IllegalArgumentException if its status is not {@link CalendarStatus#PUBLISHED}
     * @throws IllegalStateException if a calendar for that year was already added to this builder
     */
    public Builder publishedYear(HolidayYear year) {
      Objects.requireNonNull(year, "year");
      if (year.status() != CalendarStatus.PUBLISHED) {
        throw new IllegalArgumentException("publishedYear must have status PUBLISHED, not " + year.status());
      }
      if (!publishedYearsSet.add(year.year())) {
        throw new IllegalStateException("publishedYear was already set for " + year.year());
      }
      publishedYears.put(year.year(), year);
      return this;
    }

    /**
     * Sets whether Ngày Văn hóa Việt Nam (24 November) gets a compensatory day in computed years when it falls on a
     * Saturday or Sunday (default {@code false}). The resolution that created the day does not say, and the day is
     * not one of the Art. 112(1) holidays to which Art. 111(3) applies.
     *
     * @param compensated whether to compensate 24 November
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder cultureDayCompensated(boolean compensated) {
      if (cultureDayCompensatedSet) {
        throw new IllegalStateException("cultureDayCompensated was already set to " + cultureDayCompensated);
      }
      cultureDayCompensatedSet = true;
      cultureDayCompensated = compensated;
      return this;
    }

    /**
     * Sets how many of the five Tết days of a computed year come before mùng 1 (default 1: the lunar new year's eve and
     * mùng 1 to 4). With 2, the five days are the two days before mùng 1 and mùng 1 to 3, the choice of 2024 and 2025.
     *
     * @param days 0 to 4
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is outside 0 to 4
     * @throws IllegalStateException if already set
     */
    public Builder tetDaysBeforeNewYear(int days) {
      if (tetDaysBeforeNewYearSet) {
        throw new IllegalStateException("tetDaysBeforeNewYear was already set to " + tetDaysBeforeNewYear);
      }
      if (days < 0 || days > 4) {
        throw new IllegalArgumentException("tetDaysBeforeNewYear must be 0 to 4, not " + days);
      }
      tetDaysBeforeNewYearSet = true;
      tetDaysBeforeNewYear = days;
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return a new calendar
     */
    public HolidayCalendar build() {
      return new HolidayCalendar(this);
    }
  }
}
