package dev.egov.fakes.generators;

import dev.egov.model.Sex;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AgencyCatalog;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.TopLevelAgency;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.Strictness;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables the generators need, read from egov-model's public API rather than restated: which personal-ID prefixes
 * the model decodes to which province, which century-and-sex digit means what, which mobile prefixes it considers
 * allocated. When the model's data changes, the generators follow without an edit.
 *
 * <p>Every table is built by probing in ascending order and kept in that order, so it is the same on every run.
 */
final class ModelTables {

  /** The 63 provinces of the legacy catalogue, in code order: the table personal-ID prefixes decode with. */
  static final List<Province> LEGACY_PROVINCES = ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004);

  /** The personal-ID prefix of each province in {@link #LEGACY_PROVINCES}, at the same index. */
  private static final String[] DOMESTIC_PREFIXES = new String[LEGACY_PROVINCES.size()];

  /** Every three-digit prefix the model does not decode to a province, ascending. */
  static final List<String> UNKNOWN_PREFIXES;

  /** For each century-and-sex digit 0 to 9: the first year of its century. */
  private static final int[] CENTURY_START = new int[10];

  /** For each century-and-sex digit 0 to 9: the sex it encodes. */
  private static final Sex[] CENTURY_SEX = new Sex[10];

  /** Mobile prefixes ({@code 0} and two digits) valid at {@link Strictness#SEMANTIC}, ascending. */
  static final List<String> ALLOCATED_MOBILE_PREFIXES;

  /** Mobile prefixes valid at {@link Strictness#FORMAT} but not at {@link Strictness#SEMANTIC}, ascending. */
  static final List<String> UNALLOCATED_MOBILE_PREFIXES;

  /** The level-1 codes of the built-in agency catalogue, in code order. */
  static final List<String> AGENCY_LEVEL1_CODES;

  static {
    List<String> unknown = new ArrayList<>();
    for (int p = 0; p < 1000; p++) {
      String prefix = pad(p, 3);
      int index = ProvinceCatalog.builtIn()
          .byPersonalIdPrefix(prefix)
          .map(LEGACY_PROVINCES::indexOf)
          .orElse(-1);
      if (index < 0) {
        unknown.add(prefix);
      } else if (DOMESTIC_PREFIXES[index] != null) {
        throw new IllegalStateException("Two prefixes decode to " + LEGACY_PROVINCES.get(index).name());
      } else {
        DOMESTIC_PREFIXES[index] = prefix;
      }
    }
    for (int i = 0; i < DOMESTIC_PREFIXES.length; i++) {
      if (DOMESTIC_PREFIXES[i] == null) {
        throw new IllegalStateException("No personal-ID prefix decodes to " + LEGACY_PROVINCES.get(i).name());
      }
    }
    UNKNOWN_PREFIXES = List.copyOf(unknown);

    for (int g = 0; g <= 9; g++) {
      PersonalIdNumber probe = PersonalIdNumber.parse("001" + g + "00000000");
      CENTURY_START[g] = probe.birthYear();
      CENTURY_SEX[g] = probe.sex();
    }

    List<String> allocated = new ArrayList<>();
    List<String> unallocated = new ArrayList<>();
    for (int p = 0; p < 100; p++) {
      String prefix = "0" + pad(p, 2);
      String number = prefix + "1234567";
      if (PhoneNumber.check(number, Strictness.FORMAT) != IdentifierCheck.VALID
          || PhoneNumber.parse(number, Strictness.FORMAT).type() != PhoneNumber.Type.MOBILE) {
        continue;
      }
      IdentifierCheck semantic = PhoneNumber.check(number, Strictness.SEMANTIC);
      if (semantic == IdentifierCheck.VALID) {
        allocated.add(prefix);
      } else if (semantic == IdentifierCheck.INVALID_COMPONENT) {
        unallocated.add(prefix);
      }
    }
    if (allocated.isEmpty() || unallocated.isEmpty()) {
      throw new IllegalStateException(
          "egov-model's mobile prefixes changed shape: " + allocated.size() + " allocated, " + unallocated.size()
              + " unallocated; the generators need both");
    }
    ALLOCATED_MOBILE_PREFIXES = List.copyOf(allocated);
    UNALLOCATED_MOBILE_PREFIXES = List.copyOf(unallocated);

    List<String> level1 = new ArrayList<>();
    for (TopLevelAgency agency : AgencyCatalog.builtIn().all()) {
      level1.add(agency.code());
    }
    AGENCY_LEVEL1_CODES = List.copyOf(level1);
  }

  private ModelTables() {}

  /**
   * Returns the personal-ID prefix that decodes to {@code province}.
   *
   * @throws IllegalArgumentException if {@code province} is not a unit of the legacy catalogue
   */
  static String domesticPrefix(Province province) {
    int index = LEGACY_PROVINCES.indexOf(province);
    if (index < 0) {
      throw new IllegalArgumentException(
          "Personal-ID prefixes name provinces of the legacy (2004) catalogue, got " + province.code() + " "
              + province.name() + "; use ProvinceCatalog.builtIn().all(AdministrativeEra.LEGACY_2004)");
    }
    return DOMESTIC_PREFIXES[index];
  }

  /**
   * Returns the fourth to sixth digits of a personal ID for a person of this sex born in this year.
   *
   * @throws IllegalArgumentException if the number cannot encode the year or the sex
   */
  static String centuryAndYear(Sex sex, int birthYear) {
    for (int g = 0; g <= 9; g++) {
      if (CENTURY_SEX[g] == sex && birthYear >= CENTURY_START[g] && birthYear < CENTURY_START[g] + 100) {
        return g + pad(birthYear - CENTURY_START[g], 2);
      }
    }
    throw new IllegalArgumentException(
        "A personal identification number encodes MALE or FEMALE born " + CENTURY_START[0] + " to "
            + (CENTURY_START[9] + 99) + ", got " + sex + " born " + birthYear);
  }

  /** Returns {@code value} in decimal, left-padded with zeros to {@code width}; {@code value} is not negative. */
  static String pad(int value, int width) {
    String s = Integer.toString(value);
    StringBuilder out = new StringBuilder(width);
    for (int i = s.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(s).toString();
  }
}
