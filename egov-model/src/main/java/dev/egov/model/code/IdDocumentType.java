package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The type of an identity document number: {@code LoaiDinhDanh} of the portal's {@code DinhDanhCHS} list (docs/identifiers.md, Old identity card numbers).
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class IdDocumentType extends OpenCode {

  /** {@code 1}: số định danh cá nhân (personal identification number (12 digits)). */
  public static final IdDocumentType PERSONAL_ID = new IdDocumentType("1", "số định danh cá nhân", "personal identification number (12 digits)", true);

  /** {@code 2}: chứng minh nhân dân (old identity card number (9 digits)). */
  public static final IdDocumentType LEGACY_ID_CARD = new IdDocumentType("2", "chứng minh nhân dân", "old identity card number (9 digits)", true);

  private static final Known<IdDocumentType> KNOWN = new Known<>(code -> new IdDocumentType(code, null, null, false), PERSONAL_ID, LEGACY_ID_CARD);

  private IdDocumentType(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static IdDocumentType of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<IdDocumentType> known() {
    return KNOWN.all();
  }
}
