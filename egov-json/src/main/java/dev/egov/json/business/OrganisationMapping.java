package dev.egov.json.business;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.address.Address;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.organisation.LegalRepresentative;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.organisation.OrganisationKind;
import dev.egov.model.person.PersonName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The registry's view to egov's {@link Organisation}. */
final class OrganisationMapping {

  private OrganisationMapping() {}

  static Organisation organisation(TaxIdentifier tax, String name, @Nullable String foreignName,
      @Nullable String shortName, @Nullable HeadOffice office, List<Representative> representatives) {
    OrganisationKind kind = tax instanceof BranchTaxCode ? OrganisationKind.DEPENDENT_UNIT
        : tax instanceof TaxCode ? OrganisationKind.ENTERPRISE : OrganisationKind.HOUSEHOLD_BUSINESS;
    return new Organisation(kind, tax, name, foreignName, shortName, address(office),
        representatives.isEmpty() ? null : representative(representatives.get(0)));
  }

  static @Nullable Address address(@Nullable HeadOffice o) {
    if (o == null || o.cityName() == null && o.districtName() == null && o.wardName() == null
        && o.streetNumber() == null) {
      return null;
    }
    AdministrativeEra era = o.districtName() == null ? AdministrativeEra.REFORM_2025 : AdministrativeEra.LEGACY_2004;
    return new Address(era, null, o.cityName(), null, o.districtName(), null, o.wardName(), o.streetNumber(), null);
  }

  static @Nullable LegalRepresentative representative(Representative r) {
    if (r.fullName() == null) {
      return null;
    }
    String doc = r.documentNumber();
    PersonalIdNumber personal = doc != null && PersonalIdNumber.check(doc) == IdentifierCheck.VALID
        ? PersonalIdNumber.parse(doc) : null;
    LegacyIdCardNumber legacy = doc != null && personal == null && LegacyIdCardNumber.check(doc) == IdentifierCheck.VALID
        ? LegacyIdCardNumber.parse(doc) : null;
    try {
      return new LegalRepresentative(PersonName.parse(r.fullName()), null, personal, legacy);
    } catch (IllegalArgumentException e) {
      return null;     // a name egov cannot hold (control characters, beyond the text limits): no representative
    }
  }
}
