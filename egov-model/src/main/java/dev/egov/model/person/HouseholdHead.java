package dev.egov.model.person;

import dev.egov.model.code.Relation;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The head of a citizen's household and the citizen's relation to them, as the population database's {@code ChuHo}
 * structure carries it.
 *
 * @param relation the citizen's relation to the head ({@code QuanHe}), or {@code null} if not recorded
 * @param name the head's name
 * @param personalId the head's personal identification number, or {@code null}
 * @param legacyIdCard the head's old identity card number, or {@code null}
 * @since 0.1.0
 */
public record HouseholdHead(
    @Nullable Relation relation,
    PersonName name,
    @Nullable PersonalIdNumber personalId,
    @Nullable LegacyIdCardNumber legacyIdCard) {

  /**
   * Checks that there is a name.
   *
   * @param relation the citizen's relation to the head ({@code QuanHe}), or {@code null} if not recorded
   * @param name the head's name
   * @param personalId the head's personal identification number, or {@code null}
   * @param legacyIdCard the head's old identity card number, or {@code null}
   */
  public HouseholdHead {
    Objects.requireNonNull(name, "name");
  }

  /** Returns the relation and the masked name and identity numbers. */
  @Override
  public String toString() {
    return "HouseholdHead[" + (relation == null ? "" : "relation=" + relation + ", ") + name
        + (personalId == null ? "" : ", " + personalId) + ']';
  }
}
