package dev.egov.fakes.generators;

import dev.egov.model.address.CommuneCatalog;

/**
 * The catalogue of the communes generated addresses use. The generators used to make communes up; they now draw real
 * ones from egov's built-in catalogue of administrative units (the official lists of both eras), so this is that
 * catalogue, {@link CommuneCatalog#builtIn()}, and generated addresses validate against egov-validation's default
 * options without configuring anything. Kept so that code passing {@code
 * EgovValidationOptions.defaults().withCommuneCatalog(SyntheticCommunes.catalog())} keeps working; the name stays
 * for that reason only: the streets, house numbers and hamlets of the detail line are still made up.
 *
 * @since 0.1.0
 */
public final class SyntheticCommunes {

  private SyntheticCommunes() {}

  /**
   * Returns the catalogue the generated addresses' communes are in: the built-in one. Thread-safe.
   *
   * @return {@link CommuneCatalog#builtIn()}
   */
  public static CommuneCatalog catalog() {
    return CommuneCatalog.builtIn();
  }
}
