package dev.egov.validation;

import dev.egov.model.address.CommuneCatalog;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of egov's record rules: where commune codes are checked, and whether results issued to individuals must
 * carry a personal identification number.
 *
 * <pre>{@code
 * EgovValidationOptions options = EgovValidationOptions.defaults()
 *     .withCommuneCatalog(myCatalogue)
 *     .withResultPersonalIdRequired(false);   // legacy results: old card numbers only
 * Validator validator = EgovValidation.validator(Locale.ENGLISH, options);
 * }</pre>
 *
 * @param communeCatalog the commune catalogue to check addresses against, or {@code null} to check only the codes'
 *     shape
 * @param resultPersonalIdRequired whether {@code RESULT.PERSONAL_ID_MISSING} is reported (docs/dossiers-and-portal.md, Results: the
 *     rule's legal basis is not confirmed)
 * @since 0.1.0
 */
public record EgovValidationOptions(@Nullable CommuneCatalog communeCatalog, boolean resultPersonalIdRequired) {

  private static final EgovValidationOptions DEFAULTS = new EgovValidationOptions(null, true);

  /**
   * Returns the defaults: no commune catalogue, results to individuals must carry a personal identification number.
   *
   * @return the default options
   */
  public static EgovValidationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with a commune catalogue.
   *
   * @param catalog the catalogue, or {@code null} for none
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
