package dev.egov.model.calendar;

/**
 * Where a period of whole working days ends: at the clock time it started, or as soon as its working hours are used.
 * The two agree whenever a dossier counts as received in the middle of a window; they differ when it counts as
 * received at an opening, which is what a receipt before opening, in the lunch gap, after closing, on a rest day or on
 * a holiday becomes. No legal text fixes the printed time (see {@code docs/due-date-conventions.md}), so this is
 * configuration of a {@link DueDateRule}.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.civilService();
 * Instant monday0700 = ZonedDateTime.of(2026, 3, 2, 7, 0, 0, 0, WorkingCalendar.VIETNAM).toInstant();
 * Instant kept = DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(1)).dueDate(monday0700);   // Tue 3 March 07:00
 * Instant asHours = DueDateRule.builder().calendar(calendar).processingTime(ProcessingTime.ofWorkingDays(1))
 *     .convention(WorkingDayConvention.WORKING_HOURS).build().dueDate(monday0700); // Mon 2 March 17:00
 * }</pre>
 *
 * <p>Both place the same working time: between the receipt and either due date lie exactly the processing time's
 * working hours. They apply to every amount of working time a rule places: working days, hours (a multiple of the
 * working-day length is that many whole days) and the working time a pause adds to a due date.
 *
 * @since 0.1.0
 */
public enum WorkingDayConvention {
  /**
   * Whole working days keep the clock time of receipt: {@code n} working days after a receipt at 09:00 end at 09:00 of
   * the {@code n}-th working day after, and a receipt at opening ends at opening of the working day after the last one.
   * What is left over, less than a working day, is then added in working hours, and ends at a closing time if it runs
   * out exactly then. This is how one-stop software prints due dates (OpenCPS's {@code DueDateUtils}, another provincial
   * system's {@code CaculateTime}). The default.
   */
  KEEP_CLOCK_TIME,
  /**
   * Whole working days count as working hours, {@link WorkingCalendar#workingDayLength()} each: the period ends as
   * soon as its working time is used, so one working day from 07:00 ends at 17:00 the same day, and from 13:30 at 11:30
   * the next. The earliest instant with that much working time; egov's rule before this convention was configurable.
   */
  WORKING_HOURS
}
