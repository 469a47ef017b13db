package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a fee is collected: {@code HinhThucThu} of a fee line (docs/dossiers-and-portal.md, Fees and online payment). The code list is not published (one system always sends {@code 1}), so no code is known.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class FeeCollectionMethod extends OpenCode {

  private static final Known<FeeCollectionMethod> KNOWN = new Known<>(code -> new FeeCollectionMethod(code, null, null, false));

  private FeeCollectionMethod(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static FeeCollectionMethod of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return empty: no code of this list is documented
   */
  public static List<FeeCollectionMethod> known() {
    return KNOWN.all();
  }
}
