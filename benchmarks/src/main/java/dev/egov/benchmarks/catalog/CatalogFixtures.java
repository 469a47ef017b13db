package dev.egov.benchmarks.catalog;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeLevel;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic inputs for the catalogue benchmarks: 1,024 codes and 1,024 typed names, in an order fixed by a seed.
 */
final class CatalogFixtures {

  static final int SIZE = 1024;
  private static final long SEED = 20250701L;

  private CatalogFixtures() {}

  /** Every unit of both eras, in era, level and code order. */
  static List<AdministrativeUnit> everyUnit() {
    AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
    List<AdministrativeUnit> all = new ArrayList<>();
    for (AdministrativeEra era : AdministrativeEra.values()) {
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        all.addAll(units.all(era, level));
      }
    }
    return all;
  }

  /**
   * 1,024 codes as an address would carry them: 90% communes of either era (a reused code asked in both eras), 5%
   * provinces and legacy districts, 5% codes of no unit (well-formed, unknown in their era).
   */
  static AdministrativeUnitCode[] codes() {
    List<AdministrativeUnit> all = everyUnit();
    List<AdministrativeUnit> communes = new ArrayList<>();
    List<AdministrativeUnit> others = new ArrayList<>();
    for (AdministrativeUnit unit : all) {
      (unit.code().level() == AdministrativeLevel.COMMUNE ? communes : others).add(unit);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    AdministrativeUnitCode[] out = new AdministrativeUnitCode[SIZE];
    for (int i = 0; i < SIZE; i++) {
      int kind = random.nextInt(100);
      if (kind < 90) {
        out[i] = communes.get(random.nextInt(communes.size())).code();
      } else if (kind < 95) {
        out[i] = others.get(random.nextInt(others.size())).code();
      } else {
        AdministrativeEra era = random.nextBoolean() ? AdministrativeEra.LEGACY_2004 : AdministrativeEra.REFORM_2025;
        out[i] = AdministrativeUnitCode.commune(era, String.format(Locale.ROOT, "%05d", 90000 + random.nextInt(9999)));
      }
      // A copy, as a caller's own code object would be: not the instance the catalogue holds.
      out[i] = new AdministrativeUnitCode(out[i].era(), out[i].level(), new String(out[i].code().toCharArray()));
    }
    return out;
  }

  /** A typed name and the era it is searched in. */
  record Query(String text, AdministrativeEra era) {}

  /**
   * 1,024 full names of units of either era as people type them: half without diacritics, a quarter in capitals,
   * some with doubled spaces; each names at least one unit.
   */
  static Query[] queries() {
    List<AdministrativeUnit> all = everyUnit();
    SplittableRandom random = new SplittableRandom(SEED + 1);
    Query[] out = new Query[SIZE];
    for (int i = 0; i < SIZE; i++) {
      AdministrativeUnit unit = all.get(random.nextInt(all.size()));
      String text = unit.fullName();
      if (random.nextInt(2) == 0) {
        text = fold(text);
      }
      if (random.nextInt(4) == 0) {
        text = text.toUpperCase(Locale.ROOT);
      }
      if (random.nextInt(8) == 0) {
        text = "  " + text.replace(" ", "  ");
      }
      out[i] = new Query(text, unit.code().era());
    }
    return out;
  }

  /**
   * The baseline's key: lower case, no diacritics, {@code đ} as {@code d}, words of letters and digits separated by
   * single spaces. What a hand-made index of names does.
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c == 'đ' ? 'd' : c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
