/**
 * The Vietnamese working calendar and legal due-date arithmetic: the lunar calendar, public holidays, the civil-service
 * calendars published each year, per-organisation working calendars, statutory processing times, and one home for due
 * dates, pauses and on-time classification, {@link dev.egov.model.calendar.DueDateRule}, with its {@link
 * dev.egov.model.calendar.WorkingDayConvention}.
 *
 * <p>Start with {@link dev.egov.model.calendar.WorkingCalendar#civilService()} and {@link
 * dev.egov.model.calendar.DueDateRule#of}. Every type here is immutable and
 * thread-safe. No method accepts or returns {@code null} unless documented. Times are {@link java.time.Instant}s; a
 * calendar interprets them in its zone, {@code Asia/Ho_Chi_Minh} unless configured otherwise, and never in the JVM's
 * default zone.
 */
@NullMarked
package dev.egov.model.calendar;

import org.jspecify.annotations.NullMarked;
