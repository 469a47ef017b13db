package dev.egov.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.egov.model.catalog.EthnicGroup;
import dev.egov.model.catalog.EthnicGroupCatalog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ethnic group code as a record carries it: {@code DanToc} of the population database, one of the 54 codes of the
 * {@linkplain EthnicGroupCatalog catalogue} (often written without the leading zero) or a code beyond them, which some
 * data carries and which is kept unchanged (docs/population-database.md, Ethnic groups).
 *
 * <pre>{@code
 * Ethnicity.of("1").group();     // Optional[EthnicGroup[code=01, name=Kinh]]
 * Ethnicity.of("1").code();      // "1": kept as written
 * Ethnicity.of("58").isKnown();  // false
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Ethnicity extends OpenCode {

  /** The known codes as records write them, {@code "01"} and {@code "1"} alike: singletons, as {@link OpenCode} promises. */
  private static final Map<String, Ethnicity> KNOWN = known();

  private final @Nullable EthnicGroup group;

  private Ethnicity(String code, @Nullable EthnicGroup group) {
    super(code, group == null ? null : group.name(), null, group != null);
    this.group = group;
  }

  /**
   * Returns the code, resolved against the built-in catalogue.
   *
   * @param code the raw code, non-empty, without surrounding white space
   * @return the code; {@link #isKnown()} when the catalogue has it
   * @throws IllegalArgumentException if {@code code} is empty or has surrounding white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Ethnicity of(String code) {
    Ethnicity known = KNOWN.get(code);
    return known != null ? known : new Ethnicity(code, EthnicGroupCatalog.builtIn().find(code).orElse(null));
  }

  private static Map<String, Ethnicity> known() {
    Map<String, Ethnicity> known = new HashMap<>();
    for (EthnicGroup group : EthnicGroupCatalog.builtIn().all()) {
      known.put(group.code(), new Ethnicity(group.code(), group));
      if (group.code().charAt(0) == '0') {
        String withoutZero = group.code().substring(1);
        known.put(withoutZero, new Ethnicity(withoutZero, group));
      }
    }
    return Map.copyOf(known);
  }

  /**
   * Returns the catalogue's group for this code.
   *
   * @return the group, or empty for a code beyond the catalogue
   */
  public Optional<EthnicGroup> group() {
    return Optional.ofNullable(group);
  }
}
