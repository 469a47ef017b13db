package dev.egov.model.person;

import dev.egov.model.code.Nationality;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relative of a citizen (father, mother, spouse) or their legal representative, as the population database's
 * {@code NguoiThan} structure carries them: a name and, where recorded, a nationality and identity numbers.
 *
 * @param name the name; the database sends it as one string, which {@link PersonName#parse} splits
 * @param nationality the nationality, or {@code null}
 * @param personalId the personal identification number, or {@code null}
 * @param legacyIdCard the old identity card number, or {@code null}
 * @since 0.1.0
 */
public record Relative(
    PersonName name,
    @Nullable Nationality nationality,
    @Nullable PersonalIdNumber personalId,
    @Nullable LegacyIdCardNumber legacyIdCard) {

  /**
   * Checks that there is a name.
   *
   * @param name the name; the database sends it as one string, which {@link PersonName#parse} splits
   * @param nationality the nationality, or {@code null}
   * @param personalId the personal identification number, or {@code null}
   * @param legacyIdCard the old identity card number, or {@code null}
   */
  public Relative {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns a relative known only by name.
   *
   * @param name the name
   * @return the relative
   */
  public static Relative named(PersonName name) {
    return new Relative(name, null, null, null);
  }

  /** Returns the masked name and identity numbers. */
  @Override
  public String toString() {
    return "Relative[" + name + (personalId == null ? "" : ", " + personalId)
        + (legacyIdCard == null ? "" : ", " + legacyIdCard) + ']';
  }
}
