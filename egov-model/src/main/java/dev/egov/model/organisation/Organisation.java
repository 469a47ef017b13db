package dev.egov.model.organisation;

import dev.egov.model.address.Address;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.internal.Masking;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as the business registry and the tax authority identify it: an enterprise, a dependent unit, a
 * state agency, or a household business.
 *
 * <pre>{@code
 * Organisation viettel = new Organisation(
 *     TaxCode.parse("0100109106"), "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Viettel Group", "Viettel",
 *     null, null);
 * }</pre>
 *
 * @param taxIdentifier the tax identifier: a {@link dev.egov.model.id.TaxCode} (the enterprise code), a {@link
 *     dev.egov.model.id.BranchTaxCode} for a dependent unit, or, for household businesses since 1 July 2025, the
 *     owner's {@link dev.egov.model.id.PersonalIdNumber}
 * @param name the name in Vietnamese, as registered
 * @param foreignName the name in a foreign language, or {@code null}
 * @param shortName the abbreviated name, or {@code null}
 * @param address the head-office address, or {@code null}
 * @param legalRepresentative the legal representative, or {@code null}
 * @since 0.1.0
 */
public record Organisation(
    TaxIdentifier taxIdentifier,
    String name,
    @Nullable String foreignName,
    @Nullable String shortName,
    @Valid @Nullable Address address,
    @Nullable LegalRepresentative legalRepresentative) {

  /**
   * Checks the required parts.
   *
   * @param taxIdentifier the tax identifier: a {@link dev.egov.model.id.TaxCode} (the enterprise code), a {@link
   *     dev.egov.model.id.BranchTaxCode} for a dependent unit, or, for household businesses since 1 July 2025, the
   *     owner's {@link dev.egov.model.id.PersonalIdNumber}
   * @param name the name in Vietnamese, as registered
   * @param foreignName the name in a foreign language, or {@code null}
   * @param shortName the abbreviated name, or {@code null}
   * @param address the head-office address, or {@code null}
   * @param legalRepresentative the legal representative, or {@code null}
   * @throws IllegalArgumentException if the name is blank
   */
  public Organisation {
    Objects.requireNonNull(taxIdentifier, "taxIdentifier");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An organisation's name is blank");
    }
  }

  /**
   * Returns the tax identifier and name, both masked when the identifier is a person's (a household business or an
   * individual, whose business name is usually the owner's name); an enterprise's name prints in full.
   */
  @Override
  public String toString() {
    return "Organisation[" + taxIdentifier + ", "
        + (taxIdentifier instanceof PersonalIdNumber ? Masking.maskName(name) : name) + ']';
  }
}
