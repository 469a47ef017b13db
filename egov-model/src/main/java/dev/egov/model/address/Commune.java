package dev.egov.model.address;

import dev.egov.model.catalog.AdministrativeEra;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A commune-level unit (xã, phường, thị trấn, đặc khu) of one catalogue era, as a {@link CommuneCatalog} returns it.
 *
 * @param era the catalogue era
 * @param code five digits; unique at the commune level within the era
 * @param name the official name; names are re-spelled from time to time without a code change, so match by code
 * @param provinceCode the two-digit code of the province the commune belongs to, in the same era
 * @param districtCode the three-digit legacy district, or {@code null} in the 2025 era
 * @param type the unit type as the catalogue writes it ({@code Xã}, {@code Phường}, {@code Thị trấn}, {@code Đặc khu})
 * @since 0.1.0
 */
public record Commune(
    AdministrativeEra era,
    String code,
    String name,
    String provinceCode,
    @Nullable String districtCode,
    String type) {

  /**
   * Checks the parts.
   *
   * @param era the catalogue era
   * @param code five digits; unique at the commune level within the era
   * @param name the official name; names are re-spelled from time to time without a code change, so match by code
   * @param provinceCode the two-digit code of the province the commune belongs to, in the same era
   * @param districtCode the three-digit legacy district, or {@code null} in the 2025 era
   * @param type the unit type as the catalogue writes it ({@code Xã}, {@code Phường}, {@code Thị trấn}, {@code Đặc
   *     khu})
   * @throws IllegalArgumentException if a code has the wrong shape, or a 2025-era commune names a district
   */
  public Commune {
    Objects.requireNonNull(era, "era");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(type, "type");
    Address.checkCodes(era, provinceCode, districtCode, code);
  }
}
