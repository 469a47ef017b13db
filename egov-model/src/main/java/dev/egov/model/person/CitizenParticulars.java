package dev.egov.model.person;

import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.Religion;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Citizen}'s particulars beside name, sex and birth date: ethnic group, religion, nationality, marital status
 * and blood group (docs/population-database.md, The citizen record and Code lists). Each is an {@linkplain
 * dev.egov.model.code open code}, kept when unknown, or {@code null} when not recorded; {@link #NONE} has none.
 *
 * <p>Ethnicity, religion and blood group are sensitive personal data (docs/personal-data.md): {@link #toString()}
 * prints only which particulars are present.
 *
 * @param ethnicity the ethnic group ({@code DanToc}), or {@code null}
 * @param religion the religion ({@code TonGiao}), or {@code null}
 * @param nationality the nationality ({@code QuocTich}), or {@code null}
 * @param maritalStatus the marital status ({@code TinhTrangHonNhan}), or {@code null}
 * @param bloodGroup the blood group ({@code NhomMau}), or {@code null}
 * @since 0.1.0
 */
public record CitizenParticulars(
    @Nullable Ethnicity ethnicity,
    @Nullable Religion religion,
    @Nullable Nationality nationality,
    @Nullable MaritalStatus maritalStatus,
    @Nullable BloodGroup bloodGroup) {

  /** No particular recorded. */
  public static final CitizenParticulars NONE = new CitizenParticulars(null, null, null, null, null);

  /**
   * Returns particulars with only the ethnic group recorded.
   *
   * @param ethnicity the ethnic group
   * @return the particulars
   */
  public static CitizenParticulars ofEthnicity(Ethnicity ethnicity) {
    return new CitizenParticulars(ethnicity, null, null, null, null);
  }

  /** Prints which particulars are present, never their values. */
  @Override
  public String toString() {
    return "CitizenParticulars[ethnicity=" + present(ethnicity) + ", religion=" + present(religion) + ", nationality="
        + present(nationality) + ", maritalStatus=" + present(maritalStatus) + ", bloodGroup=" + present(bloodGroup)
        + ']';
  }

  static String present(@Nullable Object value) {
    return value == null ? "absent" : "present";
  }
}
