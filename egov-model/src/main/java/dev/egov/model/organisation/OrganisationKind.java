package dev.egov.model.organisation;

/**
 * What kind of body an {@link Organisation} is. The kind, not the form of its tax identifier, decides whether its
 * name is personal data: a household business is named after its owner more often than not, and so are many private
 * enterprises ({@code Doanh nghiệp tư nhân Nguyễn Văn An}), whatever their tax identifier; only a state agency's name
 * is never a person's.
 *
 * <p>Constant names are stable codes: they are written as such in canonical JSON.
 *
 * @since 0.1.0
 */
public enum OrganisationKind {
  /** An enterprise (doanh nghiệp): a limited or joint-stock company, a partnership, a private enterprise. */
  ENTERPRISE,
  /**
   * A dependent unit of an enterprise (chi nhánh, văn phòng đại diện, địa điểm kinh doanh), usually identified by a
   * {@link dev.egov.model.id.BranchTaxCode}.
   */
  DEPENDENT_UNIT,
  /**
   * A household business (hộ kinh doanh), often named after its owner. Identified by the owner's personal ID since 1
   * July 2025 (Thông tư 86/2024/TT-BTC), by a 10-digit tax code before, and records keep both.
   */
  HOUSEHOLD_BUSINESS,
  /** A cooperative or a union of cooperatives (hợp tác xã, liên hiệp hợp tác xã). */
  COOPERATIVE,
  /** A state agency (cơ quan nhà nước): a ministry, a People's Committee, one of their departments. */
  STATE_AGENCY,
  /** Any other body: a public service unit, an association, a fund, a foreign organisation's office. */
  OTHER;

  /**
   * Returns whether an organisation of this kind may carry a person's name, so that its name is masked wherever egov
   * prints it.
   *
   * @return {@code false} for {@link #STATE_AGENCY} only
   */
  public boolean mayBeNamedAfterAPerson() {
    return this != STATE_AGENCY;
  }
}
