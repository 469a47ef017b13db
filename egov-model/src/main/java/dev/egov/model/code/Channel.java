package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The channel a dossier was submitted through: {@code KenhThucHien} of the portal's dossier payload (docs/dossiers-and-portal.md, The dossier payload); a dossier without one counts as {@link #DIRECT}.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class Channel extends OpenCode {

  /** {@code 1}: trực tiếp (in person). */
  public static final Channel DIRECT = new Channel("1", "trực tiếp", "in person", true);

  /** {@code 2}: trực tuyến (online). */
  public static final Channel ONLINE = new Channel("2", "trực tuyến", "online", true);

  /** {@code 3}: bưu chính công ích (public postal service). */
  public static final Channel POST = new Channel("3", "bưu chính công ích", "public postal service", true);

  private static final Known<Channel> KNOWN = new Known<>(code -> new Channel(code, null, null, false), DIRECT, ONLINE, POST);

  private Channel(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static Channel of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<Channel> known() {
    return KNOWN.all();
  }
}
