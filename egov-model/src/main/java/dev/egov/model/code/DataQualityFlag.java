package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A data-quality flag on a record: flags set by the source system or by egov's checks. The codes are egov's own: no national list of such flags is published.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class DataQualityFlag extends OpenCode {

  /** {@code UNDER_INVESTIGATION}: đang xác minh (under investigation). */
  public static final DataQualityFlag UNDER_INVESTIGATION = new DataQualityFlag("UNDER_INVESTIGATION", "đang xác minh", "under investigation", true);

  /** {@code PERSONAL_ID_BIRTH_YEAR_MISMATCH}: năm sinh không khớp số định danh (birth year differs from the personal ID). */
  public static final DataQualityFlag PERSONAL_ID_BIRTH_YEAR_MISMATCH = new DataQualityFlag("PERSONAL_ID_BIRTH_YEAR_MISMATCH", "năm sinh không khớp số định danh", "birth year differs from the personal ID", true);

  /** {@code PERSONAL_ID_SEX_MISMATCH}: giới tính không khớp số định danh (sex differs from the personal ID). */
  public static final DataQualityFlag PERSONAL_ID_SEX_MISMATCH = new DataQualityFlag("PERSONAL_ID_SEX_MISMATCH", "giới tính không khớp số định danh", "sex differs from the personal ID", true);

  /** {@code PERSONAL_ID_UNKNOWN_PREFIX}: mã tỉnh của số định danh không xác định (personal ID prefix outside the domestic table). */
  public static final DataQualityFlag PERSONAL_ID_UNKNOWN_PREFIX = new DataQualityFlag("PERSONAL_ID_UNKNOWN_PREFIX", "mã tỉnh của số định danh không xác định", "personal ID prefix outside the domestic table", true);

  /**
   * {@code NAME_GIVEN_WHOLE}: họ và tên gửi nguyên trong một trường (the source sent the whole name in one part): the
   * population database's {@code HoVaTen} with empty {@code Ho} and {@code ChuDem} and the whole name in {@code Ten}.
   * The name's split into family, middle and given name is then egov's ({@link
   * dev.egov.model.person.PersonName#parse}), not the source's; a writer sends the name back whole.
   */
  public static final DataQualityFlag NAME_GIVEN_WHOLE = new DataQualityFlag("NAME_GIVEN_WHOLE", "họ và tên gửi nguyên trong một trường", "the source sent the whole name in one part", true);

  private static final Known<DataQualityFlag> KNOWN = new Known<>(code -> new DataQualityFlag(code, null, null, false), UNDER_INVESTIGATION, PERSONAL_ID_BIRTH_YEAR_MISMATCH, PERSONAL_ID_SEX_MISMATCH, PERSONAL_ID_UNKNOWN_PREFIX, NAME_GIVEN_WHOLE);

  private DataQualityFlag(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static DataQualityFlag of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<DataQualityFlag> known() {
    return KNOWN.all();
  }
}
