package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The online-service level of a procedure or dossier: Nghị định 42/2022/NĐ-CP: full-process online service (toàn trình) or partial (một phần); and the legacy levels of Nghị định 43/2011/NĐ-CP still found in old data (docs/dossiers-and-portal.md, Online service levels). The codes are egov's own.
 *
 * <p>An open code list: {@link #of} keeps any code, known or not (see {@link OpenCode}).
 *
 * @since 0.1.0
 */
public final class OnlineLevel extends OpenCode {

  /** {@code FULL_PROCESS}: toàn trình (full-process online). */
  public static final OnlineLevel FULL_PROCESS = new OnlineLevel("FULL_PROCESS", "toàn trình", "full-process online", true);

  /** {@code PARTIAL}: một phần (partially online). */
  public static final OnlineLevel PARTIAL = new OnlineLevel("PARTIAL", "một phần", "partially online", true);

  /** {@code 1}: mức độ 1 (legacy level 1 (information)). */
  public static final OnlineLevel LEGACY_LEVEL_1 = new OnlineLevel("1", "mức độ 1", "legacy level 1 (information)", true);

  /** {@code 2}: mức độ 2 (legacy level 2 (downloadable forms)). */
  public static final OnlineLevel LEGACY_LEVEL_2 = new OnlineLevel("2", "mức độ 2", "legacy level 2 (downloadable forms)", true);

  /** {@code 3}: mức độ 3 (legacy level 3 (online submission)). */
  public static final OnlineLevel LEGACY_LEVEL_3 = new OnlineLevel("3", "mức độ 3", "legacy level 3 (online submission)", true);

  /** {@code 4}: mức độ 4 (legacy level 4 (online submission, payment and result)). */
  public static final OnlineLevel LEGACY_LEVEL_4 = new OnlineLevel("4", "mức độ 4", "legacy level 4 (online submission, payment and result)", true);

  private static final Known<OnlineLevel> KNOWN = new Known<>(code -> new OnlineLevel(code, null, null, false), FULL_PROCESS, PARTIAL, LEGACY_LEVEL_1, LEGACY_LEVEL_2, LEGACY_LEVEL_3, LEGACY_LEVEL_4);

  private OnlineLevel(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
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
  public static OnlineLevel of(String code) {
    return KNOWN.of(code);
  }

  /**
   * Returns the codes egov knows.
   *
   * @return the documented codes, in list order
   */
  public static List<OnlineLevel> known() {
    return KNOWN.all();
  }

  /**
   * Returns whether this is one of the legacy levels of Nghị định 43/2011/NĐ-CP.
   *
   * @return {@code true} for {@link #LEGACY_LEVEL_1} to {@link #LEGACY_LEVEL_4}
   */
  public boolean isLegacy() {
    return this == LEGACY_LEVEL_1 || this == LEGACY_LEVEL_2 || this == LEGACY_LEVEL_3 || this == LEGACY_LEVEL_4;
  }

  /**
   * Returns the level of Nghị định 42/2022/NĐ-CP this level corresponds to, by the mapping commonly used: level 4 is
   * full-process, level 3 is partial, levels 1 and 2 are not online services at all. <b>This mapping is an
   * assumption, not a legal equivalence</b> (docs/dossiers-and-portal.md, Online service levels, marks it uncertain): the dossier keeps the legacy level
   * as read, and only callers that accept the assumption call this method.
   *
   * @return {@link #FULL_PROCESS} or {@link #PARTIAL}; this level itself if it is one of them; empty for levels 1 and
   *     2 and unknown codes
   */
  public Optional<OnlineLevel> currentEquivalent() {
    if (this == FULL_PROCESS || this == PARTIAL) {
      return Optional.of(this);
    }
    if (this == LEGACY_LEVEL_4) {
      return Optional.of(FULL_PROCESS);
    }
    return this == LEGACY_LEVEL_3 ? Optional.of(PARTIAL) : Optional.empty();
  }
}
