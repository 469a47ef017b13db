package dev.egov.validation.internal;

import dev.egov.model.address.Address;
import dev.egov.model.address.Commune;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.address.KnownAdministrativeUnits;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.PlaceName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link KnownAdministrativeUnits}: the province against the built-in province catalogue; the district,
 * the commune and every name given against the configured commune catalogue (by default the built-in one).
 */
public final class KnownAdministrativeUnitsValidator
    implements ConstraintValidator<KnownAdministrativeUnits, Address> {

  @Override
  public boolean isValid(@Nullable Address address, ConstraintValidatorContext context) {
    if (address == null) {
      return true;
    }
    AdministrativeEra era = address.era();
    Optional<CommuneCatalog> catalog = RecordRules.options(context).communes();
    // The unit catalogue behind the commune catalogue, when it holds a list of the address's era.
    AdministrativeUnitCatalog units = catalog.flatMap(CommuneCatalog::units)
        .filter(u -> u.version(era).isPresent()).orElse(null);
    boolean valid = true;
    String province = address.provinceCode();
    if (province != null) {
      if (address.province().isEmpty()) {
        valid = report(context, "ADDRESS.UNKNOWN_PROVINCE", "provinceCode");
      } else if (units != null && !isNamed(units, AdministrativeUnitCode.province(era, province),
          address.provinceName())) {
        valid = report(context, "ADDRESS.NAME_MISMATCH", "provinceName");
      }
    }
    String district = address.districtCode();
    if (district != null && units != null) {
      Optional<AdministrativeUnit> found = units.find(AdministrativeUnitCode.district(district));
      if (found.isEmpty() || (province != null && !found.get().province().code().equals(province))) {
        valid = report(context, "ADDRESS.UNKNOWN_DISTRICT", "districtCode");
      } else if (!isNamed(units, found.get().code(), address.districtName())) {
        valid = report(context, "ADDRESS.NAME_MISMATCH", "districtName");
      }
    }
    String commune = address.communeCode();
    if (commune != null && catalog.isPresent() && (units != null || catalog.get().units().isEmpty())) {
      Optional<Commune> found = catalog.get().find(era, commune);
      if (found.isEmpty() || (province != null && !found.get().provinceCode().equals(province))) {
        valid = report(context, "ADDRESS.UNKNOWN_COMMUNE", "communeCode");
      } else if (district != null && found.get().districtCode() != null
          && !district.equals(found.get().districtCode())) {
        valid = report(context, "ADDRESS.COMMUNE_NOT_IN_DISTRICT", "communeCode");
      } else if (units != null
          ? !isNamed(units, AdministrativeUnitCode.commune(era, commune), address.communeName())
          : !isNamed(found.get(), address.communeName())) {
        valid = report(context, "ADDRESS.NAME_MISMATCH", "communeName");
      }
    }
    return valid;
  }

  private static boolean report(ConstraintValidatorContext context, String code, String property) {
    RecordRules.violation(context, code).addPropertyNode(property).addConstraintViolation();
    return false;
  }

  /** No name, or a name of one of the unit's states in its era (Tỉnh Thừa Thiên Huế and Thành phố Huế). */
  private static boolean isNamed(AdministrativeUnitCatalog units, AdministrativeUnitCode code, @Nullable String name) {
    if (name == null || name.isBlank()) {
      return true;
    }
    List<AdministrativeUnit> states = units.states(code);
    for (AdministrativeUnit state : states) {
      if (state.isNamed(name)) {
        return true;
      }
    }
    return states.isEmpty();
  }

  /** No name, or the commune's name by identity key, with or without its type word. */
  private static boolean isNamed(Commune commune, @Nullable String name) {
    if (name == null || name.isBlank()) {
      return true;
    }
    PlaceName given = PlaceName.of(name);
    if (given.sameAs(PlaceName.of(commune.name()))) {
      return true;
    }
    String typeWord = commune.type() + ' ';
    return commune.name().startsWith(typeWord) && commune.name().length() > typeWord.length()
        && given.sameAs(PlaceName.of(commune.name().substring(typeWord.length())));
  }
}
