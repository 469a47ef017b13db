package dev.egov.model.calendar;

/**
 * How a {@link Pause} moves a due date, a setting of {@link DueDateRule} ({@link DueDateRule#afterPause}). The
 * strategies agree for a pause wholly inside office hours and differ when it spans closed time.
 *
 * @since 0.1.0
 */
public enum PauseStrategy {
  /**
   * The clock stops: the working time that passed during the pause is added to the due date, placed by the rule's
   * {@link WorkingDayConvention} like a processing time. A pause over a weekend
   * or Tết adds only the working days within it. This is what QĐ 766/QĐ-TTg's on-time index does when it subtracts the
   * time spent waiting for supplements. The default.
   */
  WORKING_TIME_PAUSE,
  /**
   * The due date moves by the elapsed time of the pause, {@code end − start} as a duration, and is then re-aligned: if it
   * lands on a closed day it moves to the same time of day on the next working day, and if that time is outside office
   * hours, to the next opening (a closing time is kept). This is the reference one-stop implementation
   * ({@code CaculateTime.GetNgayHenTraBoSung}), which the national portal records as {@code NgayHenTraTruoc} and
   * {@code NgayHenTraMoi}.
   */
  ELAPSED_TIME_REALIGNED
}
