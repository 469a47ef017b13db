package dev.egov.model.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What a commune of the 2025 catalogue was formed from, as its official description says ({@link
 * CommuneLineage#formedFrom}).
 *
 * <pre>{@code
 * CommuneFormation baDinh = CommuneLineage.builtIn()
 *     .formedFrom(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "00004")).orElseThrow();
 * baDinh.formedFrom().get(0);   // Phường Quán Thánh 00013@LEGACY_2004 (WHOLE)
 * }</pre>
 *
 * @param commune the commune of the 2025 catalogue
 * @param formedFrom the legacy units, in the order the description names them, each whole or in part
 * @param version the lineage's source and date
 * @since 0.1.0
 */
public record CommuneFormation(AdministrativeUnit commune, List<LineageLink> formedFrom, CatalogVersion version) {

  /**
   * Checks the parts.
   *
   * @param commune the commune of the 2025 catalogue
   * @param formedFrom the legacy units, in the order the description names them, each whole or in part
   * @param version the lineage's source and date
   * @throws IllegalArgumentException if {@code commune} is not a commune of the 2025 catalogue, or {@code formedFrom}
   *     is empty or holds a unit that is not of the legacy catalogue
   */
  public CommuneFormation {
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(version, "version");
    formedFrom = List.copyOf(formedFrom);
    if (commune.code().era() != AdministrativeEra.REFORM_2025
        || commune.code().level() != AdministrativeLevel.COMMUNE) {
      throw new IllegalArgumentException("commune must be a commune of REFORM_2025");
    }
    if (formedFrom.isEmpty()) {
      throw new IllegalArgumentException("formedFrom is empty");
    }
    for (LineageLink link : formedFrom) {
      if (link.unit().code().era() != AdministrativeEra.LEGACY_2004) {
        throw new IllegalArgumentException("formedFrom must hold legacy units");
      }
    }
  }

  /**
   * Returns the legacy units that went whole into this commune.
   *
   * @return the units marked {@link Portion#WHOLE}, in order
   */
  public List<AdministrativeUnit> whole() {
    return units(Portion.WHOLE);
  }

  /**
   * Returns the legacy units of which only part went into this commune.
   *
   * @return the units marked {@link Portion#PART}, in order
   */
  public List<AdministrativeUnit> parts() {
    return units(Portion.PART);
  }

  private List<AdministrativeUnit> units(Portion portion) {
    return formedFrom.stream().filter(l -> l.portion() == portion).map(LineageLink::unit).toList();
  }
}
