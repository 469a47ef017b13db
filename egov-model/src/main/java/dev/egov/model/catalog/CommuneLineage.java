package dev.egov.model.catalog;

import dev.egov.model.internal.LineageData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The lineage of every commune of the 2025 reform: which legacy communes each commune of 1 July 2025 was formed from,
 * whole or in part, and therefore where each legacy commune went. Converts a legacy address (province, district,
 * commune) to the 2025 catalogue with a stated {@link ConversionConfidence}, and lists what a new commune was formed
 * from.
 *
 * <pre>{@code
 * CommuneLineage lineage = CommuneLineage.builtIn();
 * lineage.convert("01", "001", "00004").commune();      // Optional[Phường Ba Đình 00004@REFORM_2025], EXACT
 * lineage.convert("01", "001", "00019").candidates();   // Phường Điện Biên, split: [Phường Ba Đình … (PART), …]
 * lineage.formedFrom(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "00004"));  // its legacy units
 * }</pre>
 *
 * <p><b>Source.</b> For each of the 3,321 communes of 1 July 2025, the official description of the legacy units it
 * was formed from (the arrangement of commune-level units under the resolutions of the Standing Committee of the
 * National Assembly of 2025, as the national "sáp nhập" map publishes them), converted into a table by a tool kept
 * in egov's repository, with a curated table of corrections, each with its reason. The descriptions are free text:
 * they name units whole or in part, but not always consistently (some legacy communes are named whole by two
 * descriptions); egov reports every candidate as the descriptions mark it and never picks one. How many legacy
 * communes convert exactly, how many are ambiguous, and the few no description names are listed in {@code
 * docs/administrative-units-lineage.md}, generated from the data.
 *
 * <p><b>Codes are never compared across eras.</b> A new commune often carries the code of one of the legacy communes
 * it was formed from, but not necessarily of the one an address names: the answer comes from the descriptions only.
 * The province of the answer always agrees with {@link ProvinceCatalog#successorOf}.
 *
 * <p>The built-in lineage is loaded on first use and shared; it is immutable and thread-safe. Every answer is
 * precomputed: a conversion is an array look-up.
 *
 * @since 0.1.0
 */
public final class CommuneLineage {

  static final String RESOURCE = "admin-units-lineage.txt";

  private static final int MAX_CODES = 100_000;

  private static final class BuiltIn {
    static final CommuneLineage INSTANCE =
        new CommuneLineage(AdministrativeUnitCatalog.builtIn(), LineageData.load(CommuneLineage.class, RESOURCE));
  }

  private final AdministrativeUnitCatalog units;
  private final CatalogVersion version;
  /** The conversion of each legacy commune, by the value of its code. */
  private final @Nullable CommuneConversion[] byLegacy = new CommuneConversion[MAX_CODES];
  /** The province and district of each legacy commune, by the value of its code, to check an address's codes. */
  private final int[] legacyProvince = new int[MAX_CODES];
  private final int[] legacyDistrict = new int[MAX_CODES];
  private final @Nullable CommuneFormation[] byNew = new CommuneFormation[MAX_CODES];
  private final List<CommuneConversion> all;
  private final Map<ConversionConfidence, Integer> summary;

  private CommuneLineage(AdministrativeUnitCatalog units, LineageData data) {
    this.units = units;
    this.version = new CatalogVersion(data.source(), data.release(), data.asOf());
    Map<AdministrativeUnitCode, List<LineageLink>> successors = new java.util.HashMap<>();
    for (LineageData.Row row : data.rows()) {
      AdministrativeUnitCode code = AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, row.newCode());
      AdministrativeUnit commune = units.find(code)
          .orElseThrow(() -> new IllegalStateException("lineage: unknown commune " + code));
      if (byNew[code.value()] != null) {
        throw new IllegalStateException("lineage: two rows for " + code);
      }
      List<LineageLink> formedFrom = new ArrayList<>(row.legacyCodes().size());
      for (int i = 0; i < row.legacyCodes().size(); i++) {
        String legacy = row.legacyCodes().get(i);
        AdministrativeUnitCode legacyCode = legacy.length() == 3 ? AdministrativeUnitCode.district(legacy)
            : AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, legacy);
        AdministrativeUnit unit = units.find(legacyCode)
            .orElseThrow(() -> new IllegalStateException("lineage: unknown legacy unit " + legacyCode));
        Portion portion = row.parts().get(i) ? Portion.PART : Portion.WHOLE;
        formedFrom.add(new LineageLink(unit, portion));
        successors.computeIfAbsent(legacyCode, c -> new ArrayList<>()).add(new LineageLink(commune, portion));
      }
      byNew[code.value()] = new CommuneFormation(commune, formedFrom, version);
    }
    List<CommuneConversion> all = new ArrayList<>();
    Map<ConversionConfidence, Integer> summary = new EnumMap<>(ConversionConfidence.class);
    for (ConversionConfidence c : ConversionConfidence.values()) {
      summary.put(c, 0);
    }
    for (AdministrativeUnit legacy : units.all(AdministrativeEra.LEGACY_2004, AdministrativeLevel.COMMUNE)) {
      List<LineageLink> links = new ArrayList<>(successors.getOrDefault(legacy.code(), List.of()));
      links.sort(Comparator.comparing((LineageLink l) -> l.unit().code().code()));
      CommuneConversion conversion;
      if (links.isEmpty()) {
        conversion = new CommuneConversion(legacy.code(), ConversionConfidence.UNKNOWN, List.of(),
            ConversionReason.NOT_IN_LINEAGE, version);
      } else if (links.size() == 1 && links.get(0).portion() == Portion.WHOLE) {
        conversion = new CommuneConversion(legacy.code(), ConversionConfidence.EXACT, links, null, version);
      } else {
        conversion = new CommuneConversion(legacy.code(), ConversionConfidence.AMBIGUOUS, links, null, version);
      }
      byLegacy[legacy.code().value()] = conversion;
      legacyProvince[legacy.code().value()] = AdministrativeUnitCode.of(legacy.province()).value();
      AdministrativeUnitCode parent = legacy.parent();
      legacyDistrict[legacy.code().value()] = parent == null ? -1 : parent.value();
      all.add(conversion);
      summary.merge(conversion.confidence(), 1, Integer::sum);
    }
    this.all = List.copyOf(all);
    this.summary = Collections.unmodifiableMap(summary);
  }

  /**
   * Returns the lineage bundled with egov, over the built-in {@link AdministrativeUnitCatalog}, loaded on first use
   * and shared.
   *
   * @return the built-in lineage
   */
  public static CommuneLineage builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Returns where the lineage comes from and the date it takes effect (1 July 2025).
   *
   * @return the version; every answer carries it
   */
  public CatalogVersion version() {
    return version;
  }

  /**
   * Returns the catalogue whose units the lineage links.
   *
   * @return the catalogue
   */
  public AdministrativeUnitCatalog catalog() {
    return units;
  }

  /**
   * Says where a legacy commune went.
   *
   * @param legacyCommune a commune code of {@link AdministrativeEra#LEGACY_2004}
   * @return the conversion; {@link ConversionReason#UNKNOWN_COMMUNE} if the legacy catalogue has no such commune
   * @throws IllegalArgumentException if the code is not a legacy commune code
   */
  public CommuneConversion convert(AdministrativeUnitCode legacyCommune) {
    Objects.requireNonNull(legacyCommune, "legacyCommune");
    if (legacyCommune.era() != AdministrativeEra.LEGACY_2004
        || legacyCommune.level() != AdministrativeLevel.COMMUNE) {
      throw new IllegalArgumentException("legacyCommune must be a commune code of LEGACY_2004");
    }
    CommuneConversion c = byLegacy[legacyCommune.value()];
    return c != null ? c : unknown(legacyCommune, ConversionReason.UNKNOWN_COMMUNE);
  }

  /**
   * Says where the commune of a legacy address went, checking that it lies in the district and province the address
   * gives: an address whose codes do not belong together is {@link ConversionConfidence#UNKNOWN} ({@link
   * ConversionReason#DISTRICT_MISMATCH}, {@link ConversionReason#PROVINCE_MISMATCH}), never silently converted.
   *
   * @param provinceCode the legacy province's two digits, or {@code null} if the address has none
   * @param districtCode the legacy district's three digits, or {@code null} if the address has none
   * @param communeCode the legacy commune's five digits
   * @return the conversion
   * @throws IllegalArgumentException naming the field if a code does not have its number of ASCII digits
   */
  public CommuneConversion convert(@Nullable CharSequence provinceCode, @Nullable CharSequence districtCode,
      CharSequence communeCode) {
    Objects.requireNonNull(communeCode, "communeCode");
    int commune = digits("communeCode", communeCode, 5);
    int province = provinceCode == null ? -1 : digits("provinceCode", provinceCode, 2);
    int district = districtCode == null ? -1 : digits("districtCode", districtCode, 3);
    CommuneConversion c = byLegacy[commune];
    if (c == null) {
      return unknown(AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, communeCode.toString()),
          ConversionReason.UNKNOWN_COMMUNE);
    }
    if (province >= 0 && province != legacyProvince[commune]) {
      return unknown(c.legacy(), ConversionReason.PROVINCE_MISMATCH);
    }
    if (district >= 0 && district != legacyDistrict[commune]) {
      return unknown(c.legacy(), ConversionReason.DISTRICT_MISMATCH);
    }
    return c;
  }

  /**
   * Returns what a commune of the 2025 catalogue was formed from.
   *
   * @param newCommune a commune code of {@link AdministrativeEra#REFORM_2025}
   * @return the legacy units, whole or in part; empty if the 2025 catalogue has no such commune
   * @throws IllegalArgumentException if the code is not a 2025 commune code
   */
  public Optional<CommuneFormation> formedFrom(AdministrativeUnitCode newCommune) {
    Objects.requireNonNull(newCommune, "newCommune");
    if (newCommune.era() != AdministrativeEra.REFORM_2025 || newCommune.level() != AdministrativeLevel.COMMUNE) {
      throw new IllegalArgumentException("newCommune must be a commune code of REFORM_2025");
    }
    return Optional.ofNullable(byNew[newCommune.value()]);
  }

  /**
   * Returns the conversion of every legacy commune, in code order: a complete old-to-new table.
   *
   * @return the 10,035 conversions of the built-in lineage
   */
  public List<CommuneConversion> conversions() {
    return all;
  }

  /**
   * Returns how many legacy communes convert with each confidence.
   *
   * @return the counts, for every confidence
   */
  public Map<ConversionConfidence, Integer> summary() {
    return summary;
  }

  /** Returns the counts and the version, such as {@code CommuneLineage[EXACT=…, AMBIGUOUS=…, UNKNOWN=…; …]}. */
  @Override
  public String toString() {
    return "CommuneLineage[" + summary.toString().replace("{", "").replace("}", "") + "; " + version + ']';
  }

  private CommuneConversion unknown(AdministrativeUnitCode legacy, ConversionReason reason) {
    return new CommuneConversion(legacy, ConversionConfidence.UNKNOWN, List.of(), reason, version);
  }

  private static int digits(String field, CharSequence code, int length) {
    if (code.length() != length) {
      throw new IllegalArgumentException(field + " must be " + length + " ASCII digits, got " + code.length()
          + " characters");
    }
    int value = 0;
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(field + " must be " + length + " ASCII digits");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
