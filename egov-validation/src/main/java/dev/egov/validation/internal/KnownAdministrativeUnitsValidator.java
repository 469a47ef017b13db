package dev.egov.validation.internal;

import dev.egov.model.address.Address;
import dev.egov.model.address.Commune;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.address.KnownAdministrativeUnits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates {@link KnownAdministrativeUnits}. */
public final class KnownAdministrativeUnitsValidator
    implements ConstraintValidator<KnownAdministrativeUnits, Address> {

  @Override
  public boolean isValid(@Nullable Address address, ConstraintValidatorContext context) {
    if (address == null) {
      return true;
    }
    boolean valid = true;
    if (address.provinceCode() != null && address.province().isEmpty()) {
      RecordRules.violation(context, "ADDRESS.UNKNOWN_PROVINCE")
          .addPropertyNode("provinceCode")
          .addConstraintViolation();
      valid = false;
    }
    String commune = address.communeCode();
    Optional<CommuneCatalog> catalog = RecordRules.options(context).communes();
    if (commune != null && catalog.isPresent()) {
      Optional<Commune> found = catalog.get().find(address.era(), commune);
      boolean inProvince = found.isPresent()
          && (address.provinceCode() == null || found.get().provinceCode().equals(address.provinceCode()));
      if (!inProvince) {
        RecordRules.violation(context, "ADDRESS.UNKNOWN_COMMUNE")
            .addPropertyNode("communeCode")
            .addConstraintViolation();
        valid = false;
      }
    }
    return valid;
  }
}
