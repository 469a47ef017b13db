package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The kind of applicant of a dossier: {@code LoaiDoiTuong} of the portal's dossier payload (docs/dossiers-and-portal.md, The dossier payload).
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class ApplicantType extends OpenCode {

  /** {@code 1}: công dân (citizen). */
  public static final ApplicantType CITIZEN = new ApplicantType("1", "công dân", "citizen", true);

  /** {@code 2}: doanh nghiệp (enterprise). */
  public static final ApplicantType ENTERPRISE = new ApplicantType("2", "doanh nghiệp", "enterprise", true);

  /** {@code 3}: cơ quan nhà nước (state agency). */
  public static final ApplicantType STATE_AGENCY = new ApplicantType("3", "cơ quan nhà nước", "state agency", true);

  /** {@code 4}: tổ chức/khác (organisation or other). */
  public static final ApplicantType OTHER_ORGANISATION = new ApplicantType("4", "tổ chức/khác", "organisation or other", true);

  private static final Known<ApplicantType> KNOWN = new Known<>(code -> new ApplicantType(code, null, null, false), CITIZEN, ENTERPRISE, STATE_AGENCY, OTHER_ORGANISATION);

  private ApplicantType(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
    super(code, vietnameseLabel, englishLabel, known);
  }

  /**
   * Returns the code: the constant for a documented code, otherwise a new unknown value that keeps it.
   *
   * @param code the raw code, non-empty, without surrounding white space
   * @return the code
   * @throws IllegalArgumentException if {@code code} is empty or has surrounding white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ApplicantType of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<ApplicantType> known() {
    return KNOWN.all();
  }

  /**
   * Returns whether this applicant is an organisation of some kind rather than a person.
   *
   * @return {@code true} for {@link #ENTERPRISE}, {@link #STATE_AGENCY} and {@link #OTHER_ORGANISATION}; {@code false}
   *     for {@link #CITIZEN} and for unknown codes
   */
  public boolean isOrganisation() {
    return this == ENTERPRISE || this == STATE_AGENCY || this == OTHER_ORGANISATION;
  }
}
