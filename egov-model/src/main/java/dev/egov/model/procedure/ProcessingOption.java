package dev.egov.model.procedure;

import dev.egov.model.calendar.ProcessingTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One way a procedure is processed on a channel: its statutory processing time and fees ({@code THOIGIAN} of the
 * procedure database: {@code THOIGIANGIAIQUYET}, {@code DONVITINH}, {@code MOTA}, {@code PHILEPHI}). A procedure may
 * have several (a shorter time for a simpler case).
 *
 * @param time the statutory processing time with its unit
 * @param description when this option applies, as written, or {@code null}
 * @param fees the fees of this option
 * @since 0.1.0
 */
public record ProcessingOption(ProcessingTime time, @Nullable String description, List<ScheduledFee> fees) {

  /**
   * Checks the parts and copies the list.
   *
   * @param time the statutory processing time with its unit
   * @param description when this option applies, as written, or {@code null}
   * @param fees the fees of this option
   */
  public ProcessingOption {
    Objects.requireNonNull(time, "time");
    fees = List.copyOf(fees);
  }
}
