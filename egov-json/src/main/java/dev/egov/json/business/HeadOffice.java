package dev.egov.json.business;

import dev.egov.json.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's head office as the registry writes it ({@code HOAdress}, spelt so). The numeric IDs are the
 * registry's own; that they are the national administrative-unit codes is not documented, so they are kept as
 * written and not mapped to an {@link dev.egov.model.address.Address}'s codes.
 *
 * @param cityId {@code CityID}, or {@code null}
 * @param districtId {@code DistrictID}, or {@code null}
 * @param wardId {@code WardID}, or {@code null}
 * @param cityName {@code CityName}, or {@code null}
 * @param districtName {@code DistrictName}, or {@code null}
 * @param wardName {@code WardName}, or {@code null}
 * @param streetNumber {@code StreetNumber}: the house number and street, or {@code null}
 * @param fullText {@code AddressFullText}: the whole address on one line, or {@code null}
 * @since 0.1.0
 */
public record HeadOffice(
    @Nullable Integer cityId,
    @Nullable Integer districtId,
    @Nullable Integer wardId,
    @Nullable String cityName,
    @Nullable String districtName,
    @Nullable String wardName,
    @Nullable String streetNumber,
    @Nullable String fullText) {

  /**
   * Returns the city, district and ward names, and the street and full text by length only: a household business's
   * head office is often its owner's home.
   */
  @Override
  public String toString() {
    return "HeadOffice[" + cityName + ", " + districtName + ", " + wardName + ", street="
        + Redaction.personal(streetNumber) + ", fullText=" + Redaction.personal(fullText) + ']';
  }
}
