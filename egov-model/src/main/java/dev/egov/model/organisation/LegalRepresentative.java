package dev.egov.model.organisation;

import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.PersonName;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The person who legally represents an organisation (người đại diện theo pháp luật).
 *
 * @param name the representative's name
 * @param position the position as recorded (Giám đốc, Chủ tịch Hội đồng quản trị, …), or {@code null}
 * @param personalId the representative's personal identification number, or {@code null}
 * @param legacyIdCard the representative's old identity card number, or {@code null}
 * @since 0.1.0
 */
public record LegalRepresentative(
    PersonName name,
    @Nullable String position,
    @Nullable PersonalIdNumber personalId,
    @Nullable LegacyIdCardNumber legacyIdCard) {

  /**
   * Checks that there is a name.
   *
   * @param name the representative's name
   * @param position the position as recorded (Giám đốc, Chủ tịch Hội đồng quản trị, …), or {@code null}
   * @param personalId the representative's personal identification number, or {@code null}
   * @param legacyIdCard the representative's old identity card number, or {@code null}
   */
  public LegalRepresentative {
    Objects.requireNonNull(name, "name");
  }

  /** Returns the position and the masked name and numbers. */
  @Override
  public String toString() {
    return "LegalRepresentative[" + name + (position == null ? "" : ", " + position)
        + (personalId == null ? "" : ", " + personalId) + ']';
  }
}
