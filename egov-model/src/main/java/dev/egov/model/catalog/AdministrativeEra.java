package dev.egov.model.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A generation of the administrative-unit catalogue. Codes of one era mean nothing in the other.
 *
 * @since 0.1.0
 */
public enum AdministrativeEra {
  /**
   * The three-level catalogue of Quyết định 124/2004/QĐ-TTg (63 provinces, districts, communes), in force until 30
   * June 2025.
   */
  LEGACY_2004(null, LocalDate.of(2025, 6, 30)),
  /**
   * The two-level catalogue of Quyết định 19/2025/QĐ-TTg (34 provinces and 3,321 communes; no districts), in force
   * from 1 July 2025 (Nghị quyết 202/2025/QH15, Luật 72/2025/QH15).
   */
  REFORM_2025(LocalDate.of(2025, 7, 1), null);

  private final LocalDate from;
  private final LocalDate until;

  AdministrativeEra(LocalDate from, LocalDate until) {
    this.from = from;
    this.until = until;
  }

  /**
   * Returns the era in force on {@code date}.
   *
   * @param date the day
   * @return {@link #LEGACY_2004} up to 30 June 2025, {@link #REFORM_2025} from 1 July 2025
   */
  public static AdministrativeEra asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(REFORM_2025.from) ? LEGACY_2004 : REFORM_2025;
  }

  /**
   * Returns the first day of this era, if it has one.
   *
   * @return the first day, empty for the legacy era
   */
  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the last day of this era, if it has ended.
   *
   * @return the last day, empty for the current era
   */
  public Optional<LocalDate> effectiveUntil() {
    return Optional.ofNullable(until);
  }

  /**
   * Returns whether {@code date} falls in this era.
   *
   * @param date the day
   * @return whether this era is in force on {@code date}
   */
  public boolean includes(LocalDate date) {
    return asOf(date) == this;
  }
}
