package dev.egov.json.business;

import dev.egov.model.id.TaxIdentifier;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise as a provincial gateway's look-up writes it ({@code ResultObject}); the fields it does not document
 * are kept as unknown fields.
 *
 * @param name {@code NAME}
 * @param taxCode {@code ENTERPRISE_GDT_CODE}
 * @param statusName {@code ENTERPRISE_STATUS_NAME}, or {@code null}
 * @param headOfficeAddress {@code HO_ADDRESS_FULLTEXT}, or {@code null}
 * @since 0.1.0
 */
public record ProvincialEnterprise(
    String name, TaxIdentifier taxCode, @Nullable String statusName, @Nullable String headOfficeAddress) {

  /**
   * Checks the required parts.
   *
   * @param name {@code NAME}
   * @param taxCode {@code ENTERPRISE_GDT_CODE}
   * @param statusName {@code ENTERPRISE_STATUS_NAME}, or {@code null}
   * @param headOfficeAddress {@code HO_ADDRESS_FULLTEXT}, or {@code null}
   * @throws IllegalArgumentException if the name is blank
   */
  public ProvincialEnterprise {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(taxCode, "taxCode");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An enterprise's name is blank");
    }
  }

  /** Returns the tax code (masked) and the status; neither the name nor the address. */
  @Override
  public String toString() {
    return "ProvincialEnterprise[" + taxCode + ", " + statusName + ']';
  }
}
