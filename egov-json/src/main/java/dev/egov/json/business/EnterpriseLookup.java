package dev.egov.json.business;

import dev.egov.model.id.TaxIdentifier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A look-up of one enterprise in the business registry: the path and query of the call, without the gateway's
 * address and without credentials (they travel in headers: docs/business-registry.md).
 *
 * <pre>{@code
 * EnterpriseLookup.national(TaxCode.parse("0100109106")).pathAndQuery();
 * // chiTietDoanhNghiep?msdn=0100109106
 * EnterpriseLookup.provincial(TaxCode.parse("0100109106")).pathAndQuery();
 * // TraCuuThongTinDoanhNghiep?MaSoDoanhNghiep=0100109106
 * }</pre>
 *
 * @param service which registry service is called
 * @param code the enterprise code (a 10-digit tax code) or a dependent unit's 13-character code
 * @since 0.1.0
 */
public record EnterpriseLookup(Service service, TaxIdentifier code) {

  /** The registry's services that look an enterprise up by its code. */
  public enum Service {
    /** The national registry through the national gateway: {@code chiTietDoanhNghiep?msdn=}. */
    NATIONAL("chiTietDoanhNghiep", "msdn"),
    /** A provincial gateway's look-up (Ho Chi Minh City's): {@code TraCuuThongTinDoanhNghiep?MaSoDoanhNghiep=}. */
    PROVINCIAL("TraCuuThongTinDoanhNghiep", "MaSoDoanhNghiep");

    private final String path;
    private final String parameter;

    Service(String path, String parameter) {
      this.path = path;
      this.parameter = parameter;
    }

    /**
     * Returns the service's path segment.
     *
     * @return {@code chiTietDoanhNghiep} or {@code TraCuuThongTinDoanhNghiep}
     */
    public String path() {
      return path;
    }

    /**
     * Returns the query parameter that carries the code.
     *
     * @return {@code msdn} or {@code MaSoDoanhNghiep}
     */
    public String parameter() {
      return parameter;
    }
  }

  /**
   * Checks the parts.
   *
   * @param service which registry service is called
   * @param code the enterprise code or a dependent unit's code
   */
  public EnterpriseLookup {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(code, "code");
  }

  /**
   * Returns a look-up in the national registry.
   *
   * @param code the enterprise code or a dependent unit's code
   * @return the look-up
   */
  public static EnterpriseLookup national(TaxIdentifier code) {
    return new EnterpriseLookup(Service.NATIONAL, code);
  }

  /**
   * Returns a look-up through a provincial gateway.
   *
   * @param code the enterprise code or a dependent unit's code
   * @return the look-up
   */
  public static EnterpriseLookup provincial(TaxIdentifier code) {
    return new EnterpriseLookup(Service.PROVINCIAL, code);
  }

  /**
   * Returns the path and query to append to the gateway's base path, the code in its standard form.
   *
   * @return such as {@code chiTietDoanhNghiep?msdn=0100109106-001}
   */
  public String pathAndQuery() {
    return service.path + '?' + service.parameter + '=' + URLEncoder.encode(code.format(), StandardCharsets.UTF_8);
  }

  /** Returns the service and the code, masked as the code prints itself. */
  @Override
  public String toString() {
    return "EnterpriseLookup[" + service + ", " + code + ']';
  }
}
