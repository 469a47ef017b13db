package dev.egov.model.person;

import org.jspecify.annotations.Nullable;

/**
 * A {@link Citizen}'s family as the population database records it (docs/population-database.md, The citizen record):
 * father, mother, spouse, legal representative (a guardian, usually a relative), the head of household with the
 * citizen's relation to them, and the household book number. Each is {@code null} when not recorded; {@link #NONE} has
 * none.
 *
 * <p>{@link #toString()} masks every name and number and prints the household book number only as present.
 *
 * @param father the father ({@code Cha}), or {@code null}
 * @param mother the mother ({@code Me}), or {@code null}
 * @param spouse the spouse ({@code VoChong}), or {@code null}
 * @param representative the legal representative ({@code NguoiDaiDien}), or {@code null}
 * @param householdHead the head of household and the citizen's relation to them ({@code ChuHo}), or {@code null}
 * @param householdBookNumber the household book number ({@code SoSoHoKhau}; the paper book was abolished in 2023 but
 *     the number remains in data), or {@code null}
 * @since 0.1.0
 */
public record CitizenFamily(
    @Nullable Relative father,
    @Nullable Relative mother,
    @Nullable Relative spouse,
    @Nullable Relative representative,
    @Nullable HouseholdHead householdHead,
    @Nullable String householdBookNumber) {

  /** No relative and no household recorded. */
  public static final CitizenFamily NONE = new CitizenFamily(null, null, null, null, null, null);

  /** Prints the masked relatives and whether there is a household book number. */
  @Override
  public String toString() {
    return "CitizenFamily[father=" + father + ", mother=" + mother + ", spouse=" + spouse + ", representative="
        + representative + ", householdHead=" + householdHead + ", householdBookNumber="
        + CitizenParticulars.present(householdBookNumber) + ']';
  }
}
