package dev.egov.model.organisation;

import dev.egov.model.address.Address;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.internal.Masking;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as the business registry and the tax authority identify it: an enterprise, a dependent unit, a
 * household business, a cooperative, a state agency or another body, as its {@linkplain OrganisationKind kind} says.
 *
 * <pre>{@code
 * Organisation viettel = new Organisation(OrganisationKind.ENTERPRISE,
 *     TaxCode.parse("0100109106"), "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Viettel Group", "Viettel",
 *     null, null);
 * viettel.toString();   // Organisation[ENTERPRISE, 010*****06, T** đ*** C*** n***** * V*** t***…]
 * }</pre>
 *
 * <p><b>Personal data.</b> {@link #toString()} masks the name unless the organisation is a {@linkplain
 * OrganisationKind#STATE_AGENCY state agency}: a household business is often named after its owner ({@code Hộ kinh
 * doanh Nguyễn Văn An}), whether it is identified by the owner's personal ID or by a 10-digit tax code, and so are many
 * private enterprises. An organisation whose kind is not known is masked too.
 *
 * @param kind what kind of body it is, or {@code null} when the source does not say
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
    @Nullable OrganisationKind kind,
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
   * @param kind the kind of organisation, or {@code null} when the source does not say
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
   * Returns an organisation whose kind the source does not say; its name is masked when printed.
   *
   * @param taxIdentifier the tax identifier
   * @param name the name in Vietnamese, as registered
   * @param foreignName the name in a foreign language, or {@code null}
   * @param shortName the abbreviated name, or {@code null}
   * @param address the head-office address, or {@code null}
   * @param legalRepresentative the legal representative, or {@code null}
   * @throws IllegalArgumentException if the name is blank
   */
  public Organisation(
      TaxIdentifier taxIdentifier,
      String name,
      @Nullable String foreignName,
      @Nullable String shortName,
      @Nullable Address address,
      @Nullable LegalRepresentative legalRepresentative) {
    this(null, taxIdentifier, name, foreignName, shortName, address, legalRepresentative);
  }

  /**
   * Returns the kind, the tax identifier (masked where it may be a person's) and the name, masked unless the
   * organisation is a state agency: the name of a household business or of a private enterprise is often its owner's.
   */
  @Override
  public String toString() {
    boolean inFull = kind != null && !kind.mayBeNamedAfterAPerson();
    return "Organisation[" + (kind == null ? "" : kind + ", ") + taxIdentifier + ", "
        + (inFull ? name : Masking.maskName(name)) + ']';
  }
}
