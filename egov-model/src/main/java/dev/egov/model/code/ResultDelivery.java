package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a dossier's result is delivered: {@code HinhThuc} of the portal's dossier payload (docs/dossiers-and-portal.md, The dossier payload).
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class ResultDelivery extends OpenCode {

  /** {@code 0}: trực tiếp (in person). */
  public static final ResultDelivery DIRECT = new ResultDelivery("0", "trực tiếp", "in person", true);

  /** {@code 1}: bưu chính (by post). */
  public static final ResultDelivery POST = new ResultDelivery("1", "bưu chính", "by post", true);

  private static final Known<ResultDelivery> KNOWN = new Known<>(code -> new ResultDelivery(code, null, null, false), DIRECT, POST);

  private ResultDelivery(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static ResultDelivery of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<ResultDelivery> known() {
    return KNOWN.all();
  }
}
