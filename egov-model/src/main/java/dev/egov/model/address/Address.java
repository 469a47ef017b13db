package dev.egov.model.address;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.internal.Masking;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A postal address in Viet Nam or abroad, as the population database's {@code DiaChi} structure carries it: province,
 * (legacy) district and commune codes and names, a detail line (house number, street, hamlet) and a country.
 *
 * <p><b>Eras.</b> Every address knows the {@linkplain AdministrativeEra catalogue era} its codes belong to: the
 * three-level legacy catalogue (province, district, commune) until 30 June 2025, or the two-level catalogue from 1
 * July 2025 (province, commune; districts abolished by Luật 72/2025/QH15). A code means nothing without its era (Gia
 * Lai is 64 before and 52 after), so an address of the 2025 era cannot carry a district. Addresses are never converted
 * between eras: the official mapping between old and new communes is not derivable from the codes.
 *
 * <p><b>Checking.</b> The constructor checks the shape of the codes (2, 3 and 5 digits). Whether they exist, belong
 * together and agree with the names is validation's business ({@code egov-validation}, {@link
 * KnownAdministrativeUnits}: against egov's built-in catalogue of administrative units by default, or a {@link
 * CommuneCatalog} of the user's), so that an address with a code egov does not know is still representable and
 * reported, never lost.
 *
 * <pre>{@code
 * Address home = Address.builder(AdministrativeEra.REFORM_2025)
 *     .province("79", "Thành phố Hồ Chí Minh")
 *     .commune("26740", "Phường Sài Gòn")
 *     .detail("12 Lê Lợi")
 *     .build();
 * home.province();   // Optional[Hồ Chí Minh, 79@REFORM_2025]
 * }</pre>
 *
 * <p>Addresses are personal data (location): {@link #toString()} shows the codes but masks the names and detail.
 *
 * @param era the catalogue era of the codes
 * @param provinceCode the two-digit province code, or {@code null} (abroad, or not recorded)
 * @param provinceName the province name as the source wrote it, or {@code null}
 * @param districtCode the three-digit legacy district code, or {@code null}; always {@code null} in the 2025 era
 * @param districtName the legacy district name, or {@code null}; always {@code null} in the 2025 era
 * @param communeCode the five-digit commune code, or {@code null}
 * @param communeName the commune name as the source wrote it, or {@code null}
 * @param detail the detail line, or {@code null}
 * @param country the country as the source wrote it ({@code QuocGia}), or {@code null} (Viet Nam is implied)
 * @since 0.1.0
 */
@KnownAdministrativeUnits
public record Address(
    AdministrativeEra era,
    @Nullable String provinceCode,
    @Nullable String provinceName,
    @Nullable String districtCode,
    @Nullable String districtName,
    @Nullable String communeCode,
    @Nullable String communeName,
    @Nullable String detail,
    @Nullable String country) {

  /**
   * Checks the shape of the codes and the era rules.
   *
   * @param era the catalogue era of the codes
   * @param provinceCode the two-digit province code, or {@code null} (abroad, or not recorded)
   * @param provinceName the province name as the source wrote it, or {@code null}
   * @param districtCode the three-digit legacy district code, or {@code null}; always {@code null} in the 2025 era
   * @param districtName the legacy district name, or {@code null}; always {@code null} in the 2025 era
   * @param communeCode the five-digit commune code, or {@code null}
   * @param communeName the commune name as the source wrote it, or {@code null}
   * @param detail the detail line, or {@code null}
   * @param country the country as the source wrote it ({@code QuocGia}), or {@code null} (Viet Nam is implied)
   * @throws IllegalArgumentException if a code has the wrong shape, or an address of the 2025 era has a district
   */
  public Address {
    Objects.requireNonNull(era, "era");
    checkCodes(era, provinceCode, districtCode, communeCode);
    if (era == AdministrativeEra.REFORM_2025 && districtName != null) {
      throw new IllegalArgumentException(
          "Districts were abolished on 1 July 2025: an address of the REFORM_2025 era has no district");
    }
  }

  /** Checks code shapes (2, 3 and 5 ASCII digits) and that the 2025 era has no district. */
  static void checkCodes(
      AdministrativeEra era, @Nullable String provinceCode, @Nullable String districtCode, @Nullable String communeCode) {
    checkDigits("provinceCode", provinceCode, 2);
    checkDigits("districtCode", districtCode, 3);
    checkDigits("communeCode", communeCode, 5);
    if (era == AdministrativeEra.REFORM_2025 && districtCode != null) {
      throw new IllegalArgumentException(
          "Districts were abolished on 1 July 2025: an address of the REFORM_2025 era has no district");
    }
  }

  private static void checkDigits(String field, @Nullable String code, int length) {
    if (code == null) {
      return;
    }
    boolean digits = code.length() == length;
    for (int i = 0; digits && i < length; i++) {
      digits = code.charAt(i) >= '0' && code.charAt(i) <= '9';
    }
    if (!digits) {
      throw new IllegalArgumentException(field + " must be " + length + " ASCII digits, got "
          + code.length() + " characters");
    }
  }

  /**
   * Starts an address of an era.
   *
   * @param era the catalogue era of the codes
   * @return a builder
   */
  public static Builder builder(AdministrativeEra era) {
    return new Builder(era);
  }

  /**
   * Returns a builder holding this address's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(era);
    b.provinceCode = provinceCode;
    b.provinceName = provinceName;
    b.districtCode = districtCode;
    b.districtName = districtName;
    b.communeCode = communeCode;
    b.communeName = communeName;
    b.detail = detail;
    b.country = country;
    return b;
  }

  /**
   * Returns the province code with its era.
   *
   * @return the code, or empty if none is recorded
   */
  @JsonIgnore
  public Optional<ProvinceCode> provinceCodeInEra() {
    return provinceCode == null ? Optional.empty() : Optional.of(new ProvinceCode(era, provinceCode));
  }

  /**
   * Returns the province from the built-in catalogue of this address's era.
   *
   * @return the province, or empty if no code is recorded or the catalogue has no such code
   */
  @JsonIgnore
  public Optional<Province> province() {
    return provinceCodeInEra().flatMap(ProvinceCatalog.builtIn()::find);
  }

  /** Returns the era and codes; names and the detail line are masked. */
  @Override
  public String toString() {
    return "Address[" + era + ' ' + (provinceCode == null ? "-" : provinceCode)
        + (districtCode == null ? "" : "/" + districtCode)
        + '/' + (communeCode == null ? "-" : communeCode)
        + (detail == null ? "" : ", detail=" + Masking.maskName(detail))
        + (country == null ? "" : ", country=" + country) + ']';
  }

  /**
   * Builds an {@link Address}. Setting a part again replaces it; {@link #build()} checks the whole.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final AdministrativeEra era;
    private @Nullable String provinceCode;
    private @Nullable String provinceName;
    private @Nullable String districtCode;
    private @Nullable String districtName;
    private @Nullable String communeCode;
    private @Nullable String communeName;
    private @Nullable String detail;
    private @Nullable String country;

    private Builder(AdministrativeEra era) {
      this.era = Objects.requireNonNull(era, "era");
    }

    /**
     * Sets the province.
     *
     * @param code two digits, of this builder's era
     * @param name the name as the source writes it, or {@code null}
     * @return this builder
     */
    public Builder province(String code, @Nullable String name) {
      this.provinceCode = Objects.requireNonNull(code, "code");
      this.provinceName = name;
      return this;
    }

    /**
     * Sets the legacy district; only for the legacy era.
     *
     * @param code three digits
     * @param name the name as the source writes it, or {@code null}
     * @return this builder
     */
    public Builder district(String code, @Nullable String name) {
      this.districtCode = Objects.requireNonNull(code, "code");
      this.districtName = name;
      return this;
    }

    /**
     * Sets the commune (xã, phường, thị trấn or đặc khu).
     *
     * @param code five digits
     * @param name the name as the source writes it, or {@code null}
     * @return this builder
     */
    public Builder commune(String code, @Nullable String name) {
      this.communeCode = Objects.requireNonNull(code, "code");
      this.communeName = name;
      return this;
    }

    /**
     * Sets the detail line.
     *
     * @param detail house number, street, hamlet
     * @return this builder
     */
    public Builder detail(String detail) {
      this.detail = Objects.requireNonNull(detail, "detail");
      return this;
    }

    /**
     * Sets the country, as the source writes it.
     *
     * @param country the country
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country");
      return this;
    }

    /**
     * Builds the address.
     *
     * @return the address
     * @throws IllegalArgumentException if a code has the wrong shape or a 2025-era address has a district
     */
    public Address build() {
      return new Address(era, provinceCode, provinceName, districtCode, districtName, communeCode, communeName,
          detail, country);
    }
  }
}
