package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A national database a dossier's processing consulted: {@code MaCSDL} of the portal's {@code DSKetNoiCSDL} list (docs/dossiers-and-portal.md, The dossier payload). The code list is not published (one province always sends {@code 7}), so no code is known; the QĐ 766 population-data indicator takes the population database's code as configuration.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class NationalDatabase extends OpenCode {

  private static final Known<NationalDatabase> KNOWN = new Known<>(code -> new NationalDatabase(code, null, null, false));

  private NationalDatabase(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static NationalDatabase of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return empty: no code of this list is documented
   */
  public static List<NationalDatabase> known() {
    return KNOWN.all();
  }
}
