package dev.egov.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a legacy commune went on 1 July 2025 ({@link CommuneLineage#convert}): the communes of the 2025 catalogue
 * that took it, whole or in part, and how sure the answer is.
 *
 * <ul>
 *   <li>{@link ConversionConfidence#EXACT}: one candidate, {@link Portion#WHOLE}; {@link #commune()} gives it;
 *   <li>{@link ConversionConfidence#AMBIGUOUS}: the candidates, each marked as the official descriptions mark it;
 *   <li>{@link ConversionConfidence#UNKNOWN}: no candidate, and a {@link #reason()}.
 * </ul>
 *
 * <pre>{@code
 * CommuneConversion c = CommuneLineage.builtIn().convert("01", "001", "00004");   // Phường Trúc Bạch, Ba Đình
 * c.confidence();   // EXACT
 * c.commune();      // Optional[Phường Ba Đình 00004@REFORM_2025]
 * }</pre>
 *
 * @param legacy the legacy commune's code
 * @param confidence how sure the answer is
 * @param candidates the 2025 communes that took the legacy commune, whole or in part, in code order; empty when
 *     {@link ConversionConfidence#UNKNOWN}
 * @param reason why nothing was found, when {@link ConversionConfidence#UNKNOWN}; otherwise {@code null}
 * @param version the lineage's source and date (the units carry their own lists' versions)
 * @since 0.1.0
 */
public record CommuneConversion(
    AdministrativeUnitCode legacy,
    ConversionConfidence confidence,
    List<LineageLink> candidates,
    @Nullable ConversionReason reason,
    CatalogVersion version) {

  /**
   * Checks that the parts agree.
   *
   * @param legacy the legacy commune's code
   * @param confidence how sure the answer is
   * @param candidates the 2025 communes that took the legacy commune, whole or in part, in code order; empty when
   *     {@link ConversionConfidence#UNKNOWN}
   * @param reason why nothing was found, when {@link ConversionConfidence#UNKNOWN}; otherwise {@code null}
   * @param version the lineage's source and date (the units carry their own lists' versions)
   * @throws IllegalArgumentException if {@code legacy} is not a legacy commune code, a candidate is not a 2025
   *     commune, or the confidence does not fit the candidates and reason (exact: one whole candidate; ambiguous: at
   *     least one; unknown: none, with a reason)
   */
  public CommuneConversion {
    Objects.requireNonNull(legacy, "legacy");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(version, "version");
    candidates = List.copyOf(candidates);
    if (legacy.era() != AdministrativeEra.LEGACY_2004 || legacy.level() != AdministrativeLevel.COMMUNE) {
      throw new IllegalArgumentException("legacy must be a commune code of LEGACY_2004");
    }
    for (LineageLink link : candidates) {
      if (link.unit().code().era() != AdministrativeEra.REFORM_2025
          || link.unit().code().level() != AdministrativeLevel.COMMUNE) {
        throw new IllegalArgumentException("candidates must be communes of REFORM_2025");
      }
    }
    boolean fits;
    switch (confidence) {
      case EXACT:
        fits = candidates.size() == 1 && candidates.get(0).portion() == Portion.WHOLE && reason == null;
        break;
      case AMBIGUOUS:
        fits = !candidates.isEmpty() && reason == null;
        break;
      default:
        fits = candidates.isEmpty() && reason != null;
        break;
    }
    if (!fits) {
      throw new IllegalArgumentException("confidence " + confidence + " does not fit " + candidates.size()
          + " candidates and reason " + reason);
    }
  }

  /**
   * Returns the 2025 commune, when the conversion is {@link ConversionConfidence#EXACT}.
   *
   * @return the commune, or empty when ambiguous or unknown
   */
  public Optional<AdministrativeUnit> commune() {
    return confidence == ConversionConfidence.EXACT ? Optional.of(candidates.get(0).unit()) : Optional.empty();
  }

  /**
   * Returns whether a 2025 commune could be named: {@link ConversionConfidence#EXACT} or {@link
   * ConversionConfidence#AMBIGUOUS}.
   *
   * @return whether there is at least one candidate
   */
  public boolean isPlaced() {
    return !candidates.isEmpty();
  }
}
