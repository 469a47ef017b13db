package dev.egov.model.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two catalogues' units of one code ({@link CatalogDiff}).
 *
 * @param kind what changed
 * @param code the unit's code and era
 * @param before the unit in the older catalogue; {@code null} for {@link Kind#ADDED}
 * @param after the unit in the newer catalogue; {@code null} for {@link Kind#REMOVED}
 * @since 0.1.0
 */
public record UnitChange(
    Kind kind, AdministrativeUnitCode code, @Nullable AdministrativeUnit before, @Nullable AdministrativeUnit after) {

  /**
   * What changed about a code. A unit both renamed and retyped gives two changes.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** The code is only in the newer catalogue. */
    ADDED,
    /** The code is only in the older catalogue. */
    REMOVED,
    /** The name changed: its {@linkplain PlaceName#identityKey() identity key} is another. */
    RENAMED,
    /**
     * The name is written differently but is the same name: only tone-mark placement, case, Unicode form or spacing
     * changed ({@code Hoà} → {@code Hòa}). Not a rename.
     */
    RESPELLED,
    /** The type changed ({@code Huyện} → {@code Thị xã}, {@code Tỉnh} → {@code Thành phố}). */
    RETYPED,
    /** The parent changed (a commune now in another district or province). */
    MOVED
  }

  /**
   * Checks that the units agree with the kind.
   *
   * @param kind what changed
   * @param code the unit's code and era
   * @param before the unit in the older catalogue; {@code null} for {@link Kind#ADDED}
   * @param after the unit in the newer catalogue; {@code null} for {@link Kind#REMOVED}
   * @throws IllegalArgumentException if a unit is missing or present against the kind, or of another code
   */
  public UnitChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    if ((before == null) != (kind == Kind.ADDED) || (after == null) != (kind == Kind.REMOVED)) {
      throw new IllegalArgumentException("before and after: only an added unit has no before, only a removed one"
          + " no after");
    }
    if ((before != null && !before.code().equals(code)) || (after != null && !after.code().equals(code))) {
      throw new IllegalArgumentException("before and after must be units of " + code);
    }
  }

  /** Returns the change in words: {@code RESPELLED 00013@REFORM_2025: Xã Tân Hoà → Xã Tân Hòa}. */
  @Override
  public String toString() {
    return kind + " " + code + ": " + (before == null ? "-" : before.fullName()) + " → "
        + (after == null ? "-" : after.fullName()) + (kind == Kind.MOVED && before != null && after != null
            ? " (" + before.parent() + " → " + after.parent() + ')' : "");
  }
}
