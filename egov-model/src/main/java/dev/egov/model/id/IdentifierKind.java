package dev.egov.model.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every kind of identifier egov knows, with uniform access to its checks and parsers.
 *
 * <p>Several kinds share a shape: ten digits can be a tax code or a social-insurance number, twelve digits a personal
 * identification number or a 2012–2016 identity card. {@link #plausibleKinds} lists every reading of a value so that
 * a program (or a person) can choose:
 *
 * <pre>{@code
 * for (IdentifierKind kind : IdentifierKind.plausibleKinds("0100109106")) {
 *   out.println(kind.englishName() + ": " + kind.checkLenient("0100109106"));   // out: your PrintStream or log
 * }
 * // tax code: VALID
 * // social-insurance number: VALID
 * }</pre>
 *
 * @since 0.1.0
 */
public enum IdentifierKind {
  /** {@link PersonalIdNumber}: số định danh cá nhân (CCCD). */
  PERSONAL_ID("personal identification number", "số định danh cá nhân", true),
  /** {@link LegacyIdCardNumber}: số chứng minh nhân dân (CMND). */
  LEGACY_ID_CARD("old identity card number", "số chứng minh nhân dân", true),
  /** {@link TaxCode}: mã số thuế, 10 digits. */
  TAX_CODE("tax code", "mã số thuế", true),
  /** {@link BranchTaxCode}: mã số thuế đơn vị phụ thuộc, 13 digits. */
  BRANCH_TAX_CODE("branch tax code", "mã số thuế đơn vị phụ thuộc", true),
  /** {@link SocialInsuranceNumber}: mã số bảo hiểm xã hội. */
  SOCIAL_INSURANCE_NUMBER("social-insurance number", "mã số bảo hiểm xã hội", true),
  /** {@link HealthInsuranceCardCode}: mã thẻ bảo hiểm y tế. */
  HEALTH_INSURANCE_CARD("health-insurance card code", "mã thẻ bảo hiểm y tế", true),
  /** {@link AgencyCode}: mã định danh điện tử của cơ quan. */
  AGENCY_CODE("agency code", "mã định danh điện tử cơ quan", false),
  /** {@link ProcedureCode}: mã thủ tục hành chính. */
  PROCEDURE_CODE("procedure code", "mã thủ tục hành chính", false),
  /** {@link DossierCode}: mã hồ sơ. */
  DOSSIER_CODE("dossier code", "mã hồ sơ", false),
  /** {@link PhoneNumber}: số điện thoại. */
  PHONE_NUMBER("phone number", "số điện thoại", true);

  private final String englishName;
  private final String vietnameseName;
  private final boolean personalData;

  IdentifierKind(String englishName, String vietnameseName, boolean personalData) {
    this.englishName = englishName;
    this.vietnameseName = vietnameseName;
    this.personalData = personalData;
  }

  /**
   * Returns the English name, lower case, such as {@code "tax code"}.
   *
   * @return the name
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the Vietnamese name, lower case, such as {@code "mã số thuế"}.
   *
   * @return the name
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Returns whether identifiers of this kind may be personal data and are masked in {@code toString()}.
   *
   * @return {@code false} only for agency, procedure and dossier codes
   */
  public boolean isPersonalData() {
    return personalData;
  }

  /**
   * Returns a short identifier for command lines and configuration: the constant name in lower case with hyphens,
   * such as {@code "tax-code"}.
   *
   * @return the identifier
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the kind with this {@linkplain #id() id} or constant name, in any case.
   *
   * @param id such as {@code "tax-code"} or {@code "TAX_CODE"}
   * @return the kind, or empty
   */
  public static Optional<IdentifierKind> fromId(String id) {
    Objects.requireNonNull(id, "id");
    String name = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (IdentifierKind kind : values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks {@code text} as this kind, in its standard form and at its strictest level. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public IdentifierCheck check(@Nullable CharSequence text) {
    switch (this) {
      case PERSONAL_ID:
        return PersonalIdNumber.check(text);
      case LEGACY_ID_CARD:
        return LegacyIdCardNumber.check(text);
      case TAX_CODE:
        return TaxCode.check(text);
      case BRANCH_TAX_CODE:
        return BranchTaxCode.check(text);
      case SOCIAL_INSURANCE_NUMBER:
        return SocialInsuranceNumber.check(text);
      case HEALTH_INSURANCE_CARD:
        return HealthInsuranceCardCode.check(text);
      case AGENCY_CODE:
        return AgencyCode.check(text);
      case PROCEDURE_CODE:
        return ProcedureCode.check(text);
      case DOSSIER_CODE:
        return DossierCode.check(text);
      default:
        return PhoneNumber.check(text);
    }
  }

  /**
   * Checks {@code text} as this kind, accepting every form seen in real data, at the strictest level. For kinds with
   * a single form this is {@link #check}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public IdentifierCheck checkLenient(@Nullable CharSequence text) {
    switch (this) {
      case TAX_CODE:
        return TaxCode.checkLenient(text);
      case BRANCH_TAX_CODE:
        return BranchTaxCode.checkLenient(text);
      case HEALTH_INSURANCE_CARD:
        return HealthInsuranceCardCode.checkLenient(text);
      case AGENCY_CODE:
        return AgencyCode.checkLenient(text);
      case PROCEDURE_CODE:
        return ProcedureCode.checkLenient(text);
      case DOSSIER_CODE:
        return DossierCode.checkLenient(text);
      case PHONE_NUMBER:
        return PhoneNumber.checkLenient(text);
      default:
        return check(text);
    }
  }

  /**
   * Parses {@code text} as this kind, in its standard form.
   *
   * @param text the text
   * @return the identifier, of this kind
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  public Identifier parse(CharSequence text) {
    switch (this) {
      case PERSONAL_ID:
        return PersonalIdNumber.parse(text);
      case LEGACY_ID_CARD:
        return LegacyIdCardNumber.parse(text);
      case TAX_CODE:
        return TaxCode.parse(text);
      case BRANCH_TAX_CODE:
        return BranchTaxCode.parse(text);
      case SOCIAL_INSURANCE_NUMBER:
        return SocialInsuranceNumber.parse(text);
      case HEALTH_INSURANCE_CARD:
        return HealthInsuranceCardCode.parse(text);
      case AGENCY_CODE:
        return AgencyCode.parse(text);
      case PROCEDURE_CODE:
        return ProcedureCode.parse(text);
      case DOSSIER_CODE:
        return DossierCode.parse(text);
      default:
        return PhoneNumber.parse(text);
    }
  }

  /**
   * Parses {@code text} as this kind, accepting every form seen in real data.
   *
   * @param text the text
   * @return the identifier, of this kind
   * @throws InvalidIdentifierException if {@link #checkLenient} does not return {@link IdentifierCheck#VALID}
   */
  public Identifier parseLenient(CharSequence text) {
    switch (this) {
      case TAX_CODE:
        return TaxCode.parseLenient(text);
      case BRANCH_TAX_CODE:
        return BranchTaxCode.parseLenient(text);
      case HEALTH_INSURANCE_CARD:
        return HealthInsuranceCardCode.parseLenient(text);
      case AGENCY_CODE:
        return AgencyCode.parseLenient(text);
      case PROCEDURE_CODE:
        return ProcedureCode.parseLenient(text);
      case DOSSIER_CODE:
        return DossierCode.parseLenient(text);
      case PHONE_NUMBER:
        return PhoneNumber.parseLenient(text);
      default:
        return parse(text);
    }
  }

  /**
   * Returns every kind {@code text} has the shape of, whether or not it is valid as that kind: the kinds for which
   * {@link #checkLenient} returns something other than a {@linkplain IdentifierCheck#isShapeError() shape error}.
   * {@code "0100109107"} is a tax code with a bad check digit, a valid social-insurance number, and not a phone
   * number (Vietnamese numbers do not start {@code 01}).
   *
   * @param text the text, possibly {@code null}
   * @return the kinds, in declaration order; empty if the text looks like no identifier
   */
  public static List<IdentifierKind> plausibleKinds(@Nullable CharSequence text) {
    List<IdentifierKind> kinds = new ArrayList<>(3);
    for (IdentifierKind kind : values()) {
      if (!kind.checkLenient(text).isShapeError()) {
        kinds.add(kind);
      }
    }
    return List.copyOf(kinds);
  }
}
