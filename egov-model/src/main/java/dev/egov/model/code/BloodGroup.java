package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A blood group: {@code NhomMau} of the population database (docs/population-database.md, Code lists).
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class BloodGroup extends OpenCode {

  /** {@code 00}: chưa có thông tin (not recorded). */
  public static final BloodGroup NOT_RECORDED = new BloodGroup("00", "chưa có thông tin", "not recorded", true);

  /** {@code 01}: A (A). */
  public static final BloodGroup A = new BloodGroup("01", "A", "A", true);

  /** {@code 02}: B (B). */
  public static final BloodGroup B = new BloodGroup("02", "B", "B", true);

  /** {@code 03}: AB (AB). */
  public static final BloodGroup AB = new BloodGroup("03", "AB", "AB", true);

  /** {@code 04}: O (O). */
  public static final BloodGroup O = new BloodGroup("04", "O", "O", true);

  private static final Known<BloodGroup> KNOWN = new Known<>(code -> new BloodGroup(code, null, null, false), NOT_RECORDED, A, B, AB, O);

  private BloodGroup(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static BloodGroup of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<BloodGroup> known() {
    return KNOWN.all();
  }
}
