package dev.egov.model.address;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeLevel;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The communes of an {@link AdministrativeUnitCatalog}, or of the built-in one, resolved on each look-up. */
final class UnitCatalogCommunes implements CommuneCatalog {

  static final CommuneCatalog BUILT_IN = new UnitCatalogCommunes(null);

  /** The catalogue, or {@code null} for the built-in one, which is loaded on the first look-up. */
  private final @Nullable AdministrativeUnitCatalog units;

  UnitCatalogCommunes(@Nullable AdministrativeUnitCatalog units) {
    this.units = units;
  }

  private AdministrativeUnitCatalog catalog() {
    return units != null ? units : AdministrativeUnitCatalog.builtIn();
  }

  @Override
  public Optional<Commune> find(AdministrativeEra era, String code) {
    Objects.requireNonNull(era, "era");
    Objects.requireNonNull(code, "code");
    if (!AdministrativeUnitCode.isWellFormed(AdministrativeLevel.COMMUNE, code)) {
      return Optional.empty();
    }
    return catalog().find(AdministrativeUnitCode.commune(era, code)).map(UnitCatalogCommunes::commune);
  }

  private static Commune commune(AdministrativeUnit unit) {
    AdministrativeUnitCode parent = Objects.requireNonNull(unit.parent());
    return new Commune(unit.code().era(), unit.code().code(), unit.fullName(), unit.province().code(),
        parent.level() == AdministrativeLevel.DISTRICT ? parent.code() : null, unit.type().prefix());
  }

  @Override
  public Optional<AdministrativeUnitCatalog> units() {
    return Optional.of(catalog());
  }

  @Override
  public String toString() {
    return units == null ? "CommuneCatalog[built-in]" : "CommuneCatalog[" + units + ']';
  }
}
