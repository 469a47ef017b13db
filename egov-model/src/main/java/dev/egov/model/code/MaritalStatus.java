package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A marital status: {@code TinhTrangHonNhan} of the population database (docs/population-database.md, Code lists).
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class MaritalStatus extends OpenCode {

  /** {@code 0}: chưa có thông tin (not recorded). */
  public static final MaritalStatus NOT_RECORDED = new MaritalStatus("0", "chưa có thông tin", "not recorded", true);

  /** {@code 1}: chưa kết hôn (never married). */
  public static final MaritalStatus NEVER_MARRIED = new MaritalStatus("1", "chưa kết hôn", "never married", true);

  /** {@code 2}: đang có vợ/chồng (married). */
  public static final MaritalStatus MARRIED = new MaritalStatus("2", "đang có vợ/chồng", "married", true);

  /** {@code 3}: đã ly hôn hoặc góa (divorced or widowed). */
  public static final MaritalStatus DIVORCED_OR_WIDOWED = new MaritalStatus("3", "đã ly hôn hoặc góa", "divorced or widowed", true);

  private static final Known<MaritalStatus> KNOWN = new Known<>(code -> new MaritalStatus(code, null, null, false), NOT_RECORDED, NEVER_MARRIED, MARRIED, DIVORCED_OR_WIDOWED);

  private MaritalStatus(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static MaritalStatus of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<MaritalStatus> known() {
    return KNOWN.all();
  }
}
