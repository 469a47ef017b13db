package dev.egov.model.catalog;

import java.util.Objects;

/**
 * One link of the lineage between a legacy unit and a commune of the 2025 catalogue: the unit at the other end, and
 * how much of the legacy unit went into the new commune.
 *
 * @param unit the unit at the other end: a 2025 commune in a {@link CommuneConversion}, a legacy commune (or a
 *     legacy district without communes, such as huyện Côn Đảo) in a {@link CommuneFormation}
 * @param portion whether the whole legacy unit went into the new commune, or part of it
 * @since 0.1.0
 */
public record LineageLink(AdministrativeUnit unit, Portion portion) {

  /**
   * Checks the parts.
   *
   * @param unit the unit at the other end
   * @param portion whether the whole legacy unit went into the new commune, or part of it
   */
  public LineageLink {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(portion, "portion");
  }

  /** Returns the unit and the portion, such as {@code "Phường Ba Đình 00004@REFORM_2025 (PART)"}. */
  @Override
  public String toString() {
    return unit + " (" + portion + ')';
  }
}
