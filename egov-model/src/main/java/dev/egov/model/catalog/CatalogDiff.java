package dev.egov.model.catalog;

import dev.egov.model.internal.PlaceNameText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The differences between two catalogues, era by era and code by code: units added, removed, renamed, re-spelled,
 * retyped and moved. Codes are compared only within an era (they mean different units across eras), and only for the
 * eras both catalogues hold; each unit in its latest state.
 *
 * <p>A name that changed only in tone-mark placement, case, Unicode form or spacing ({@code Hoà} → {@code Hòa}) is a
 * {@linkplain UnitChange.Kind#RESPELLED re-spelling}, not a rename: later releases of the official catalogue
 * re-spelled many names without changing the units.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.between(AdministrativeUnitCatalog.builtIn(), newer);
 * diff.renamed();     // [RENAMED 00004@REFORM_2025: Phường Ba Đình → …]
 * diff.respelled();   // the same names, written with the other tone-mark style
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CatalogDiff {

  private final Map<AdministrativeEra, CatalogVersion[]> versions;
  private final List<UnitChange> changes;

  private CatalogDiff(Map<AdministrativeEra, CatalogVersion[]> versions, List<UnitChange> changes) {
    this.versions = versions;
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two catalogues.
   *
   * @param older the catalogue compared from, such as the built-in one
   * @param newer the catalogue compared to, such as a newer list
   * @return the differences, by era, level and code
   */
  public static CatalogDiff between(AdministrativeUnitCatalog older, AdministrativeUnitCatalog newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Map<AdministrativeEra, CatalogVersion[]> versions = new EnumMap<>(AdministrativeEra.class);
    List<UnitChange> changes = new ArrayList<>();
    for (AdministrativeEra era : AdministrativeEra.values()) {
      Optional<CatalogVersion> from = older.version(era);
      Optional<CatalogVersion> to = newer.version(era);
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      versions.put(era, new CatalogVersion[] {from.get(), to.get()});
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        compare(older.all(era, level), newer.all(era, level), changes);
      }
    }
    return new CatalogDiff(versions, changes);
  }

  /** Walks two lists in code order, as a merge does. */
  private static void compare(List<AdministrativeUnit> before, List<AdministrativeUnit> after,
      List<UnitChange> changes) {
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      AdministrativeUnit a = i < before.size() ? before.get(i) : null;
      AdministrativeUnit b = j < after.size() ? after.get(j) : null;
      int order = a == null ? 1 : b == null ? -1 : a.code().code().compareTo(b.code().code());
      if (order < 0) {
        changes.add(new UnitChange(UnitChange.Kind.REMOVED, a.code(), a, null));
        i++;
      } else if (order > 0) {
        changes.add(new UnitChange(UnitChange.Kind.ADDED, b.code(), null, b));
        j++;
      } else {
        if (!a.name().equals(b.name())) {
          boolean same = PlaceNameText.identityKey(a.name()).equals(PlaceNameText.identityKey(b.name()));
          changes.add(new UnitChange(same ? UnitChange.Kind.RESPELLED : UnitChange.Kind.RENAMED, a.code(), a, b));
        }
        if (a.type() != b.type()) {
          changes.add(new UnitChange(UnitChange.Kind.RETYPED, a.code(), a, b));
        }
        if (!Objects.equals(a.parent(), b.parent())) {
          changes.add(new UnitChange(UnitChange.Kind.MOVED, a.code(), a, b));
        }
        i++;
        j++;
      }
    }
  }

  /**
   * Returns every change, by era, level, code, then kind.
   *
   * @return the changes
   */
  public List<UnitChange> changes() {
    return changes;
  }

  /**
   * Returns the changes of one kind, in the order of {@link #changes()}.
   *
   * @param kind the kind
   * @return the changes of that kind
   */
  public List<UnitChange> changes(UnitChange.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    List<UnitChange> list = new ArrayList<>();
    for (UnitChange change : changes) {
      if (change.kind() == kind) {
        list.add(change);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the units only in the newer catalogue.
   *
   * @return the {@link UnitChange.Kind#ADDED} changes
   */
  public List<UnitChange> added() {
    return changes(UnitChange.Kind.ADDED);
  }

  /**
   * Returns the units only in the older catalogue.
   *
   * @return the {@link UnitChange.Kind#REMOVED} changes
   */
  public List<UnitChange> removed() {
    return changes(UnitChange.Kind.REMOVED);
  }

  /**
   * Returns the units whose name changed.
   *
   * @return the {@link UnitChange.Kind#RENAMED} changes
   */
  public List<UnitChange> renamed() {
    return changes(UnitChange.Kind.RENAMED);
  }

  /**
   * Returns the units whose name is only written differently (tone-mark placement, case, spacing).
   *
   * @return the {@link UnitChange.Kind#RESPELLED} changes
   */
  public List<UnitChange> respelled() {
    return changes(UnitChange.Kind.RESPELLED);
  }

  /**
   * Returns the units whose type changed.
   *
   * @return the {@link UnitChange.Kind#RETYPED} changes
   */
  public List<UnitChange> retyped() {
    return changes(UnitChange.Kind.RETYPED);
  }

  /**
   * Returns the units whose parent changed.
   *
   * @return the {@link UnitChange.Kind#MOVED} changes
   */
  public List<UnitChange> moved() {
    return changes(UnitChange.Kind.MOVED);
  }

  /**
   * Returns whether the catalogues agree on every era they both hold.
   *
   * @return whether there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the eras compared: those both catalogues hold.
   *
   * @return the eras, in order
   */
  public List<AdministrativeEra> eras() {
    return List.copyOf(versions.keySet());
  }

  /** Returns the versions compared and the count of each kind of change. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CatalogDiff[");
    versions.forEach((era, v) -> out.append(era).append(": ").append(v[0].asOf()).append(" → ").append(v[1].asOf())
        .append("; "));
    for (UnitChange.Kind kind : UnitChange.Kind.values()) {
      out.append(changes(kind).size()).append(' ').append(kind.name().toLowerCase(java.util.Locale.ROOT))
          .append(kind == UnitChange.Kind.MOVED ? "" : ", ");
    }
    return out.append(']').toString();
  }
}
