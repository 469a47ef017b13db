package dev.egov.model.person;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a {@link Citizen}: the e-mail address and phone number, as written by the source (inbound data is not
 * over-validated; see {@link dev.egov.model.id.PhoneNumber#parseInbound}). {@link #NONE} has neither.
 *
 * <p>{@link #toString()} prints only which are present.
 *
 * @param email the e-mail address ({@code ThuDienTu}) of the portal account sync, as written, or {@code null}
 * @param phone the phone number ({@code SoDienThoai}), as written, or {@code null}
 * @since 0.1.0
 */
public record CitizenContact(@Nullable String email, @Nullable String phone) {

  /** Neither e-mail nor phone. */
  public static final CitizenContact NONE = new CitizenContact(null, null);

  /** Prints whether each is present, never the value. */
  @Override
  public String toString() {
    return "CitizenContact[email=" + CitizenParticulars.present(email) + ", phone="
        + CitizenParticulars.present(phone) + ']';
  }
}
