package dev.egov.model.catalog;

import dev.egov.model.internal.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Names of the level-1 units of agency electronic identifiers ({@code G01}–{@code G22}, {@code H01}–{@code H63}).
 *
 * <pre>{@code
 * AgencyCatalog.builtIn().find("H56");  // Ủy ban nhân dân tỉnh Thanh Hóa (CONFIRMED)
 * AgencyCatalog.builtIn().find("H57");  // Ủy ban nhân dân tỉnh Thừa Thiên Huế (DERIVED)
 * }</pre>
 *
 * <p>Most rows are not confirmed from a primary source: each carries its {@link Confidence}. The table describes
 * codes as issued before the 2025 reforms; the re-issue of codes after the March 2025 ministry mergers (Quyết định
 * 09/2025/QĐ-TTg) and the July 2025 province mergers is not known. Use it to label codes, never to decide whether a
 * code is valid.
 *
 * @since 0.1.0
 */
public final class AgencyCatalog {

  private static final class BuiltIn {
    static final AgencyCatalog INSTANCE = load();
  }

  private final TreeMap<String, TopLevelAgency> byCode = new TreeMap<>();

  private AgencyCatalog(List<TopLevelAgency> agencies) {
    for (TopLevelAgency agency : agencies) {
      if (byCode.put(agency.code(), agency) != null) {
        throw new IllegalStateException("Duplicate agency code " + agency.code());
      }
    }
  }

  /**
   * Returns the catalogue bundled with egov.
   *
   * @return the shared built-in catalogue
   */
  public static AgencyCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static AgencyCatalog load() {
    DataFile file =
        DataFile.load(AgencyCatalog.class, "agencies-level1.csv", "code", "name", "confidence", "legacy_province");
    List<TopLevelAgency> agencies = new ArrayList<>();
    for (List<String> row : file.rows()) {
      String province = file.field(row, "legacy_province");
      agencies.add(new TopLevelAgency(
          file.field(row, "code"),
          file.field(row, "name"),
          Confidence.valueOf(file.field(row, "confidence")),
          province.isEmpty() ? null : ProvinceCode.legacy(province)));
    }
    return new AgencyCatalog(agencies);
  }

  /**
   * Returns every row, in code order.
   *
   * @return the rows
   */
  public List<TopLevelAgency> all() {
    return List.copyOf(byCode.values());
  }

  /**
   * Returns the row for a level-1 code.
   *
   * @param level1 a level-1 code such as {@code "H56"}
   * @return the row, or empty if the code is not listed
   */
  public Optional<TopLevelAgency> find(CharSequence level1) {
    Objects.requireNonNull(level1, "level1");
    return Optional.ofNullable(byCode.get(level1.toString()));
  }

  /** Returns a summary, such as {@code AgencyCatalog[85 level-1 units]}. */
  @Override
  public String toString() {
    return "AgencyCatalog[" + byCode.size() + " level-1 units]";
  }
}
