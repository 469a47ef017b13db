package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a dossier's fees were paid online: {@code DuocThanhToanTrucTuyen} of the portal's dossier payload, as the QĐ 766 formula document defines it (docs/dossiers-and-portal.md, Fees and online payment). One system also sends {@code 3}, meaning unpaid or other; it is not documented, so it is not a known code.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class OnlinePayment extends OpenCode {

  /** {@code 1}: thanh toán trực tuyến qua Cổng DVCQG (paid online through the national portal's payment platform). */
  public static final OnlinePayment NATIONAL_PLATFORM = new OnlinePayment("1", "thanh toán trực tuyến qua Cổng DVCQG", "paid online through the national portal's payment platform", true);

  /** {@code 2}: thanh toán trực tuyến qua cổng của bộ, tỉnh (paid online through the ministry's or province's own payment portal). */
  public static final OnlinePayment OWN_PORTAL = new OnlinePayment("2", "thanh toán trực tuyến qua cổng của bộ, tỉnh", "paid online through the ministry's or province's own payment portal", true);

  private static final Known<OnlinePayment> KNOWN = new Known<>(code -> new OnlinePayment(code, null, null, false), NATIONAL_PLATFORM, OWN_PORTAL);

  private OnlinePayment(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
    super(code, vietnameseLabel, englishLabel, known);
  }

  /**
   * Returns the code: the constant for a documented code, otherwise a new unknown value that keeps it.
   *
   * @param code the raw code, non-empty, without surrounding white space
   * @return the code
   * @throws IllegalArgumentException if {@code code} is empty or has surrounding white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OnlinePayment of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<OnlinePayment> known() {
    return KNOWN.all();
  }

  /**
   * Returns whether this code says the fees were paid online, as QĐ 766 index 3.5/3.6 counts it.
   *
   * @return {@code true} for {@link #NATIONAL_PLATFORM} and {@link #OWN_PORTAL}
   */
  public boolean isPaidOnline() {
    return this == NATIONAL_PLATFORM || this == OWN_PORTAL;
  }
}
