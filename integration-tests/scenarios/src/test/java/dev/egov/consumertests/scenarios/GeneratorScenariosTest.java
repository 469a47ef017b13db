package dev.egov.consumertests.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.fakes.generators.CitizenGenerator;
import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.IdentifierGenerator;
import dev.egov.fakes.generators.OrganisationGenerator;
import dev.egov.model.id.Identifier;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.IdentifierKind;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** egov-fakes' generators: reproducible from a seed, valid or invalid as asked, with their bundled data loaded. */
@Timeout(60)
class GeneratorScenariosTest {

  @Test
  void identifierGenerator_everyKind_validAndInvalidAsAsked() {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(7);
    for (IdentifierKind kind : IdentifierKind.values()) {
      Identifier valid = ids.valid(kind);
      assertThat(kind.check(valid.format())).as(kind.name()).isEqualTo(IdentifierCheck.VALID);
      for (IdentifierCheck reason : IdentifierGenerator.invalidReasons(kind)) {
        assertThat(kind.check(ids.invalid(kind, reason))).as(kind + " " + reason).isEqualTo(reason);
      }
    }
  }

  @Test
  void recordGenerators_sameSeed_sameRecords() {
    assertThat(CitizenGenerator.withSeed(11).citizen()).isEqualTo(CitizenGenerator.withSeed(11).citizen());
    assertThat(OrganisationGenerator.withSeed(11).organisation())
        .isEqualTo(OrganisationGenerator.withSeed(11).organisation());
    assertThat(dossiers(11)).hasSize(25).isEqualTo(dossiers(11));
    assertThat(dossiers(12)).isNotEqualTo(dossiers(11));
  }

  private static List<?> dossiers(long seed) {
    return DossierGenerator.withSeed(seed).dossiers(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30), 25)
        .collect(Collectors.toList());
  }
}
