package dev.egov.model.catalog;

import dev.egov.model.internal.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 54 ethnic groups and their codes (Quyết định 121-TCTK/PPCĐ, 1979), as used by the population database's
 * {@code DanToc} field.
 *
 * <pre>{@code
 * EthnicGroupCatalog.builtIn().find("1");   // Kinh: codes are often stored without the leading zero
 * EthnicGroupCatalog.builtIn().find("54");  // Rơ-măm
 * }</pre>
 *
 * <p>Codes beyond 54 (foreigners, unknown) appear in some data but are not documented; {@link #find} returns empty
 * for them, and records keep such codes as they are.
 *
 * @since 0.1.0
 */
public final class EthnicGroupCatalog {

  private static final class BuiltIn {
    static final EthnicGroupCatalog INSTANCE = load();
  }

  private final List<EthnicGroup> groups;
  private final EthnicGroup[] byCode = new EthnicGroup[100];

  private EthnicGroupCatalog(List<EthnicGroup> groups) {
    this.groups = List.copyOf(groups);
    for (EthnicGroup group : this.groups) {
      int i = Integer.parseInt(group.code());
      if (byCode[i] != null) {
        throw new IllegalStateException("Duplicate ethnic group code " + group.code());
      }
      byCode[i] = group;
    }
  }

  /**
   * Returns the catalogue bundled with egov.
   *
   * @return the shared built-in catalogue
   */
  public static EthnicGroupCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static EthnicGroupCatalog load() {
    DataFile file = DataFile.load(EthnicGroupCatalog.class, "ethnic-groups.csv", "code", "name");
    List<EthnicGroup> groups = new ArrayList<>();
    for (List<String> row : file.rows()) {
      groups.add(new EthnicGroup(file.field(row, "code"), file.field(row, "name")));
    }
    return new EthnicGroupCatalog(groups);
  }

  /**
   * Returns every group in code order.
   *
   * @return the 54 groups
   */
  public List<EthnicGroup> all() {
    return groups;
  }

  /**
   * Returns the group with this code, written with or without its leading zero ({@code "1"} or {@code "01"}).
   *
   * @param code one or two ASCII digits; anything else finds nothing
   * @return the group, or empty
   */
  public Optional<EthnicGroup> find(CharSequence code) {
    Objects.requireNonNull(code, "code");
    int value;
    if (code.length() == 1 && isDigit(code.charAt(0))) {
      value = code.charAt(0) - '0';
    } else if (code.length() == 2 && isDigit(code.charAt(0)) && isDigit(code.charAt(1))) {
      value = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    } else {
      return Optional.empty();
    }
    return Optional.ofNullable(byCode[value]);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns a summary, such as {@code EthnicGroupCatalog[54 groups]}. */
  @Override
  public String toString() {
    return "EthnicGroupCatalog[" + groups.size() + " groups]";
  }
}
