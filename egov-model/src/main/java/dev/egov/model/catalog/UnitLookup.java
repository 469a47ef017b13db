package dev.egov.model.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "which unit had this code on this day": the status, the unit when there is one, the day asked and
 * the version of the list that answered.
 *
 * <pre>{@code
 * UnitLookup answer = AdministrativeUnitCatalog.builtIn()
 *     .lookUp(AdministrativeUnitCode.province(AdministrativeEra.LEGACY_2004, "46"), LocalDate.of(2024, 12, 31));
 * answer.status();                        // FOUND
 * answer.unit().orElseThrow().fullName(); // "Tỉnh Thừa Thiên Huế": Thành phố Huế only from 1 January 2025
 * answer.version();                       // Optional[… as of 2025-03-01 …]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnitLookup {

  private final AdministrativeUnitCode code;
  private final LocalDate asOf;
  private final LookupStatus status;
  private final @Nullable AdministrativeUnit unit;
  private final @Nullable CatalogVersion version;

  UnitLookup(AdministrativeUnitCode code, LocalDate asOf, LookupStatus status, @Nullable AdministrativeUnit unit,
      @Nullable CatalogVersion version) {
    this.code = Objects.requireNonNull(code, "code");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.status = Objects.requireNonNull(status, "status");
    if (status.isFound() != (unit != null)) {
      throw new IllegalArgumentException("unit: present exactly when found");
    }
    if ((status == LookupStatus.ERA_NOT_COVERED) != (version == null)) {
      throw new IllegalArgumentException("version: absent exactly when the era is not covered");
    }
    this.unit = unit;
    this.version = version;
  }

  /**
   * Returns the code asked about.
   *
   * @return the code
   */
  public AdministrativeUnitCode code() {
    return code;
  }

  /**
   * Returns the day asked about.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns what the catalogue knows.
   *
   * @return the status
   */
  public LookupStatus status() {
    return status;
  }

  /**
   * Returns the unit, in its state on the day asked, when the status {@linkplain LookupStatus#isFound() is found}.
   *
   * @return the unit, or empty
   */
  public Optional<AdministrativeUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the version of the era's list that answered.
   *
   * @return the version, empty only for {@link LookupStatus#ERA_NOT_COVERED}
   */
  public Optional<CatalogVersion> version() {
    return Optional.ofNullable(version);
  }

  /**
   * Returns whether a unit was found.
   *
   * @return {@code status().isFound()}
   */
  public boolean isFound() {
    return status.isFound();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnitLookup other && code.equals(other.code) && asOf.equals(other.asOf)
        && status == other.status && Objects.equals(unit, other.unit) && Objects.equals(version, other.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, asOf, status, unit, version);
  }

  /** Returns the code, day, status and unit, such as {@code UnitLookup[46@LEGACY_2004 on 2024-12-31: FOUND …]}. */
  @Override
  public String toString() {
    return "UnitLookup[" + code + " on " + asOf + ": " + status + (unit == null ? "" : ", " + unit)
        + (version == null ? "" : ", " + version) + ']';
  }
}
