package dev.egov.model.catalog;

/**
 * What a catalogue knows about a code on a day ({@link AdministrativeUnitCatalog#lookUp}).
 *
 * @since 0.1.0
 */
public enum LookupStatus {
  /** The unit was in force that day, as far as the catalogue knows. */
  FOUND,
  /**
   * The day is before the date of the era's list and the unit is in that list, with no dated change recorded for it.
   * The list shows units as they stood on its date; whether this unit already existed in this form on the day asked,
   * it cannot tell (many communes were merged on 1 January 2025, for example). The unit is returned.
   */
  FOUND_IN_LATER_LIST,
  /**
   * The day is before the date of the era's list and the code is not in it: it may have named a unit dissolved or
   * renumbered before the list's date, which the list does not cover.
   */
  OUTSIDE_LIST,
  /** The code is not in the era's list, and the list covers the day. */
  UNKNOWN,
  /**
   * The code names a unit of the catalogue, but not on that day: the day is outside the code's era, or outside the
   * dates of every state of the unit.
   */
  NOT_IN_FORCE,
  /** The catalogue holds no list of the code's era (a catalogue loaded from one list). */
  ERA_NOT_COVERED;

  /**
   * Returns whether a unit comes with this status.
   *
   * @return true for {@link #FOUND} and {@link #FOUND_IN_LATER_LIST}
   */
  public boolean isFound() {
    return this == FOUND || this == FOUND_IN_LATER_LIST;
  }
}
