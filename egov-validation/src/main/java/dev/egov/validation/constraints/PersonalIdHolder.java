package dev.egov.validation.constraints;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A class that records a personal identification number next to a birth date and sex, so that {@link
 * ConsistentPersonalId} can compare them. Implement it on your own form or record; the accessors adapt whatever
 * types you store.
 *
 * <pre>{@code
 * @ConsistentPersonalId
 * record Citizen(String cccd, LocalDate dob, String gender) implements PersonalIdHolder {
 *   public CharSequence personalIdNumber() { return cccd; }
 *   public PartialDate birthDate() { return dob == null ? PartialDate.unknown() : PartialDate.of(dob); }
 *   public Sex sex() { return "F".equals(gender) ? Sex.FEMALE : "M".equals(gender) ? Sex.MALE : Sex.UNKNOWN; }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface PersonalIdHolder {

  /**
   * Returns the personal identification number as recorded.
   *
   * @return the number, or {@code null} if none is recorded
   */
  @Nullable CharSequence personalIdNumber();

  /**
   * Returns the recorded birth date.
   *
   * @return the date, possibly partial; {@code null} or {@link PartialDate#unknown()} when not recorded
   */
  @Nullable PartialDate birthDate();

  /**
   * Returns the recorded sex.
   *
   * @return the sex; {@code null} or {@link Sex#UNKNOWN} when not recorded
   */
  @Nullable Sex sex();
}
