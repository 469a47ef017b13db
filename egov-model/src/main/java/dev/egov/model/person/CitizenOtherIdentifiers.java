package dev.egov.model.person;

import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Citizen}'s identifiers issued by other national systems: the personal tax identifier and the
 * social-insurance number (docs/identifiers.md). {@link #NONE} has neither.
 *
 * <p>{@link #toString()} prints only which are present.
 *
 * @param taxIdentifier the tax identifier ({@code MaSoThue}), or {@code null}
 * @param socialInsuranceNumber the social-insurance number ({@code MaBHXH}), or {@code null}
 * @since 0.1.0
 */
public record CitizenOtherIdentifiers(
    @Nullable TaxIdentifier taxIdentifier, @Nullable SocialInsuranceNumber socialInsuranceNumber) {

  /** Neither identifier. */
  public static final CitizenOtherIdentifiers NONE = new CitizenOtherIdentifiers(null, null);

  /** Prints whether each is present, never the value. */
  @Override
  public String toString() {
    return "CitizenOtherIdentifiers[taxIdentifier=" + CitizenParticulars.present(taxIdentifier) + ", socialInsuranceNumber="
        + CitizenParticulars.present(socialInsuranceNumber) + ']';
  }
}
