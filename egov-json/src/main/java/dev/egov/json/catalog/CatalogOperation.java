package dev.egov.json.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The catalogue service's operations egov reads and writes. Each takes the as-of date {@code DenNgay} and answers with
 * rows; the SOAP action is the service's namespace followed by the operation's name.
 *
 * @since 0.1.0
 */
public enum CatalogOperation {
  /** {@code DanhMucTinh}: the provinces, rows {@code MaTinh, TenTinh, LoaiHinh}. */
  PROVINCES("DanhMucTinh", "a province list (DanhMucTinh)"),
  /**
   * {@code DanhMucPhuongXa}: the communes, rows {@code MaTinh, TenTinh, MaQuanHuyen, TenQuanHuyen, MaPhuongXa,
   * TenPhuongXa, LoaiHinh} (the district fields empty from 1 July 2025).
   */
  COMMUNES("DanhMucPhuongXa", "a commune list (DanhMucPhuongXa)");

  private final String wireName;
  private final String what;

  CatalogOperation(String wireName, String what) {
    this.wireName = wireName;
    this.what = what;
  }

  /**
   * Returns the operation's name on the wire: the request's element.
   *
   * @return {@code DanhMucTinh} or {@code DanhMucPhuongXa}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the answer's element: the name followed by {@code Response}.
   *
   * @return such as {@code DanhMucTinhResponse}
   */
  public String responseName() {
    return wireName + "Response";
  }

  /**
   * Returns the element of the answer's DataSet: the name followed by {@code Result}.
   *
   * @return such as {@code DanhMucTinhResult}
   */
  public String resultName() {
    return wireName + "Result";
  }

  /**
   * Returns the {@code SOAPAction} header's value for a service namespace.
   *
   * @param namespace the service's namespace, such as {@link CatalogServiceXml#DEFAULT_NAMESPACE}
   * @return the namespace followed by the operation's name, such as {@code http://tempuri.org/DanhMucTinh}
   */
  public String soapAction(String namespace) {
    return namespace + wireName;
  }

  /** Says what the operation's answer is, for errors. */
  String what() {
    return what;
  }

  /** Returns the operation named by a request's element, or {@code null}. */
  static @Nullable CatalogOperation ofRequest(String element) {
    for (CatalogOperation op : values()) {
      if (op.wireName.equals(element)) {
        return op;
      }
    }
    return null;
  }
}
