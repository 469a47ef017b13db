package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The type of a fee line: {@code LoaiPhiLePhi} of a fee line (docs/dossiers-and-portal.md, Fees and online payment). The code list is not published, so no code is known.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class FeeType extends OpenCode {

  private static final Known<FeeType> KNOWN = new Known<>(code -> new FeeType(code, null, null, false));

  private FeeType(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static FeeType of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return empty: no code of this list is documented
   */
  public static List<FeeType> known() {
    return KNOWN.all();
  }
}
