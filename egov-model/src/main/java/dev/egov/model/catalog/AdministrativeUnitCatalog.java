package dev.egov.model.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The administrative units of both catalogue eras: the 63 provinces, 696 districts and 10,035 communes of the legacy
 * three-level catalogue as they stood on 1 March 2025, and the 34 provinces and 3,321 communes of the two-level
 * catalogue in force from 1 July 2025.
 *
 * <pre>{@code
 * AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
 * units.find(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "00004"));  // Phường Ba Đình
 * units.find(AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, "00004"));  // Phường Trúc Bạch
 * units.communes(ProvinceCode.reform2025("01"));     // the 126 communes of Hà Nội, in code order
 * units.search("phuong sai gon", AdministrativeEra.REFORM_2025);   // [Phường Sài Gòn 26740@REFORM_2025 …]
 * }</pre>
 *
 * <p><b>Codes and dates.</b> Codes are reused between eras, so every look-up takes an {@link AdministrativeUnitCode}
 * with its era. {@link #lookUp} answers "as of which date": a unit whose name or type changed inside its era has a
 * state per period (Thừa Thiên Huế, a tỉnh until 31 December 2024, is the centrally-run Thành phố Huế from 1 January
 * 2025, Nghị quyết 175/2024/QH15). Such changes are data with an effective date; later ones are added the same way
 * (see {@code docs/administrative-units-data.md}).
 *
 * <p><b>What the lists cover.</b> Each era comes from one official list as of one date ({@link #version}). The legacy
 * list shows units as they stood on 1 March 2025: a unit dissolved before then is not in it, and asking about an
 * earlier day says so ({@link LookupStatus#OUTSIDE_LIST}) rather than answering "unknown".
 *
 * <p><b>Sources.</b> The statistics office's catalogue of administrative units (Quyết định 124/2004/QĐ-TTg for the
 * legacy codes; Quyết định 19/2025/QĐ-TTg for the codes from 1 July 2025, after Nghị quyết 202/2025/QH15 and Luật
 * 72/2025/QH15), as published in the open dataset {@code thanglequoc/vietnamese-provinces-database} (MIT licence; the
 * notice is in the jar as {@code META-INF/LICENSE-admin-units}). Newer lists are read with {@link
 * StatisticsOfficeCatalog} and compared with {@link CatalogDiff}.
 *
 * <p>The built-in catalogue is loaded on first use and shared. Every catalogue is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AdministrativeUnitCatalog {

  private static final class BuiltIn {
    static final AdministrativeUnitCatalog INSTANCE = UnitData.builtInCatalog();
  }

  private static final Comparator<AdministrativeUnit> BY_CODE =
      Comparator.comparing((AdministrativeUnit u) -> u.code().code());

  private static final AdministrativeEra[] ERAS = AdministrativeEra.values();

  /** The units of one era, from one list. */
  private static final class Era {
    final CatalogVersion version;
    /** The latest state of each unit, indexed by level ordinal, then by the code's value. */
    final AdministrativeUnit[][] byLevel = new AdministrativeUnit[3][];
    /** All states of the units that have more than one, oldest first. */
    final Map<AdministrativeUnitCode, List<AdministrativeUnit>> history;
    /** The latest states of each level, in code order. */
    final List<List<AdministrativeUnit>> lists;
    /** Children of each unit in code order: districts and communes of a province, communes of a district. */
    final Map<AdministrativeUnitCode, List<AdministrativeUnit>> children;
    final List<AdministrativeUnit> states;
    private volatile @Nullable UnitSearch search;

    Era(CatalogVersion version, List<AdministrativeUnit> states) {
      this.version = version;
      this.states = List.copyOf(states);
      Map<AdministrativeUnitCode, List<AdministrativeUnit>> byCode = new LinkedHashMap<>();
      for (AdministrativeUnit unit : states) {
        byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
      }
      Map<AdministrativeUnitCode, List<AdministrativeUnit>> history = new HashMap<>();
      List<List<AdministrativeUnit>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (List<AdministrativeUnit> versions : byCode.values()) {
        versions.sort(Comparator.comparing((AdministrativeUnit u) -> u.validFrom(),
            Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int i = 1; i < versions.size(); i++) {
          LocalDate until = versions.get(i - 1).validUntil();
          LocalDate from = versions.get(i).validFrom();
          if (until == null || from == null || !from.isAfter(until)) {
            throw new IllegalArgumentException("units: the states of " + versions.get(i).code() + " overlap");
          }
        }
        AdministrativeUnit latest = versions.get(versions.size() - 1);
        lists.get(latest.code().level().ordinal()).add(latest);
        if (versions.size() > 1) {
          history.put(latest.code(), List.copyOf(versions));
        }
      }
      this.history = Map.copyOf(history);
      Map<AdministrativeUnitCode, List<AdministrativeUnit>> children = new HashMap<>();
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        List<AdministrativeUnit> list = lists.get(level.ordinal());
        list.sort(BY_CODE);
        int max = -1;
        for (AdministrativeUnit unit : list) {
          max = Math.max(max, unit.code().value());
        }
        AdministrativeUnit[] table = new AdministrativeUnit[max + 1];
        for (AdministrativeUnit unit : list) {
          table[unit.code().value()] = unit;
        }
        byLevel[level.ordinal()] = table;
      }
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        for (AdministrativeUnit unit : lists.get(level.ordinal())) {
          AdministrativeUnitCode parent = unit.parent();
          if (parent == null) {
            continue;
          }
          AdministrativeUnit found = latest(parent);
          if (found == null) {
            throw new IllegalArgumentException("units: " + unit.code() + " belongs to " + parent
                + ", which is not in the catalogue");
          }
          if (!found.province().equals(unit.province())) {
            throw new IllegalArgumentException("units: " + unit.code() + " is in province " + unit.province()
                + " but its parent " + parent + " in " + found.province());
          }
          children.computeIfAbsent(parent, c -> new ArrayList<>()).add(unit);
          if (parent.level() == AdministrativeLevel.DISTRICT) {
            children.computeIfAbsent(AdministrativeUnitCode.of(unit.province()), c -> new ArrayList<>()).add(unit);
          }
        }
      }
      Map<AdministrativeUnitCode, List<AdministrativeUnit>> frozen = new HashMap<>();
      for (Map.Entry<AdministrativeUnitCode, List<AdministrativeUnit>> e : children.entrySet()) {
        List<AdministrativeUnit> list = new ArrayList<>(e.getValue());
        list.sort(Comparator.comparing((AdministrativeUnit u) -> u.code().level()).thenComparing(BY_CODE));
        frozen.put(e.getKey(), List.copyOf(list));
      }
      this.children = Map.copyOf(frozen);
      List<List<AdministrativeUnit>> frozenLists = new ArrayList<>();
      for (List<AdministrativeUnit> list : lists) {
        frozenLists.add(List.copyOf(list));
      }
      this.lists = List.copyOf(frozenLists);
      if (this.lists.get(AdministrativeLevel.PROVINCE.ordinal()).isEmpty()) {
        throw new IllegalArgumentException("units: the list of " + version.era() + " has no province");
      }
    }

    @Nullable AdministrativeUnit latest(AdministrativeUnitCode code) {
      AdministrativeUnit[] table = byLevel[code.level().ordinal()];
      int value = code.value();
      return value < table.length ? table[value] : null;
    }

    UnitSearch search() {
      UnitSearch s = search;
      if (s == null) {
        synchronized (this) {
          s = search;
          if (s == null) {
            s = new UnitSearch(states());
            search = s;
          }
        }
      }
      return s;
    }

    /** The latest states, provinces first. */
    List<AdministrativeUnit> states() {
      List<AdministrativeUnit> all = new ArrayList<>();
      for (List<AdministrativeUnit> list : lists) {
        all.addAll(list);
      }
      return all;
    }
  }

  private final @Nullable Era[] eras = new Era[ERAS.length];

  private AdministrativeUnitCatalog(Map<AdministrativeEra, List<AdministrativeUnit>> units) {
    for (Map.Entry<AdministrativeEra, List<AdministrativeUnit>> e : units.entrySet()) {
      List<AdministrativeUnit> list = e.getValue();
      CatalogVersion version = list.get(0).version();
      for (AdministrativeUnit unit : list) {
        if (!unit.version().equals(version)) {
          throw new IllegalArgumentException("units: the units of " + e.getKey() + " come from two lists, "
              + version + " and " + unit.version());
        }
      }
      eras[e.getKey().ordinal()] = new Era(version, list);
    }
  }

  /**
   * Returns the catalogue bundled with egov, loaded on first use and shared.
   *
   * @return the built-in catalogue
   */
  public static AdministrativeUnitCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Starts a catalogue of your own units, such as a list read by {@link StatisticsOfficeCatalog} or a test fixture.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------------------------------------------ versions

  /**
   * Returns the eras this catalogue holds a list for.
   *
   * @return the eras, in order
   */
  public Set<AdministrativeEra> eras() {
    EnumSet<AdministrativeEra> set = EnumSet.noneOf(AdministrativeEra.class);
    for (AdministrativeEra era : ERAS) {
      if (eras[era.ordinal()] != null) {
        set.add(era);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * Returns which official list, as of which date, the units of an era come from.
   *
   * @param era the era
   * @return the version, or empty if this catalogue holds no list of that era
   */
  public Optional<CatalogVersion> version(AdministrativeEra era) {
    Era e = eras[Objects.requireNonNull(era, "era").ordinal()];
    return e == null ? Optional.empty() : Optional.of(e.version);
  }

  // ------------------------------------------------------------------------------------------------------ look-ups

  /**
   * Returns the unit with this code in its era, in its latest state in that era (for a legacy unit, as it stood
   * when the legacy catalogue ended). Use {@link #lookUp} for the state on a given day.
   *
   * @param code the code, with its era and level
   * @return the unit, or empty if the era's list has no such code (or this catalogue no list of that era)
   */
  public Optional<AdministrativeUnit> find(AdministrativeUnitCode code) {
    Era e = eras[code.era().ordinal()];
    return e == null ? Optional.empty() : Optional.ofNullable(e.latest(code));
  }

  /**
   * Returns the unit with this code on a day, when {@link #lookUp} finds one ({@link LookupStatus#isFound()}).
   *
   * @param code the code, with its era and level
   * @param asOf the day
   * @return the unit in its state that day, or empty
   */
  public Optional<AdministrativeUnit> find(AdministrativeUnitCode code, LocalDate asOf) {
    return lookUp(code, asOf).unit();
  }

  /**
   * Says which unit had this code on a day, and how sure the catalogue is: see {@link LookupStatus}.
   *
   * @param code the code, with its era and level
   * @param asOf the day
   * @return the answer, with the version of the list that gave it
   */
  public UnitLookup lookUp(AdministrativeUnitCode code, LocalDate asOf) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(asOf, "asOf");
    Era e = eras[code.era().ordinal()];
    if (e == null) {
      return new UnitLookup(code, asOf, LookupStatus.ERA_NOT_COVERED, null, null);
    }
    boolean beforeList = asOf.isBefore(e.version.asOf());
    AdministrativeUnit latest = e.latest(code);
    if (latest == null) {
      LookupStatus status =
          beforeList && code.era().includes(asOf) ? LookupStatus.OUTSIDE_LIST : LookupStatus.UNKNOWN;
      return new UnitLookup(code, asOf, status, null, e.version);
    }
    List<AdministrativeUnit> states = e.history.get(code);
    for (AdministrativeUnit state : states == null ? List.of(latest) : states) {
      if (state.inForceOn(asOf)) {
        // Only a state without recorded dates is an assumption before the list's date: a dated change says when.
        boolean assumed = beforeList && state.validFrom() == null && state.validUntil() == null;
        return new UnitLookup(code, asOf, assumed ? LookupStatus.FOUND_IN_LATER_LIST : LookupStatus.FOUND, state,
            e.version);
      }
    }
    return new UnitLookup(code, asOf, LookupStatus.NOT_IN_FORCE, null, e.version);
  }

  /**
   * Returns every state of the unit with this code in its era, oldest first: one for most units, more for a unit
   * whose name or type changed inside its era.
   *
   * @param code the code
   * @return the states, or an empty list if the era's list has no such code
   */
  public List<AdministrativeUnit> states(AdministrativeUnitCode code) {
    Era e = eras[Objects.requireNonNull(code, "code").era().ordinal()];
    if (e == null) {
      return List.of();
    }
    List<AdministrativeUnit> states = e.history.get(code);
    if (states != null) {
      return states;
    }
    AdministrativeUnit latest = e.latest(code);
    return latest == null ? List.of() : List.of(latest);
  }

  // ------------------------------------------------------------------------------------------------------ listings

  /**
   * Returns every unit of a level in an era, in code order, in its latest state.
   *
   * @param era the era
   * @param level the level
   * @return the units; empty for districts from 2025, or an era this catalogue holds no list of
   */
  public List<AdministrativeUnit> all(AdministrativeEra era, AdministrativeLevel level) {
    Objects.requireNonNull(level, "level");
    Era e = eras[Objects.requireNonNull(era, "era").ordinal()];
    return e == null ? List.of() : e.lists.get(level.ordinal());
  }

  /**
   * Returns the provinces of an era, in code order.
   *
   * @param era the era
   * @return 63 legacy provinces or 34 of 2025, in the built-in catalogue
   */
  public List<AdministrativeUnit> provinces(AdministrativeEra era) {
    return all(era, AdministrativeLevel.PROVINCE);
  }

  /**
   * Returns the legacy districts of a province, in code order.
   *
   * @param province a province code
   * @return the districts; empty for a province of the 2025 catalogue, which has none, or an unknown one
   */
  public List<AdministrativeUnit> districts(ProvinceCode province) {
    return childrenOf(AdministrativeUnitCode.of(province), AdministrativeLevel.DISTRICT);
  }

  /**
   * Returns the communes of a province, in code order: in the legacy era those of all its districts.
   *
   * @param province a province code
   * @return the communes, or an empty list for an unknown province
   */
  public List<AdministrativeUnit> communes(ProvinceCode province) {
    return childrenOf(AdministrativeUnitCode.of(province), AdministrativeLevel.COMMUNE);
  }

  /**
   * Returns the units directly or indirectly under a unit, in code order: the districts then the communes of a
   * province, the communes of a district.
   *
   * @param parent a province or district code
   * @return the units, or an empty list for a commune or an unknown code
   */
  public List<AdministrativeUnit> children(AdministrativeUnitCode parent) {
    Era e = eras[Objects.requireNonNull(parent, "parent").era().ordinal()];
    if (e == null) {
      return List.of();
    }
    return e.children.getOrDefault(parent, List.of());
  }

  private List<AdministrativeUnit> childrenOf(AdministrativeUnitCode parent, AdministrativeLevel level) {
    List<AdministrativeUnit> all = children(parent);
    int from = 0;
    while (from < all.size() && all.get(from).code().level() != level) {
      from++;
    }
    int to = from;
    while (to < all.size() && all.get(to).code().level() == level) {
      to++;
    }
    return all.subList(from, to);
  }

  // -------------------------------------------------------------------------------------------------------- search

  /**
   * Finds the units of an era a name may mean, forgiving what people type: no diacritics ({@code sai gon}), type
   * words and their abbreviations ({@code Phường}, {@code phuong}, {@code P.}, {@code Q.}, {@code H.}, {@code X.},
   * {@code TX}, {@code TT}, {@code TP}, also glued to a number: {@code P7}, {@code Q.1}), case, extra spaces and
   * punctuation, and leading zeros ({@code Phường 07}). Returns every candidate, best first ({@link
   * UnitMatch#score()}, then level and code), each with the reasons it matched; never a single silent guess: when two
   * units fit, both are returned.
   *
   * <pre>{@code
   * List<UnitMatch> found = AdministrativeUnitCatalog.builtIn().search("P. Sai Gon", AdministrativeEra.REFORM_2025);
   * found.get(0).unit().fullName();   // "Phường Sài Gòn"
   * found.get(0).reasons();           // [SAME_NAME_WITHOUT_DIACRITICS, SAME_TYPE, TYPE_ABBREVIATED]
   * }</pre>
   *
   * @param text the name as typed, with or without its type word
   * @param era the era whose units are searched
   * @return the candidates, best first; empty if none fits
   */
  public List<UnitMatch> search(String text, AdministrativeEra era) {
    Objects.requireNonNull(text, "text");
    Era e = eras[Objects.requireNonNull(era, "era").ordinal()];
    return e == null ? List.of() : e.search().search(text, null);
  }

  /**
   * Finds, as {@link #search(String, AdministrativeEra)} does, the units under a province or a legacy district that a
   * name may mean: {@code search("Phường 7", district("774"))} finds the one Phường 7 of Quận 5 instead of the many of
   * Hồ Chí Minh.
   *
   * @param text the name as typed
   * @param within a province or district code; its era is searched
   * @return the candidates under {@code within}, best first
   */
  public List<UnitMatch> search(String text, AdministrativeUnitCode within) {
    Objects.requireNonNull(text, "text");
    Era e = eras[Objects.requireNonNull(within, "within").era().ordinal()];
    return e == null ? List.of() : e.search().search(text, within);
  }

  // ------------------------------------------------------------------------------------------------------ changing

  /**
   * Returns this catalogue with the lists of {@code newer} in place of its own for the eras {@code newer} holds: pass
   * a newer official list, read with {@link StatisticsOfficeCatalog}, wherever the built-in catalogue goes.
   *
   * <pre>{@code
   * AdministrativeUnitCatalog current = AdministrativeUnitCatalog.builtIn().with(newerList);
   * }</pre>
   *
   * @param newer a catalogue holding one or both eras
   * @return a catalogue with the eras of {@code newer} and the others of this one
   */
  public AdministrativeUnitCatalog with(AdministrativeUnitCatalog newer) {
    Objects.requireNonNull(newer, "newer");
    Map<AdministrativeEra, List<AdministrativeUnit>> units = new LinkedHashMap<>();
    for (AdministrativeEra era : ERAS) {
      Era e = newer.eras[era.ordinal()] != null ? newer.eras[era.ordinal()] : eras[era.ordinal()];
      if (e != null) {
        units.put(era, e.states);
      }
    }
    return new AdministrativeUnitCatalog(units);
  }

  /** Returns the counts and versions of each era. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("AdministrativeUnitCatalog[");
    for (AdministrativeEra era : ERAS) {
      Era e = eras[era.ordinal()];
      if (e == null) {
        continue;
      }
      if (out.charAt(out.length() - 1) != '[') {
        out.append("; ");
      }
      out.append(era).append(": ").append(e.lists.get(0).size()).append(" provinces, ");
      if (era == AdministrativeEra.LEGACY_2004) {
        out.append(e.lists.get(1).size()).append(" districts, ");
      }
      out.append(e.lists.get(2).size()).append(" communes, ").append(e.version);
    }
    return out.append(']').toString();
  }

  /**
   * Builds a catalogue from units. Each era's units must come from one list ({@link AdministrativeUnit#version()}),
   * every parent must be in the catalogue and in the same province, and the states of one code must not overlap.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<AdministrativeEra, List<AdministrativeUnit>> units = new LinkedHashMap<>();
    private final Set<AdministrativeUnit> seen = new java.util.HashSet<>();

    private Builder() {}

    /**
     * Adds a unit, or one state of a unit.
     *
     * @param unit the unit
     * @return this builder
     * @throws IllegalArgumentException if the same unit was added before
     */
    public Builder add(AdministrativeUnit unit) {
      Objects.requireNonNull(unit, "unit");
      if (!seen.add(unit)) {
        throw new IllegalArgumentException("unit " + unit.code() + " added twice");
      }
      units.computeIfAbsent(unit.code().era(), era -> new ArrayList<>()).add(unit);
      return this;
    }

    /**
     * Adds units.
     *
     * @param all the units
     * @return this builder
     * @throws IllegalArgumentException if a unit was added before
     */
    public Builder addAll(Iterable<AdministrativeUnit> all) {
      for (AdministrativeUnit unit : Objects.requireNonNull(all, "all")) {
        add(unit);
      }
      return this;
    }

    /**
     * Builds the catalogue.
     *
     * @return the catalogue
     * @throws IllegalArgumentException naming {@code units} if no unit was added, an era's units come from two lists,
     *     a parent is missing or in another province, or two states of a code overlap
     */
    public AdministrativeUnitCatalog build() {
      if (units.isEmpty()) {
        throw new IllegalArgumentException("units: none added");
      }
      return new AdministrativeUnitCatalog(units);
    }
  }
}
