package dev.egov.model.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fee a procedure declares ({@code PHILEPHI} of the procedure database: {@code SOTIEN}, {@code DONVI}, {@code MOTA}).
 *
 * @param amount the amount, zero or more
 * @param unit the unit as written ({@code "Đồng"}), or {@code null}
 * @param description what the fee is for, or {@code null}
 * @since 0.1.0
 */
public record ScheduledFee(long amount, @Nullable String unit, @Nullable String description) {

  /**
   * Checks the amount.
   *
   * @param amount the amount, zero or more
   * @param unit the unit as written ({@code "Đồng"}), or {@code null}
   * @param description what the fee is for, or {@code null}
   * @throws IllegalArgumentException if it is negative
   */
  public ScheduledFee {
    if (amount < 0) {
      throw new IllegalArgumentException("A fee amount is never negative, got " + amount);
    }
  }
}
