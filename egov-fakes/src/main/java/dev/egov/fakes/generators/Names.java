package dev.egov.fakes.generators;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.Sex;
import dev.egov.model.person.PersonName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vietnamese personal names from the bundled tables ({@code family-names.csv}, {@code
 * family-names-by-ethnic-group.csv}, {@code middle-names.csv}, {@code given-names.csv}), loaded on first use.
 */
final class Names {

  /** How often, in percent, a name with two tone-mark spellings is written in the other one (Hoà for Hòa). */
  static final int VARIANT_SPELLING_PERCENT = 15;

  /** How often, in percent, a member of a group with names of its own takes one of them. */
  static final int OWN_FAMILY_NAME_PERCENT = 70;

  /** A name as the tables give it, with its spelling in the other tone-mark style, or {@code null}. */
  record Spelling(String name, String variant) {
    String draw(SplitMix64 random) {
      return variant != null && random.percent(VARIANT_SPELLING_PERCENT) ? variant : name;
    }
  }

  /** The loaded tables; the holder idiom loads them on first use, once, thread-safely. */
  static final class Data {
    static final Weighted<String> FAMILY;
    /** Family names by ethnic-group code, for the groups that have a list; insertion-ordered. */
    static final Map<String, Weighted<String>> FAMILY_BY_GROUP;
    /** Middle names by sex (index 0 male, 1 female) and generation (0 born before 1975, 1 to 1999, 2 from 2000). */
    static final Weighted<Spelling>[][] MIDDLE;
    /** Given names by sex (index 0 male, 1 female). */
    static final Weighted<Spelling>[] GIVEN;
    /** Every name of the tables, without diacritics and in lower case; a map only looked up, never iterated. */
    static final Map<String, String> ASCII;

    static {
      DataTable family = DataTable.load("family-names.csv", "name", "weight");
      Weighted.Builder<String> fb = Weighted.builder();
      for (String[] row : family.rows()) {
        fb.add(family.field(row, "name"), family.intField(row, "weight"));
      }
      FAMILY = fb.build();

      DataTable byGroup = DataTable.load("family-names-by-ethnic-group.csv", "group", "name", "weight");
      Map<String, Weighted.Builder<String>> builders = new LinkedHashMap<>();
      for (String[] row : byGroup.rows()) {
        builders.computeIfAbsent(byGroup.field(row, "group"), g -> Weighted.builder())
            .add(byGroup.field(row, "name"), byGroup.intField(row, "weight"));
      }
      Map<String, Weighted<String>> groups = new LinkedHashMap<>();
      builders.forEach((group, b) -> groups.put(group, b.build()));
      FAMILY_BY_GROUP = groups;

      DataTable middle = DataTable.load(
          "middle-names.csv", "sex", "middle", "before_1975", "from_1975", "from_2000", "variant");
      String[] generations = {"before_1975", "from_1975", "from_2000"};
      @SuppressWarnings({"unchecked", "rawtypes"})
      Weighted<Spelling>[][] middles = new Weighted[2][3];
      for (int s = 0; s < 2; s++) {
        for (int g = 0; g < 3; g++) {
          Weighted.Builder<Spelling> b = Weighted.builder();
          for (String[] row : middle.rows()) {
            if (middle.field(row, "sex").equals(s == 0 ? "M" : "F")) {
              b.add(spelling(middle.field(row, "middle"), middle.field(row, "variant")),
                  middle.intField(row, generations[g]));
            }
          }
          middles[s][g] = b.build();
        }
      }
      MIDDLE = middles;

      DataTable given = DataTable.load("given-names.csv", "sex", "given", "weight", "variant");
      @SuppressWarnings({"unchecked", "rawtypes"})
      Weighted<Spelling>[] givens = new Weighted[2];
      for (int s = 0; s < 2; s++) {
        Weighted.Builder<Spelling> b = Weighted.builder();
        for (String[] row : given.rows()) {
          if (given.field(row, "sex").equals(s == 0 ? "M" : "F")) {
            b.add(spelling(given.field(row, "given"), given.field(row, "variant")), given.intField(row, "weight"));
          }
        }
        givens[s] = b.build();
      }
      GIVEN = givens;

      Map<String, String> lowerAscii = new HashMap<>();
      for (String name : allSpellings()) {
        lowerAscii.put(name, ascii(name).toLowerCase(Locale.ROOT));
      }
      ASCII = Map.copyOf(lowerAscii);
    }

    private static Spelling spelling(String name, String variant) {
      return new Spelling(name, variant.isEmpty() ? null : variant);
    }

    private Data() {}
  }

  private Names() {}

  /**
   * Returns a name for a person of this sex, born in this year, of this ethnic group (a two-digit code, or {@code
   * null} for the general lists).
   */
  static PersonName name(SplitMix64 random, Sex sex, int birthYear, String ethnicGroup) {
    return name(random, family(random, ethnicGroup), sex, birthYear);
  }

  /** Returns a name with the given family name: a middle name by sex and generation, and a given name by sex. */
  static PersonName name(SplitMix64 random, String family, Sex sex, int birthYear) {
    int s = sex == Sex.FEMALE ? 1 : 0;
    int generation = birthYear < 1975 ? 0 : birthYear < 2000 ? 1 : 2;
    String middle = Data.MIDDLE[s][generation].pick(random).draw(random);
    String given = Data.GIVEN[s].pick(random).draw(random);
    // "Nguyễn Minh Minh" is not a name anyone gives: draw the given name again, a bounded number of times.
    for (int attempt = 0; attempt < 4 && endsWith(middle, given); attempt++) {
      given = Data.GIVEN[s].pick(random).draw(random);
    }
    if (endsWith(middle, given)) {
      middle = "";
    }
    return new PersonName(family, middle, given);
  }

  /** Returns a family name: the group's own names {@value #OWN_FAMILY_NAME_PERCENT} % of the time if it has any. */
  static String family(SplitMix64 random, String ethnicGroup) {
    Weighted<String> own = ethnicGroup == null ? null : Data.FAMILY_BY_GROUP.get(ethnicGroup);
    if (own != null && random.percent(OWN_FAMILY_NAME_PERCENT)) {
      return own.pick(random);
    }
    return Data.FAMILY.pick(random);
  }

  /** Writes Vietnamese without diacritics, {@code Đ} as {@code D}: "Hưng Thịnh" becomes "Hung Thinh". */
  static String ascii(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c == 'Đ') {
        out.append('D');
      } else if (c == 'đ') {
        out.append('d');
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns a name part without diacritics and in lower case: "Nguyễn" becomes "nguyen". */
  static String asciiLowerCase(String part) {
    String known = Data.ASCII.get(part);
    return known != null ? known : ascii(part).toLowerCase(Locale.ROOT);
  }

  /** Returns every family name of the general list, in file order; for the data self-check. */
  static List<String> generalFamilyNames() {
    return Data.FAMILY.values();
  }

  /** Returns every spelling in the given-name and middle-name tables, both styles; for the data self-check. */
  static List<String> allSpellings() {
    List<String> all = new ArrayList<>();
    for (Weighted<Spelling>[] bySex : Data.MIDDLE) {
      addSpellings(all, bySex[0]);
      addSpellings(all, bySex[2]);
    }
    for (Weighted<Spelling> bySex : Data.GIVEN) {
      addSpellings(all, bySex);
    }
    Data.FAMILY_BY_GROUP.values().forEach(w -> all.addAll(w.values()));
    all.addAll(Data.FAMILY.values());
    return all;
  }

  private static void addSpellings(List<String> all, Weighted<Spelling> table) {
    for (Spelling spelling : table.values()) {
      all.add(spelling.name());
      if (spelling.variant() != null) {
        all.add(spelling.variant());
      }
    }
  }

  private static boolean endsWith(String middle, String given) {
    return middle.equals(given) || middle.endsWith(' ' + given);
  }
}
