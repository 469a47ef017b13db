package dev.egov.model.id;

import static dev.egov.model.id.IdentifierCheck.EMPTY;
import static dev.egov.model.id.IdentifierCheck.INVALID_CHARACTERS;
import static dev.egov.model.id.IdentifierCheck.INVALID_CHECKSUM;
import static dev.egov.model.id.IdentifierCheck.INVALID_COMPONENT;
import static dev.egov.model.id.IdentifierCheck.INVALID_DATE;
import static dev.egov.model.id.IdentifierCheck.INVALID_FORMAT;
import static dev.egov.model.id.IdentifierCheck.WRONG_LENGTH;

import dev.egov.model.internal.Masking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every kind of identifier egov knows, with uniform access to its checks and parsers: each constant carries its
 * names, whether it is personal data (and so how it is masked), its strict and lenient checks and parsers, and the
 * reasons its check can report. Adding a kind is adding a constant here and its value type (see {@code
 * CONTRIBUTING.md} in the repository).
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
  // The table of kinds: names, whether the kind is personal data, its checks and parsers (with lenient variants where
  // real data has non-standard forms), and the reasons beyond the shape errors its check reports. A kind's check takes
  // a strictness level; the lambdas of kinds without levels ignore it. Each constant's method references and lambdas
  // are classes of their own, so a caller that keeps one (a constraint validator) calls the kind's code directly.

  /** {@link PersonalIdNumber}: số định danh cá nhân (CCCD). */
  PERSONAL_ID("personal identification number", "số định danh cá nhân", true,
      (text, level) -> PersonalIdNumber.check(text), PersonalIdNumber::parse),
  /** {@link LegacyIdCardNumber}: số chứng minh nhân dân (CMND). */
  LEGACY_ID_CARD("old identity card number", "số chứng minh nhân dân", true,
      (text, level) -> LegacyIdCardNumber.check(text), LegacyIdCardNumber::parse),
  /** {@link TaxCode}: mã số thuế, 10 digits. */
  TAX_CODE("tax code", "mã số thuế", true,
      TaxCode::check, TaxCode::checkLenient, TaxCode::parse, TaxCode::parseLenient,
      INVALID_CHECKSUM, INVALID_COMPONENT),
  /** {@link BranchTaxCode}: mã số thuế đơn vị phụ thuộc, 13 digits. */
  BRANCH_TAX_CODE("branch tax code", "mã số thuế đơn vị phụ thuộc", true,
      BranchTaxCode::check, BranchTaxCode::checkLenient, BranchTaxCode::parse, BranchTaxCode::parseLenient,
      INVALID_FORMAT, INVALID_CHECKSUM, INVALID_COMPONENT),
  /** {@link SocialInsuranceNumber}: mã số bảo hiểm xã hội. */
  SOCIAL_INSURANCE_NUMBER("social-insurance number", "mã số bảo hiểm xã hội", true,
      (text, level) -> SocialInsuranceNumber.check(text), SocialInsuranceNumber::parse),
  /** {@link HealthInsuranceCardCode}: mã thẻ bảo hiểm y tế. */
  HEALTH_INSURANCE_CARD("health-insurance card code", "mã thẻ bảo hiểm y tế", true,
      (text, level) -> HealthInsuranceCardCode.check(text), (text, level) -> HealthInsuranceCardCode.checkLenient(text),
      HealthInsuranceCardCode::parse, HealthInsuranceCardCode::parseLenient,
      INVALID_FORMAT, INVALID_COMPONENT),
  /** {@link AgencyCode}: mã định danh điện tử của cơ quan. */
  AGENCY_CODE("agency code", "mã định danh điện tử cơ quan", false,
      (text, level) -> AgencyCode.check(text), (text, level) -> AgencyCode.checkLenient(text),
      AgencyCode::parse, AgencyCode::parseLenient,
      INVALID_FORMAT),
  /** {@link ProcedureCode}: mã thủ tục hành chính. */
  PROCEDURE_CODE("procedure code", "mã thủ tục hành chính", false,
      (text, level) -> ProcedureCode.check(text), (text, level) -> ProcedureCode.checkLenient(text),
      ProcedureCode::parse, ProcedureCode::parseLenient,
      INVALID_FORMAT, INVALID_COMPONENT),
  /** {@link DossierCode}: mã hồ sơ. */
  DOSSIER_CODE("dossier code", "mã hồ sơ", false,
      (text, level) -> DossierCode.check(text), (text, level) -> DossierCode.checkLenient(text),
      DossierCode::parse, DossierCode::parseLenient,
      INVALID_FORMAT, INVALID_DATE),
  /** {@link PhoneNumber}: số điện thoại. */
  PHONE_NUMBER("phone number", "số điện thoại", true,
      PhoneNumber::check, PhoneNumber::checkLenient, PhoneNumber::parse, PhoneNumber::parseLenient,
      INVALID_FORMAT, INVALID_COMPONENT);

  /**
   * A kind's check as a function, as {@link #checker} returns it: for code that checks many texts of one kind (a
   * constraint validator), so that each call goes straight to the identifier type's own check.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Checker {

    /**
     * Checks {@code text}. Never throws.
     *
     * @param text the text, possibly {@code null}
     * @param strictness how deeply to check, for the kinds whose identifier type has levels (a {@code check(text,
     *     Strictness)} of its own); the other kinds check every rule they have at any level
     * @return the result
     */
    IdentifierCheck check(@Nullable CharSequence text, Strictness strictness);
  }

  /** A kind's parser. */
  @FunctionalInterface
  private interface Parser {
    Identifier parse(CharSequence text);
  }

  private final String englishName;
  private final String vietnameseName;
  private final boolean personalData;
  private final Checker check;
  private final Checker checkLenient;
  private final Parser parse;
  private final Parser parseLenient;
  private final boolean nonStandardForms;
  private final Set<IdentifierCheck> invalidReasons;

  /** A kind with one form. */
  IdentifierKind(
      String englishName, String vietnameseName, boolean personalData, Checker check, Parser parse,
      IdentifierCheck... reasons) {
    this(englishName, vietnameseName, personalData, check, check, parse, parse, false, reasons);
  }

  /** A kind whose lenient check and parser also accept the non-standard forms of real data. */
  IdentifierKind(
      String englishName, String vietnameseName, boolean personalData, Checker check, Checker checkLenient,
      Parser parse, Parser parseLenient, IdentifierCheck... reasons) {
    this(englishName, vietnameseName, personalData, check, checkLenient, parse, parseLenient, true, reasons);
  }

  IdentifierKind(
      String englishName, String vietnameseName, boolean personalData, Checker check, Checker checkLenient,
      Parser parse, Parser parseLenient, boolean nonStandardForms, IdentifierCheck[] reasons) {
    this.englishName = englishName;
    this.vietnameseName = vietnameseName;
    this.personalData = personalData;
    this.check = check;
    this.checkLenient = checkLenient;
    this.parse = parse;
    this.parseLenient = parseLenient;
    this.nonStandardForms = nonStandardForms;
    // Every check starts with the same three shape tests (emptiness, characters, length).
    EnumSet<IdentifierCheck> all = EnumSet.of(EMPTY, INVALID_CHARACTERS, WRONG_LENGTH);
    Collections.addAll(all, reasons);
    this.invalidReasons = Collections.unmodifiableSet(all);
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
   * Returns {@code text} as it may appear in a log or a message about this kind: masked like the identifiers' {@code
   * toString()} ({@code 079*******34}) for the kinds that are {@linkplain #isPersonalData() personal data}, in clear
   * for the others. Either way, characters outside printable ASCII become {@code ?} and text longer than 32
   * characters is cut, with its length stated. For a valid identifier {@code id}, {@code
   * id.kind().mask(id.format())} is {@code id.masked()}.
   *
   * @param text the text, possibly invalid, possibly {@code null}
   * @return the text for logs; {@code "null"} for {@code null}
   */
  public String mask(@Nullable CharSequence text) {
    return personalData ? Masking.mask(text) : Masking.inClear(text);
  }

  /**
   * Returns whether real data has forms of this kind beyond the normative one (separators in a tax code, a short
   * agency code, a 5-digit dossier sequence): {@link #checkLenient} accepts them where {@link #check} reports {@link
   * IdentifierCheck#NON_STANDARD_FORM}. For the other kinds the lenient methods are the standard ones.
   *
   * @return {@code false} for personal identification numbers, old identity cards and social-insurance numbers
   */
  public boolean hasNonStandardForms() {
    return nonStandardForms;
  }

  /**
   * Returns every reason {@link #check} and {@link #checkLenient} report for a text that is not an identifier of this
   * kind: {@link IdentifierCheck#EMPTY}, {@link IdentifierCheck#INVALID_CHARACTERS} and {@link
   * IdentifierCheck#WRONG_LENGTH} for every kind, and the rules the kind has beyond its shape (a misplaced separator,
   * a check digit, a date, a part outside its values). Never {@link IdentifierCheck#VALID} or {@link
   * IdentifierCheck#NON_STANDARD_FORM}.
   *
   * @return the reasons, unmodifiable, in {@link IdentifierCheck} order
   */
  public Set<IdentifierCheck> invalidReasons() {
    return invalidReasons;
  }

  /**
   * Returns this kind's check as a function object, for code that checks many texts of one kind and wants each call
   * to reach the identifier type's check directly (as {@link #check} and {@link #checkLenient} do through one shared
   * call):
   *
   * <pre>{@code
   * IdentifierKind.Checker taxCodes = IdentifierKind.TAX_CODE.checker(false);
   * taxCodes.check("0100109107", Strictness.SEMANTIC);   // INVALID_CHECKSUM
   * taxCodes.check("0100109107", Strictness.FORMAT);     // VALID: the check digit is not looked at
   * }</pre>
   *
   * @param lenient {@code true} for the check of {@link #checkLenient}, {@code false} for that of {@link #check}
   * @return the check; at {@link Strictness#SEMANTIC} it returns what {@link #check} or {@link #checkLenient} does
   */
  public Checker checker(boolean lenient) {
    return lenient ? checkLenient : check;
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
    return check.check(text, Strictness.SEMANTIC);
  }

  /**
   * Checks {@code text} as this kind, accepting every form seen in real data, at the strictest level. For kinds with
   * a single form this is {@link #check}. Never throws.
   *
   * @param text the text, possibly {@code null}
   * @return the result
   */
  public IdentifierCheck checkLenient(@Nullable CharSequence text) {
    return checkLenient.check(text, Strictness.SEMANTIC);
  }

  /**
   * Parses {@code text} as this kind, in its standard form.
   *
   * @param text the text
   * @return the identifier, of this kind
   * @throws InvalidIdentifierException if {@link #check} does not return {@link IdentifierCheck#VALID}
   */
  public Identifier parse(CharSequence text) {
    return parse.parse(text);
  }

  /**
   * Parses {@code text} as this kind, accepting every form seen in real data.
   *
   * @param text the text
   * @return the identifier, of this kind
   * @throws InvalidIdentifierException if {@link #checkLenient} does not return {@link IdentifierCheck#VALID}
   */
  public Identifier parseLenient(CharSequence text) {
    return parseLenient.parse(text);
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
