package dev.egov.json.business;

import dev.egov.model.id.TaxIdentifier;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's main information as the registry writes it ({@code MainInformation}).
 *
 * @param enterpriseId {@code ENTERPRISE_ID}: the registry's internal number, or {@code null}
 * @param enterpriseCode {@code ENTERPRISE_CODE}: the enterprise code as written, or {@code null}
 * @param taxCode {@code ENTERPRISE_GDT_CODE}: the tax code, a dependent unit's being its parent's code and a
 *     three-digit suffix
 * @param name {@code NAME}: the Vietnamese name
 * @param foreignName {@code NAME_F}, or {@code null}
 * @param shortName {@code SHORT_NAME}, or {@code null}
 * @param status {@code ENTERPRISE_STATUS_ID} and {@code ENTERPRISE_STATUS_NAME}, or {@code null} when neither is given
 * @param typeId {@code ENTERPRISE_TYPE_ID} as written, or {@code null}
 * @param typeName {@code ENTERPRISE_TYPE_NAME}, or {@code null}
 * @param foundingDate {@code FOUNDING_DATE} as written (its form is not documented), or {@code null}
 * @param lastAmendDate {@code LAST_AMEND_DATE} as written, or {@code null}
 * @param capital {@code CAPITAL_AMOUNT}, or {@code null}
 * @param numberOfChanges {@code NUMBER_CHANGES}, or {@code null}
 * @since 0.1.0
 */
public record RegistryEnterprise(
    @Nullable Long enterpriseId,
    @Nullable String enterpriseCode,
    TaxIdentifier taxCode,
    String name,
    @Nullable String foreignName,
    @Nullable String shortName,
    @Nullable EnterpriseStatus status,
    @Nullable String typeId,
    @Nullable String typeName,
    @Nullable String foundingDate,
    @Nullable String lastAmendDate,
    @Nullable BigDecimal capital,
    @Nullable Integer numberOfChanges) {

  /**
   * Checks the required parts.
   *
   * @param enterpriseId the registry's internal number, or {@code null}
   * @param enterpriseCode the enterprise code as written, or {@code null}
   * @param taxCode the tax code
   * @param name the Vietnamese name
   * @param foreignName the foreign name, or {@code null}
   * @param shortName the short name, or {@code null}
   * @param status the status, or {@code null}
   * @param typeId the type's code, or {@code null}
   * @param typeName the type's name, or {@code null}
   * @param foundingDate the founding date as written, or {@code null}
   * @param lastAmendDate the last amendment's date as written, or {@code null}
   * @param capital the charter capital, or {@code null}
   * @param numberOfChanges how many times the registration changed, or {@code null}
   * @throws IllegalArgumentException if the name is blank
   */
  public RegistryEnterprise {
    Objects.requireNonNull(taxCode, "taxCode");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An enterprise's name is blank");
    }
  }

  /** Returns the tax code (masked) and the status; the name is left out, as it is often a person's. */
  @Override
  public String toString() {
    return "RegistryEnterprise[" + taxCode + ", status=" + status + ']';
  }
}
