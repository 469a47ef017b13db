package dev.egov.model.person;

import dev.egov.model.address.Address;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The four places of a {@link Citizen}'s record (docs/population-database.md, Addresses): where the birth was
 * registered, the home town, the permanent residence and the current residence, each {@code null} when not recorded;
 * {@link #NONE} has none. Each address is validated in cascade ({@link Valid}); {@link Address#toString()} masks names
 * and details.
 *
 * @param birthRegistrationPlace where the birth was registered ({@code NoiDangKyKhaiSinh}), or {@code null}
 * @param homeTown the home town ({@code QueQuan}), or {@code null}
 * @param permanentResidence the permanent residence ({@code ThuongTru}), or {@code null}
 * @param currentResidence the current residence ({@code NoiOHienTai}), or {@code null}
 * @since 0.1.0
 */
public record CitizenPlaces(
    @Valid @Nullable Address birthRegistrationPlace,
    @Valid @Nullable Address homeTown,
    @Valid @Nullable Address permanentResidence,
    @Valid @Nullable Address currentResidence) {

  /** No place recorded. */
  public static final CitizenPlaces NONE = new CitizenPlaces(null, null, null, null);

  /**
   * Returns places with only the permanent residence recorded.
   *
   * @param permanentResidence the permanent residence
   * @return the places
   */
  public static CitizenPlaces ofPermanentResidence(Address permanentResidence) {
    return new CitizenPlaces(null, null, permanentResidence, null);
  }
}
