package dev.egov.consumertests.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.Sex;
import dev.egov.model.catalog.AgencyCatalog;
import dev.egov.model.catalog.EthnicGroupCatalog;
import dev.egov.model.catalog.ProvinceCatalog;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Identifiers parsed, checked and masked, and the built-in catalogues read from egov-model's own resources. */
@Timeout(30)
class IdentifierScenariosTest {

  @Test
  void personalId_parses_decodesAndMasks() {
    PersonalIdNumber id = PersonalIdNumber.parse("079303001234");

    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.birthYear()).isEqualTo(2003);
    assertThat(id.birthRegistrationProvince()).hasValueSatisfying(
        province -> assertThat(province.name()).contains("Hồ Chí Minh"));
    assertThat(String.valueOf(id)).isEqualTo("079*******34");
  }

  @Test
  void taxCode_withAWrongCheckDigit_isCheckedAndRefusedWithoutQuotingTheValue() {
    assertThat(TaxCode.check("0100109107")).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
    assertThat(TaxCode.check("0100109106")).isEqualTo(IdentifierCheck.VALID);
    assertThatThrownBy(() -> TaxCode.parse("0100109107"))
        .isInstanceOf(InvalidIdentifierException.class)
        .satisfies(e -> assertThat(((InvalidIdentifierException) e).reason())
            .isEqualTo(IdentifierCheck.INVALID_CHECKSUM))
        .message().doesNotContain("0100109107");
    assertThat(TaxIdentifier.parse("079303001234").kind()).isEqualTo(IdentifierKind.PERSONAL_ID);
  }

  @Test
  void dossierCode_nonStandardSequence_parsesLeniently() {
    DossierCode code = DossierCode.parseLenient("000.00.06.H56-231027-03611");

    assertThat(code.isLenient()).isTrue();
    assertThat(DossierCode.check("000.00.06.H56-231027-03611")).isEqualTo(IdentifierCheck.NON_STANDARD_FORM);
  }

  @Test
  void builtInCatalogues_loadFromTheirModule() {
    ProvinceCatalog provinces = ProvinceCatalog.builtIn();

    assertThat(provinces.find("52", LocalDate.of(2025, 6, 30))).hasValueSatisfying(
        p -> assertThat(p.name()).contains("Bình Định"));
    assertThat(provinces.find("52", LocalDate.of(2025, 7, 1))).hasValueSatisfying(
        p -> assertThat(p.name()).contains("Gia Lai"));
    assertThat(EthnicGroupCatalog.builtIn().find("1")).hasValueSatisfying(
        group -> assertThat(group.name()).isEqualTo("Kinh"));
    assertThat(AgencyCatalog.builtIn().find("H56")).isPresent();
  }
}
