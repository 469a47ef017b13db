package dev.egov.examples.indicators;

import dev.egov.examples.CommandLine;
import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.SampleProcedures;
import dev.egov.model.calendar.DayOffKind;
import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.Holiday;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.indicators.IndicatorCalculator;
import dev.egov.model.indicators.IndicatorReport;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * For agency developers and reporting teams: the due date of a dossier received on the Friday before Tết 2026, and the
 * QĐ 766/QĐ-TTg service indicators of 10,000 generated dossiers of the first quarter of 2026, computed from a stream.
 *
 * <pre>
 * java -cp examples/target/egov-examples.jar dev.egov.examples.indicators.DueDatesAndIndicators
 * java -cp examples/target/egov-examples.jar dev.egov.examples.indicators.DueDatesAndIndicators 2026-02-15
 * java -cp examples/target/egov-examples.jar dev.egov.examples.indicators.DueDatesAndIndicators --lang=vi
 * </pre>
 *
 * <p>The indicators are judged "as of" an instant taken from a {@link Clock}, never from the system clock: by default
 * the end of the quarter, so the output is the same on every run. An optional argument, a date after the quarter's
 * first day, reports on the quarter as it stood at the start of that day (Vietnam time). {@code --lang=vi} prints
 * everything in Vietnamese, {@code --lang=en} (the default) in English. Exit status 0, or 2 on a usage error (one
 * line on standard error).
 */
public final class DueDatesAndIndicators {

  /** The seed of the generated dossiers: the same seed prints the same report. */
  public static final long SEED = 20260213L;
  /** How many dossiers are generated. */
  public static final long DOSSIERS = 10_000;
  /** The first day of the reporting period. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  /** The last day of the reporting period. */
  public static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);

  private static final ZoneId VIETNAM = WorkingCalendar.VIETNAM;

  private DueDatesAndIndicators() {}

  /** Vietnamese, for {@code --lang=vi}. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final String NAME = "DueDatesAndIndicators";

  /**
   * Runs the example as of the end of the quarter, or as of the start of the day given, and exits with its status.
   *
   * @param args nothing, or one ISO date ({@code 2026-02-15}) after the quarter's first day, and optionally
   *     {@code --lang=en} or {@code --lang=vi}; {@code --help} for the usage
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), CommandLine.stdout(), CommandLine.stderr()));
  }

  /**
   * Runs the example from command-line arguments.
   *
   * @param args nothing, or one ISO date after the quarter's first day, and optionally {@code --lang=en|vi}; {@code
   *     --help} prints the usage
   * @param out where the due date and the report (or the help) are printed
   * @param err where a usage error is printed, in one line
   * @return the exit status: 0, or 2 on a usage error
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Locale language = Locale.ENGLISH;
    boolean languageSet = false;
    LocalDate day = null;
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help")) {
        help(out);
        return 0;
      } else if (arg.startsWith("--lang=")) {
        String tag = arg.substring("--lang=".length());
        if (languageSet || !(tag.equals("en") || tag.equals("vi"))) {
          return usage(err, languageSet ? "--lang is given twice" : "--lang takes en or vi, not \"" + tag + "\"");
        }
        language = tag.equals("vi") ? VIETNAMESE : Locale.ENGLISH;
        languageSet = true;
      } else if (arg.startsWith("-")) {
        return usage(err, "unknown option " + arg + "; --help shows the usage");
      } else if (day != null) {
        return usage(err, "one date at most; --help shows the usage");
      } else {
        try {
          day = LocalDate.parse(arg);
        } catch (DateTimeParseException e) {
          return usage(err, "\"" + arg + "\" is not a date as 2026-02-15 (year-month-day)");
        }
        if (!day.isAfter(FIRST_DAY)) {
          return usage(err, "the report is as of the start of the day given: give a day after " + FIRST_DAY);
        }
      }
    }
    Instant asOf = day == null ? quarterEnd() : day.atStartOfDay(VIETNAM).toInstant();
    run(out, Clock.fixed(asOf, VIETNAM), language);
    return 0;
  }

  private static void help(PrintStream out) {
    out.println("Usage: java -cp egov-examples.jar " + DueDatesAndIndicators.class.getName()
        + " [--lang=en|vi] [date]");
    out.println();
    out.println("Prints the due date of a dossier received on the Friday before Tết 2026, and the QĐ 766 indicators");
    out.println("of " + DOSSIERS + " generated dossiers of " + FIRST_DAY + " to " + LAST_DAY + ", as of the quarter's end");
    out.println("or of the start of the date given (year-month-day, after " + FIRST_DAY + ").");
    out.println();
    out.println("  --lang=en|vi  the language of everything printed (default en)");
    out.println("  -h, --help    this help");
  }

  private static int usage(PrintStream err, String problem) {
    err.println(NAME + ": " + problem);
    return CommandLine.USAGE;
  }

  /**
   * Returns the end of the quarter: midnight after {@link #LAST_DAY}, Vietnam time.
   *
   * @return the instant the quarter ends
   */
  public static Instant quarterEnd() {
    return LAST_DAY.plusDays(1).atStartOfDay(VIETNAM).toInstant();
  }

  /**
   * Returns the calculator the example uses for the quarter as of an instant: the civil-service calendar, the sample
   * procedures for statutory times, and the population database code the generated dossiers use.
   *
   * @param asOf the instant the period ends; the quarter end at the latest
   * @return the calculator for the period from {@link #FIRST_DAY} to {@code asOf}
   */
  public static IndicatorCalculator calculator(Instant asOf) {
    return IndicatorCalculator.builder()
        .period(FIRST_DAY.atStartOfDay(VIETNAM).toInstant(), asOf)
        .calendar(WorkingCalendar.civilService())
        .procedures(SampleProcedures::find)
        .populationDatabases(DossierGenerator.POPULATION_DATABASE)
        .build();
  }

  /**
   * Returns the example's dossiers: {@link #DOSSIERS} dossiers of the quarter from {@link #SEED}, lazily, in order of
   * submission. Each call returns the same dossiers.
   *
   * @return a new stream, to be closed
   */
  public static Stream<Dossier> dossiers() {
    return DossierGenerator.withSeed(SEED).dossiers(FIRST_DAY, LAST_DAY, DOSSIERS);
  }

  /**
   * Runs the example in English.
   *
   * @param out where the due date and the report are printed
   * @param clock gives the instant "as of" which the indicators are judged; an instant after the quarter is taken as
   *     the quarter end
   * @return the due date and the report
   * @throws IllegalArgumentException if the clock is at or before the start of the quarter
   */
  public static Output run(PrintStream out, Clock clock) {
    return run(out, clock, Locale.ENGLISH);
  }

  /**
   * Runs the example.
   *
   * @param out where the due date and the report are printed
   * @param clock gives the instant "as of" which the indicators are judged; an instant after the quarter is taken as
   *     the quarter end
   * @param language {@link #VIETNAMESE} to print everything in Vietnamese, anything else for English
   * @return the due date and the report
   * @throws IllegalArgumentException if the clock is at or before the start of the quarter
   */
  public static Output run(PrintStream out, Clock clock, Locale language) {
    Objects.requireNonNull(out, "out");
    boolean vi = "vi".equals(language.getLanguage());
    Instant now = clock.instant();
    Instant asOf = now.isAfter(quarterEnd()) ? quarterEnd() : now;

    // (a) A dossier received on Friday 13 February 2026 at 10:00, the last working day before Tết Bính Ngọ,
    //     for a procedure of 3 working days.
    WorkingCalendar calendar = WorkingCalendar.civilService();
    DueDateRule rule = DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(3));
    Instant received = LocalDateTime.of(2026, 2, 13, 10, 0).atZone(VIETNAM).toInstant();
    Instant due = rule.dueDate(received);
    if (vi) {
      out.println("Tiếp nhận " + local(received) + " (thứ Sáu trước Tết), 3 ngày làm việc: hẹn trả " + local(due)
          + " (" + weekday(due.atZone(VIETNAM).getDayOfWeek()) + ")");
      out.println("  Thứ Sáu 13/2 tính 5 giờ làm việc (10:00-11:30, 13:30-17:00); cơ quan nghỉ từ thứ Bảy 14/2");
      out.println("  đến Chủ nhật 22/2 (lịch nghỉ của công chức năm 2026):");
    } else {
      out.println("Received " + local(received) + " (Friday before Tết), 3 working days: due " + local(due) + " ("
          + due.atZone(VIETNAM).getDayOfWeek() + ")");
      out.println("  Friday 13 February counts 5 working hours (10:00-11:30, 13:30-17:00); the office is closed from");
      out.println("  Saturday 14 to Sunday 22 February (civil-service calendar 2026):");
    }
    for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22)); day = day.plusDays(1)) {
      boolean weekend = day.getDayOfWeek().getValue() >= 6;
      String why = calendar.holidays().dayOff(day)
          .map(off -> vi ? holiday(off.holiday()) + ", " + kind(off.kind()) : off.holiday() + ", " + off.kind())
          .orElse(vi ? (weekend ? "nghỉ hằng tuần" : "ngày làm việc") : (weekend ? "weekly rest day" : "working day"));
      out.println("    " + day + " " + (vi ? weekday(day.getDayOfWeek()) : day.getDayOfWeek()) + ": " + why);
    }
    out.println(vi
        ? "  rồi thứ Hai 23 (8 giờ), thứ Ba 24 (8 giờ) và 3 giờ của thứ Tư 25/2: đủ 24 giờ làm việc."
        : "  then Monday 23 (8 h), Tuesday 24 (8 h) and 3 hours on Wednesday 25 February make 24 working hours.");
    // The same dossier received after closing counts from Monday 23 February 07:00: where three whole working days
    // end is a convention (docs/due-date-conventions.md).
    Instant afterHours = LocalDateTime.of(2026, 2, 13, 17, 30).atZone(VIETNAM).toInstant();
    DueDateRule asHours = rule.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
    if (vi) {
      out.println("Tiếp nhận " + local(afterHours) + " (sau giờ làm việc): hẹn trả " + local(rule.dueDate(afterHours))
          + " khi ngày trọn giữ giờ tiếp nhận (KEEP_CLOCK_TIME, mặc định), " + local(asHours.dueDate(afterHours))
          + " khi tính theo giờ làm việc (WORKING_HOURS)");
    } else {
      out.println("Received " + local(afterHours) + " (after closing): due " + local(rule.dueDate(afterHours))
          + " with whole days keeping the clock time (KEEP_CLOCK_TIME, the default), " + local(asHours.dueDate(afterHours))
          + " with working hours (WORKING_HOURS)");
    }
    out.println();

    // (b) The indicators of the quarter's generated dossiers, streamed: nothing is held in memory.
    IndicatorCalculator calculator = calculator(asOf);
    IndicatorReport report;
    try (Stream<Dossier> dossiers = dossiers()) {
      report = calculator.compute(dossiers);
    }
    if (vi) {
      out.println("Chỉ số QĐ 766 của " + DOSSIERS + " hồ sơ giả lập (seed " + SEED + "), tính đến " + local(asOf)
          + ": " + report.overall().dossiers() + " hồ sơ trong kỳ, " + report.outsidePeriod() + " sau kỳ");
    } else {
      out.println("QĐ 766 indicators of " + DOSSIERS + " generated dossiers (seed " + SEED + "), as of " + local(asOf)
          + ": " + report.overall().dossiers() + " in the period, " + report.outsidePeriod() + " after it");
    }
    out.println();
    out.print(report.toTable(language));
    return new Output(due, report);
  }

  private static String weekday(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> "thứ Hai";
      case TUESDAY -> "thứ Ba";
      case WEDNESDAY -> "thứ Tư";
      case THURSDAY -> "thứ Năm";
      case FRIDAY -> "thứ Sáu";
      case SATURDAY -> "thứ Bảy";
      case SUNDAY -> "Chủ nhật";
    };
  }

  private static String holiday(Holiday holiday) {
    return switch (holiday) {
      case NEW_YEAR -> "Tết Dương lịch";
      case LUNAR_NEW_YEAR -> "Tết Âm lịch";
      case HUNG_KINGS_COMMEMORATION -> "Giỗ Tổ Hùng Vương";
      case REUNIFICATION_DAY -> "Ngày Chiến thắng";
      case LABOUR_DAY -> "Ngày Quốc tế Lao động";
      case NATIONAL_DAY -> "Quốc khánh";
      case CULTURE_DAY -> "Ngày Văn hóa Việt Nam";
    };
  }

  private static String kind(DayOffKind kind) {
    return switch (kind) {
      case HOLIDAY -> "ngày lễ";
      case COMPENSATORY -> "nghỉ bù";
      case SWAPPED -> "nghỉ hoán đổi";
    };
  }

  private static LocalDateTime local(Instant instant) {
    return instant.atZone(VIETNAM).toLocalDateTime();
  }

  /**
   * What the example computed.
   *
   * @param dueDate the due date of the dossier received on the Friday before Tết
   * @param report the indicators of the generated dossiers
   */
  public record Output(Instant dueDate, IndicatorReport report) {}
}
