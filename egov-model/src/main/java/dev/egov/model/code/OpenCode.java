package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A code of an open code list: the raw code as the national system writes it, whether or not egov knows it.
 *
 * <p>Two codes of one list are equal when their raw codes are; a code of another list never is. Known codes are
 * singletons, so {@code ==} works for them. Codes carry a Vietnamese label, and an English one, only where
 * the list is documented (docs/dossiers-and-portal.md, docs/population-database.md). {@link #toString()} is {@code code} or {@code code (label)}.
 *
 * @since 0.1.0
 */
public abstract sealed class OpenCode
    permits ApplicantType,
        BloodGroup,
        Channel,
        DataQualityFlag,
        DossierStatus,
        Ethnicity,
        FeeCollectionMethod,
        FeeType,
        IdDocumentType,
        MaritalStatus,
        NationalDatabase,
        Nationality,
        OnlineLevel,
        OnlinePayment,
        Relation,
        Religion,
        ResultDelivery,
        SupplementState {

  private final String code;
  private final @Nullable String vietnameseLabel;
  private final @Nullable String englishLabel;
  private final boolean known;

  OpenCode(String code, @Nullable String vietnameseLabel, @Nullable String englishLabel, boolean known) {
    this.code = Objects.requireNonNull(code, "code");
    if (code.isEmpty() || !code.equals(code.strip())) {
      throw new IllegalArgumentException("A code is non-empty and has no surrounding white space");
    }
    this.vietnameseLabel = vietnameseLabel;
    this.englishLabel = englishLabel;
    this.known = known;
  }

  /**
   * Returns the raw code, as the national system writes it.
   *
   * @return the code
   */
  @JsonValue
  public final String code() {
    return code;
  }

  /**
   * Returns whether egov knows this code: whether it is one of the list's documented constants.
   *
   * @return {@code false} for a code read from data that egov has no constant for
   */
  public final boolean isKnown() {
    return known;
  }

  /**
   * Returns the Vietnamese label, where the code list is documented.
   *
   * @return the label, or empty
   */
  public final Optional<String> vietnameseLabel() {
    return Optional.ofNullable(vietnameseLabel);
  }

  /**
   * Returns the English label, where the code list is documented.
   *
   * @return the label, or empty
   */
  public final Optional<String> englishLabel() {
    return Optional.ofNullable(englishLabel);
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((OpenCode) o).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  /** Returns the code, and its English label when it has one: {@code 4 (processing)}. */
  @Override
  public final String toString() {
    return englishLabel == null ? code : code + " (" + englishLabel + ')';
  }

  /** The known codes of one list, by code, in declaration order. */
  static final class Known<C extends OpenCode> {
    private final Map<String, C> byCode;
    private final Function<String, C> unknown;
    private final ConcurrentHashMap<String, C> seen = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 256;

    @SafeVarargs
    Known(Function<String, C> unknown, C... constants) {
      Map<String, C> map = new LinkedHashMap<>();
      for (C constant : constants) {
        if (map.put(constant.code(), constant) != null) {
          throw new IllegalStateException("Duplicate code " + constant.code());
        }
      }
      this.byCode = map;
      this.unknown = unknown;
    }

    C of(String code) {
      Objects.requireNonNull(code, "code");
      C constant = byCode.get(code);
      if (constant != null) {
        return constant;
      }
      // Unknown codes repeat (every citizen's nationality, say): the first few hundred are shared, not re-created.
      C earlier = seen.get(code);
      if (earlier != null) {
        return earlier;
      }
      C created = unknown.apply(code);
      if (seen.size() < MAX_SEEN) {
        C raced = seen.putIfAbsent(code, created);
        return raced != null ? raced : created;
      }
      return created;
    }

    List<C> all() {
      return List.copyOf(byCode.values());
    }
  }
}
