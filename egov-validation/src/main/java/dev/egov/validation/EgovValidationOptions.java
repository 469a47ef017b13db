package dev.egov.validation;

import dev.egov.model.address.CommuneCatalog;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of egov's record rules: where commune codes are checked, and whether results issued to individuals must
 * carry a personal identification number.
 *
 * <p>By default addresses are checked against egov's built-in catalogue of administrative units ({@link
 * CommuneCatalog#builtIn()}); a newer official list goes in its place with {@code
 * withCommuneCatalog(CommuneCatalog.of(AdministrativeUnitCatalog.builtIn().with(newer)))}. A catalogue that holds
 * the list of one era only checks addresses of that era.
 *
 * <pre>{@code
 * EgovValidationOptions options = EgovValidationOptions.defaults()
 *     .withCommuneCatalog(CommuneCatalog.of(myCatalogue))
 *     .withResultPersonalIdRequired(false);   // legacy results: old card numbers only
 * Validator validator = EgovValidation.validator(Locale.ENGLISH, options);
 * }</pre>
 *
 * @param communeCatalog the commune catalogue to check addresses against (by default the built-in one), or {@code
 *     null} to check only the codes' shape and the province
 * @param resultPersonalIdRequired whether {@code RESULT.PERSONAL_ID_MISSING} is reported (docs/dossiers-and-portal.md, Results: the
 *     rule's legal basis is not confirmed)
 * @since 0.1.0
 */
public record EgovValidationOptions(@Nullable CommuneCatalog communeCatalog, boolean resultPersonalIdRequired) {

  private static final EgovValidationOptions DEFAULTS = new EgovValidationOptions(CommuneCatalog.builtIn(), true);

  /**
   * Returns the defaults: addresses checked against the built-in catalogue of administrative units (loaded on the
   * first address validated), results to individuals must carry a personal identification number.
   *
   * @return the default options
   */
  public static EgovValidationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with a commune catalogue.
   *
   * @param catalog the catalogue, or {@code null} to check no commune (only the codes' shape and the province)
   * @return a copy
   */
  public EgovValidationOptions withCommuneCatalog(@Nullable CommuneCatalog catalog) {
    return new EgovValidationOptions(catalog, resultPersonalIdRequired);
  }

  /**
   * Returns these options with the result rule switched on or off.
   *
   * @param required whether results issued to individuals must carry a personal identification number
   * @return a copy
   */
  public EgovValidationOptions withResultPersonalIdRequired(boolean required) {
    return new EgovValidationOptions(communeCatalog, required);
  }

  /**
   * Returns the commune catalogue, if one is configured.
   *
   * @return the catalogue, or empty
   */
  public Optional<CommuneCatalog> communes() {
    return Optional.ofNullable(communeCatalog);
  }
}
