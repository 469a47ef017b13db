package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of a supplement request: {@code TrangThaiBoSung} of the portal's {@code DanhSachHoSoBoSung} list (docs/dossiers-and-portal.md, The dossier payload). The code list is not published, so no code is known.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class SupplementState extends OpenCode {

  private static final Known<SupplementState> KNOWN = new Known<>(code -> new SupplementState(code, null, null, false));

  private SupplementState(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static SupplementState of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return empty: no code of this list is documented
   */
  public static List<SupplementState> known() {
    return KNOWN.all();
  }
}
