package dev.egov.fakes.generators;

import dev.egov.model.address.Commune;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.catalog.AdministrativeEra;
import java.util.Objects;
import java.util.Optional;

/**
 * The communes of generated addresses. egov ships no commune catalogue, so the generators make communes up, and this
 * catalogue recognises exactly those: pass it to validation ({@code
 * EgovValidationOptions.defaults().withCommuneCatalog(SyntheticCommunes.catalog())}) to check generated addresses as
 * real ones are checked against the official catalogue.
 *
 * <p>In each catalogue era, a province with code {@code p} owns the commune codes {@code p × 300 + 1} to {@code p ×
 * 300 + 299}: in the 2025 era 30 communes, {@code p × 300 + i}; in the legacy era 8 districts coded {@code p × 10 +
 * d} of 12 communes each, {@code p × 300 + d × 20 + j}. Codes and names are synthetic: none claims to be a real
 * unit's, and a real commune code is not in this catalogue unless it happens to fall on a synthetic one.
 *
 * @since 0.1.0
 */
public final class SyntheticCommunes {

  private static final CommuneCatalog CATALOG = SyntheticCommunes::find;

  private SyntheticCommunes() {}

  /**
   * Returns the catalogue of synthetic communes. It computes its answers, holds no table, and is thread-safe.
   *
   * @return the catalogue
   */
  public static CommuneCatalog catalog() {
    return CATALOG;
  }

  private static Optional<Commune> find(AdministrativeEra era, String code) {
    Objects.requireNonNull(era, "era");
    Objects.requireNonNull(code, "code");
    if (code.length() != 5) {
      return Optional.empty();
    }
    int value = 0;
    for (int i = 0; i < 5; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    return Optional.ofNullable(Places.commune(era, value));
  }
}
