package dev.egov.model.calendar;

/**
 * The unit of a statutory processing time: the {@code DonViTinh} that the national public-service portal (Cổng Dịch vụ
 * công quốc gia) and the administrative-procedure database give with {@code ThoiGianGiaiQuyet}.
 *
 * <p>The portal writes the unit as Vietnamese text; the values in the comments are those seen in practice, and the
 * mapping from the wire belongs in egov's JSON module. How a {@link DueDateRule} counts each unit is described in
 * {@link DueDateRule#dueDate(java.time.Instant)}.
 *
 * @since 0.1.0
 */
public enum ProcessingTimeUnit {
  /**
   * Working days ({@code "Ngày làm việc"}): one working day is the length of a day's office hours, 8 hours by default;
   * where whole days end is the rule's {@link WorkingDayConvention}.
   */
  WORKING_DAYS,
  /** Hours ({@code "Giờ"}), counted as working hours within office hours, as one-stop software does. */
  WORKING_HOURS,
  /** Days ({@code "Ngày"}): calendar days, counted as Bộ luật Dân sự 2015 Art. 147–148 count a period in days. */
  CALENDAR_DAYS,
  /** Months ({@code "Tháng"}): calendar months, counted like calendar days. */
  MONTHS
}
