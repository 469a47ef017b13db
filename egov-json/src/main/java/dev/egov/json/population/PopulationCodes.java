package dev.egov.json.population;

import dev.egov.model.Sex;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.MaritalStatus;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The population database's code lists for sex, marital status and blood group, mapped to egov's model in one place
 * (docs/population-database.md, Code lists):
 *
 * <table>
 *   <caption>Wire codes</caption>
 *   <tr><th>field</th><th>codes</th></tr>
 *   <tr><td>{@code GioiTinh}</td><td>0 not recorded ({@link Sex#UNKNOWN}), 1 male, 2 female</td></tr>
 *   <tr><td>{@code TinhTrangHonNhan}</td><td>0 not recorded, 1 never married, 2 married, 3 divorced or widowed
 *       ({@link MaritalStatus})</td></tr>
 *   <tr><td>{@code NhomMau}</td><td>00 not recorded, 01 A, 02 B, 03 AB, 04 O ({@link BloodGroup})</td></tr>
 * </table>
 *
 * <p>Reading is tolerant of numbers written with or without leading zeros ({@code 1}, {@code "01"}): they are read as
 * the documented code, which is what writing produces. Marital status and blood group are open code lists: a code
 * egov does not know is kept with its raw value. {@link Sex} is an enum, so an unknown {@code GioiTinh} has no value
 * here ({@link #sex} returns empty); the readers then set {@link Sex#UNKNOWN} and report the raw value as an unknown
 * field, which the writers put back.
 *
 * @since 0.1.0
 */
public final class PopulationCodes {

  private PopulationCodes() {}

  /**
   * Reads a {@code GioiTinh} code.
   *
   * @param code the raw code, such as {@code "1"} or {@code "01"}
   * @return the sex, or empty for a code outside the documented list
   */
  public static Optional<Sex> sex(String code) {
    return Optional.ofNullable(sexOrNull(code));
  }

  /** {@link #sex(String)} without the {@code Optional}, for the reader, which reads one per citizen. */
  static @Nullable Sex sexOrNull(String code) {
    switch (digitsValue(Objects.requireNonNull(code, "code"))) {
      case 0:
        return Sex.UNKNOWN;
      case 1:
        return Sex.MALE;
      case 2:
        return Sex.FEMALE;
      default:
        return null;
    }
  }

  /**
   * Writes a sex as its {@code GioiTinh} code.
   *
   * @param sex the sex
   * @return {@code "1"} male, {@code "2"} female, {@code "0"} not recorded
   */
  public static String sexCode(Sex sex) {
    switch (Objects.requireNonNull(sex, "sex")) {
      case MALE:
        return "1";
      case FEMALE:
        return "2";
      default:
        return "0";
    }
  }

  /**
   * Reads a {@code TinhTrangHonNhan} code.
   *
   * @param code the raw code, non-empty, without surrounding white space
   * @return the documented status for {@code 0}–{@code 3} (also written {@code 00}–{@code 03}), otherwise an unknown
   *     status that keeps the raw code
   */
  public static MaritalStatus maritalStatus(String code) {
    int value = digitsValue(Objects.requireNonNull(code, "code"));
    return value >= 0 && value <= 3 ? MaritalStatus.of(Integer.toString(value)) : MaritalStatus.of(code);
  }

  /**
   * Reads an {@code NhomMau} code.
   *
   * @param code the raw code, non-empty, without surrounding white space
   * @return the documented group for {@code 00}–{@code 04} (also written {@code 0}–{@code 4}), otherwise an unknown
   *     group that keeps the raw code
   */
  public static BloodGroup bloodGroup(String code) {
    int value = digitsValue(Objects.requireNonNull(code, "code"));
    return value >= 0 && value <= 4 ? BloodGroup.of("0" + value) : BloodGroup.of(code);
  }

  /** Returns the value of one or two ASCII digits, or -1 for anything else. */
  private static int digitsValue(String code) {
    int n = code.length();
    if (n == 0 || n > 2) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
