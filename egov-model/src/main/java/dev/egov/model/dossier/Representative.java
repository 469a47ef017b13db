package dev.egov.model.dossier;

import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.PersonName;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The person who submits or follows a dossier on the applicant's behalf (người nộp thay, người được ủy quyền, or an
 * organisation's contact person).
 *
 * @param name the representative's name
 * @param personalId their personal identification number, or {@code null}
 * @param phone their phone number as written, or {@code null}
 * @param email their e-mail address as written, or {@code null}
 * @param capacity in what capacity they act (ủy quyền, đại diện theo pháp luật, …) as written, or {@code null}
 * @since 0.1.0
 */
public record Representative(
    PersonName name,
    @Nullable PersonalIdNumber personalId,
    @Nullable String phone,
    @Nullable String email,
    @Nullable String capacity) {

  /**
   * Checks that there is a name.
   *
   * @param name the representative's name
   * @param personalId their personal identification number, or {@code null}
   * @param phone their phone number as written, or {@code null}
   * @param email their e-mail address as written, or {@code null}
   * @param capacity in what capacity they act (ủy quyền, đại diện theo pháp luật, …) as written, or {@code null}
   */
  public Representative {
    Objects.requireNonNull(name, "name");
  }

  /** Returns the masked name and number. */
  @Override
  public String toString() {
    return "Representative[" + name + (personalId == null ? "" : ", " + personalId) + ']';
  }
}
