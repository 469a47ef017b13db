package dev.egov.json.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to the catalogue service: the operation and its as-of date {@code DenNgay}, the day whose units the
 * answer lists. A date before 1 July 2025 asks for the three-level catalogue (provinces, districts, communes), a
 * later one for the two-level catalogue in force since.
 *
 * @param operation the operation
 * @param asOf {@code DenNgay}, written {@code dd/MM/yyyy}
 * @since 0.1.0
 */
public record CatalogRequest(CatalogOperation operation, LocalDate asOf) {

  /**
   * Checks the parts.
   *
   * @param operation the operation
   * @param asOf {@code DenNgay}
   */
  public CatalogRequest {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Returns a {@code DanhMucTinh} request.
   *
   * @param asOf the as-of date
   * @return the request
   */
  public static CatalogRequest provinces(LocalDate asOf) {
    return new CatalogRequest(CatalogOperation.PROVINCES, asOf);
  }

  /**
   * Returns a {@code DanhMucPhuongXa} request.
   *
   * @param asOf the as-of date
   * @return the request
   */
  public static CatalogRequest communes(LocalDate asOf) {
    return new CatalogRequest(CatalogOperation.COMMUNES, asOf);
  }
}
