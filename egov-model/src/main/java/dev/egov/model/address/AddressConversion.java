package dev.egov.model.address;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.CatalogVersion;
import dev.egov.model.catalog.CommuneConversion;
import dev.egov.model.catalog.CommuneLineage;
import dev.egov.model.catalog.ConversionConfidence;
import dev.egov.model.catalog.ConversionReason;
import dev.egov.model.catalog.LineageLink;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.catalog.ProvinceCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A legacy {@link Address} converted to the 2025 catalogue through the official lineage of every commune ({@link
 * CommuneLineage}): the converted address, how sure the conversion is, the candidates when the commune was split, and
 * every part that was not carried over, with its reason. The detail line (house number, street, hamlet) and the
 * country are kept as they were; the legacy district never converts (districts were abolished) and is reported as
 * {@link ConversionReason#DISTRICT_ABOLISHED}, with its code and name.
 *
 * <pre>{@code
 * Address old = Address.builder(AdministrativeEra.LEGACY_2004)
 *     .province("01", "Thành phố Hà Nội").district("001", "Quận Ba Đình").commune("00004", "Phường Trúc Bạch")
 *     .detail("12 Phố Trúc Bạch").build();
 * AddressConversion c = AddressConversion.of(old);
 * c.confidence();                // EXACT
 * c.converted().communeName();   // "Phường Ba Đình"
 * c.converted().detail();        // "12 Phố Trúc Bạch"
 * c.unconverted();               // [UnconvertedPart[DISTRICT 001, …, DISTRICT_ABOLISHED]]
 * }</pre>
 *
 * <p>When the commune was split ({@link ConversionConfidence#AMBIGUOUS}) the converted address has the province and
 * no commune, the candidates say which communes it may be in, and the legacy commune is kept as {@link
 * ConversionReason#SPLIT}. The province always converts when the legacy catalogue knows it ({@link
 * ProvinceCatalog#successorOf}).
 *
 * <p>Addresses are personal data: {@link #toString()} shows codes, never names or the detail line.
 *
 * @param legacy the address as given, of {@link AdministrativeEra#LEGACY_2004}
 * @param converted the address in the 2025 catalogue: province, commune when exact, detail and country kept
 * @param confidence how sure the commune's conversion is
 * @param candidates the 2025 communes the legacy commune went into, whole or in part; one when exact, none when
 *     unknown
 * @param unconverted the parts of {@code legacy} not carried over, each with its reason
 * @param version the lineage's source and date
 * @since 0.1.0
 */
public record AddressConversion(
    Address legacy,
    Address converted,
    ConversionConfidence confidence,
    List<LineageLink> candidates,
    List<UnconvertedPart> unconverted,
    CatalogVersion version) {

  /**
   * Checks the eras and copies the lists.
   *
   * @param legacy the address as given, of {@link AdministrativeEra#LEGACY_2004}
   * @param converted the address in the 2025 catalogue: province, commune when exact, detail and country kept
   * @param confidence how sure the commune's conversion is
   * @param candidates the 2025 communes the legacy commune went into, whole or in part; one when exact, none when
   *     unknown
   * @param unconverted the parts of {@code legacy} not carried over, each with its reason
   * @param version the lineage's source and date
   * @throws IllegalArgumentException if {@code legacy} is not of the legacy era or {@code converted} not of 2025
   */
  public AddressConversion {
    Objects.requireNonNull(legacy, "legacy");
    Objects.requireNonNull(converted, "converted");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(version, "version");
    candidates = List.copyOf(candidates);
    unconverted = List.copyOf(unconverted);
    if (legacy.era() != AdministrativeEra.LEGACY_2004) {
      throw new IllegalArgumentException("legacy must be an address of LEGACY_2004");
    }
    if (converted.era() != AdministrativeEra.REFORM_2025) {
      throw new IllegalArgumentException("converted must be an address of REFORM_2025");
    }
  }

  /**
   * Converts a legacy address with the built-in lineage.
   *
   * @param legacy an address of {@link AdministrativeEra#LEGACY_2004}
   * @return the conversion
   * @throws IllegalArgumentException if the address is not of the legacy era
   */
  public static AddressConversion of(Address legacy) {
    return of(legacy, CommuneLineage.builtIn());
  }

  /**
   * Converts a legacy address with a lineage.
   *
   * @param legacy an address of {@link AdministrativeEra#LEGACY_2004}
   * @param lineage the lineage, such as {@link CommuneLineage#builtIn()}
   * @return the conversion
   * @throws IllegalArgumentException if the address is not of the legacy era
   */
  public static AddressConversion of(Address legacy, CommuneLineage lineage) {
    Objects.requireNonNull(legacy, "legacy");
    Objects.requireNonNull(lineage, "lineage");
    if (legacy.era() != AdministrativeEra.LEGACY_2004) {
      throw new IllegalArgumentException("legacy must be an address of LEGACY_2004; this one is already of "
          + legacy.era());
    }
    List<UnconvertedPart> unconverted = new ArrayList<>(3);
    ProvinceCode province = null;
    String provinceCode = legacy.provinceCode();
    if (provinceCode != null) {
      Optional<Province> successor = ProvinceCatalog.builtIn().successorOf(ProvinceCode.legacy(provinceCode));
      if (successor.isPresent()) {
        province = successor.get().code();
      } else {
        unconverted.add(new UnconvertedPart(AddressPart.PROVINCE, provinceCode, legacy.provinceName(),
            ConversionReason.UNKNOWN_PROVINCE));
      }
    }
    if (legacy.districtCode() != null || legacy.districtName() != null) {
      unconverted.add(new UnconvertedPart(AddressPart.DISTRICT, legacy.districtCode(), legacy.districtName(),
          ConversionReason.DISTRICT_ABOLISHED));
    }
    ConversionConfidence confidence;
    List<LineageLink> candidates;
    AdministrativeUnit commune = null;
    String communeCode = legacy.communeCode();
    if (communeCode == null) {
      confidence = ConversionConfidence.UNKNOWN;
      candidates = List.of();
      unconverted.add(new UnconvertedPart(AddressPart.COMMUNE, null, legacy.communeName(),
          ConversionReason.NO_COMMUNE));
    } else {
      CommuneConversion c = lineage.convert(provinceCode, legacy.districtCode(), communeCode);
      confidence = c.confidence();
      candidates = c.candidates();
      if (confidence == ConversionConfidence.EXACT) {
        commune = candidates.get(0).unit();
        if (province == null && c.reason() == null) {
          province = commune.province();
        }
      } else {
        ConversionReason reason = c.reason();
        unconverted.add(new UnconvertedPart(AddressPart.COMMUNE, communeCode, legacy.communeName(),
            reason == null ? ConversionReason.SPLIT : reason));
      }
    }
    Address.Builder out = Address.builder(AdministrativeEra.REFORM_2025);
    if (province != null) {
      out.province(province.code(), fullName(lineage, AdministrativeUnitCode.of(province)));
    }
    if (commune != null) {
      out.commune(commune.code().code(), commune.fullName());
    }
    if (legacy.detail() != null) {
      out.detail(legacy.detail());
    }
    if (legacy.country() != null) {
      out.country(legacy.country());
    }
    return new AddressConversion(legacy, out.build(), confidence, candidates, unconverted, lineage.version());
  }

  private static @Nullable String fullName(CommuneLineage lineage, AdministrativeUnitCode code) {
    return lineage.catalog().find(code).map(AdministrativeUnit::fullName).orElse(null);
  }

  /** Returns the eras, codes, confidence and reasons; names and the detail line are masked. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("AddressConversion[").append(legacy).append(" -> ").append(converted)
        .append(", ").append(confidence);
    if (confidence == ConversionConfidence.AMBIGUOUS) {
      out.append(", candidates=[");
      for (int i = 0; i < candidates.size(); i++) {
        LineageLink link = candidates.get(i);
        out.append(i == 0 ? "" : ", ").append(link.unit().code().code()).append(' ').append(link.portion());
      }
      out.append(']');
    }
    return out.append(", unconverted=").append(unconverted).append(']').toString();
  }
}
