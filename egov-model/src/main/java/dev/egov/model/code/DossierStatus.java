package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The status of a dossier: {@code TrangThaiHoSo} of the portal's dossier payload, the list identical in at least five independent code bases (docs/dossiers-and-portal.md, Dossier statuses). Which moves between statuses are legal is {@code dev.egov.model.dossier.DossierLifecycle}'s business.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class DossierStatus extends OpenCode {

  /** {@code 1}: Mới đăng ký (submitted). */
  public static final DossierStatus SUBMITTED = new DossierStatus("1", "Mới đăng ký", "submitted", true);

  /** {@code 2}: Được tiếp nhận (received). */
  public static final DossierStatus RECEIVED = new DossierStatus("2", "Được tiếp nhận", "received", true);

  /** {@code 3}: Không được tiếp nhận (not received). */
  public static final DossierStatus NOT_RECEIVED = new DossierStatus("3", "Không được tiếp nhận", "not received", true);

  /** {@code 4}: Đang xử lý (processing). */
  public static final DossierStatus PROCESSING = new DossierStatus("4", "Đang xử lý", "processing", true);

  /** {@code 5}: Yêu cầu bổ sung giấy tờ (supplement requested). */
  public static final DossierStatus SUPPLEMENT_REQUESTED = new DossierStatus("5", "Yêu cầu bổ sung giấy tờ", "supplement requested", true);

  /** {@code 6}: Yêu cầu thực hiện nghĩa vụ tài chính (financial obligation requested). */
  public static final DossierStatus FINANCIAL_OBLIGATION = new DossierStatus("6", "Yêu cầu thực hiện nghĩa vụ tài chính", "financial obligation requested", true);

  /** {@code 7}: Công dân yêu cầu rút hồ sơ (withdrawn by the applicant). */
  public static final DossierStatus WITHDRAWN = new DossierStatus("7", "Công dân yêu cầu rút hồ sơ", "withdrawn by the applicant", true);

  /** {@code 8}: Dừng xử lý (processing stopped). */
  public static final DossierStatus STOPPED = new DossierStatus("8", "Dừng xử lý", "processing stopped", true);

  /** {@code 9}: Đã xử lý xong (processing finished). */
  public static final DossierStatus FINISHED = new DossierStatus("9", "Đã xử lý xong", "processing finished", true);

  /** {@code 10}: Đã trả kết quả (result returned). */
  public static final DossierStatus RESULT_RETURNED = new DossierStatus("10", "Đã trả kết quả", "result returned", true);

  private static final Known<DossierStatus> KNOWN = new Known<>(code -> new DossierStatus(code, null, null, false), SUBMITTED, RECEIVED, NOT_RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, WITHDRAWN, STOPPED, FINISHED, RESULT_RETURNED);

  private DossierStatus(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static DossierStatus of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<DossierStatus> known() {
    return KNOWN.all();
  }
}
