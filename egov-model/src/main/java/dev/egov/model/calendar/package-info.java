/**
 * The Vietnamese working calendar and legal due-date arithmetic, starting with the lunar calendar
 * ({@link dev.egov.model.calendar.LunarCalendar}).
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null} unless documented.
 */
@NullMarked
package dev.egov.model.calendar;

import org.jspecify.annotations.NullMarked;
