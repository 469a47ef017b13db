package dev.egov.model.address;

/**
 * The administrative parts of an {@link Address}, as an {@link AddressConversion} reports them.
 *
 * @since 0.1.0
 */
public enum AddressPart {
  /** The province ({@code Tỉnh}, {@code Thành phố}). */
  PROVINCE,
  /** The legacy district ({@code Quận}, {@code Huyện}, {@code Thị xã}, {@code Thành phố} thuộc tỉnh). */
  DISTRICT,
  /** The commune ({@code Xã}, {@code Phường}, {@code Thị trấn}, {@code Đặc khu}). */
  COMMUNE
}
