package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.dossier.Dossier;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.person.Citizen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The record generators give the same records for a seed: twice in one JVM, and, through golden hashes of a canonical
 * text of every field ({@link Records#render}; {@code toString()} masks personal data, so it would hide changes), on
 * every JVM, JDK, locale and time zone.
 *
 * <p>A golden hash changes only when what a seed generates changes on purpose (a new distribution, new bundled data,
 * new catalogue data in egov-model, a change of the lifecycle or the calendar); update it then, and say so in the
 * changelog.
 */
@Timeout(60)
class RecordGeneratorDeterminismTest {

  private static final long GOLDEN_SEED = 20261122L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 23);
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 7, 13);

  /** SHA-256 of {@link #citizens(long, int) citizens(GOLDEN_SEED, 300)}. */
  private static final String GOLDEN_CITIZENS =
      "672e2d9c986f300a3f931fd0d4dd5ac97ffae8cf76c57b74c408dfcef1bbc894";

  /**
   * SHA-256 of {@link #organisations(long, int) organisations(GOLDEN_SEED, 300)}. Last changed when organisations got
   * their kind (household businesses with 10-digit codes among them) and real communes, merged together.
   */
  private static final String GOLDEN_ORGANISATIONS =
      "fae74660a4ad5a4934e7afe4974a9c745046223c30192b13956b7c45f9a71a1d";

  /**
   * SHA-256 of {@link #dossiers(long, int) dossiers(GOLDEN_SEED, 500)} and their results. Last changed when generated
   * addresses became real communes of the built-in catalogue and, at the same merge, when due dates began to keep the
   * clock time of receipt by default ({@code WorkingDayConvention.KEEP_CLOCK_TIME}).
   */
  private static final String GOLDEN_DOSSIERS =
      "b0f07e37a350d6cafaeb30ebad5150f6862878cf83f788577854f53daea0503e";

  static List<String> citizens(long seed, int count) {
    CitizenGenerator people = CitizenGenerator.withSeed(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(Records.render(people.citizen()));
      if (i % 100 == 99) {
        people = people.split();
        lines.add("split " + people.seed());
      }
    }
    lines.add(Records.name(people.name(dev.egov.model.Sex.FEMALE, 1990)));
    return lines;
  }

  static List<String> organisations(long seed, int count) {
    OrganisationGenerator firms = OrganisationGenerator.withSeed(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(Records.render(firms.organisation()));
    }
    return lines;
  }

  static List<String> dossiers(long seed, int count) {
    List<String> lines = new ArrayList<>();
    DossierGenerator.withSeed(seed).dossiers(FIRST_DAY, LAST_DAY, count).forEach(d -> {
      lines.add(Records.render(d));
      DossierGenerator.resultOf(d).ifPresent(r -> lines.add(Records.render(r)));
    });
    return lines;
  }

  @Test
  void sameSeed_twiceInOneJvm_givesEqualRecords() {
    CitizenGenerator a = CitizenGenerator.withSeed(42L);
    CitizenGenerator b = CitizenGenerator.withSeed(42L);
    OrganisationGenerator c = OrganisationGenerator.withSeed(42L);
    OrganisationGenerator d = OrganisationGenerator.withSeed(42L);
    for (int i = 0; i < 200; i++) {
      Citizen citizen = a.citizen();
      assertThat(b.citizen()).isEqualTo(citizen).hasSameHashCodeAs(citizen);
      Organisation organisation = c.organisation();
      assertThat(d.organisation()).isEqualTo(organisation);
    }
    List<Dossier> first = DossierGenerator.withSeed(42L).dossiers(FIRST_DAY, LAST_DAY, 400)
        .collect(Collectors.toList());
    List<Dossier> second = DossierGenerator.withSeed(42L).dossiers(FIRST_DAY, LAST_DAY, 400)
        .collect(Collectors.toList());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void differentSeeds_giveDifferentRecords() {
    assertThat(citizens(1L, 20)).isNotEqualTo(citizens(2L, 20));
    assertThat(organisations(1L, 20)).isNotEqualTo(organisations(2L, 20));
    assertThat(dossiers(1L, 20)).isNotEqualTo(dossiers(2L, 20));
  }

  @Test
  void split_isReproducibleFromItsSeed() {
    CitizenGenerator parent = CitizenGenerator.withSeed(9L);
    CitizenGenerator child = parent.split();
    CitizenGenerator fromSeed = CitizenGenerator.withSeed(child.seed());
    assertThat(Records.render(fromSeed.citizen())).isEqualTo(Records.render(child.citizen()));
    assertThat(child.toString()).isEqualTo("CitizenGenerator[seed=" + child.seed() + ']');
    OrganisationGenerator firms = OrganisationGenerator.withSeed(9L).split();
    assertThat(Records.render(OrganisationGenerator.withSeed(firms.seed()).enterprise()))
        .isEqualTo(Records.render(firms.enterprise()));
    DossierGenerator dossiers = DossierGenerator.withSeed(9L).split();
    assertThat(DossierGenerator.withSeed(dossiers.seed()).dossiers(FIRST_DAY, FIRST_DAY, 5).map(Records::render))
        .containsExactlyElementsOf(dossiers.dossiers(FIRST_DAY, FIRST_DAY, 5).map(Records::render).toList());
  }

  @Test
  void golden_citizens_haveTheCommittedHash() {
    List<String> lines = citizens(GOLDEN_SEED, 300);
    assertThat(IdentifierGeneratorDeterminismTest.sha256(lines)).as("first: %s", lines.get(0))
        .isEqualTo(GOLDEN_CITIZENS);
  }

  @Test
  void golden_organisations_haveTheCommittedHash() {
    List<String> lines = organisations(GOLDEN_SEED, 300);
    assertThat(IdentifierGeneratorDeterminismTest.sha256(lines)).as("first: %s", lines.get(0))
        .isEqualTo(GOLDEN_ORGANISATIONS);
  }

  @Test
  void golden_dossiersAndResults_haveTheCommittedHash() {
    List<String> lines = dossiers(GOLDEN_SEED, 500);
    assertThat(IdentifierGeneratorDeterminismTest.sha256(lines)).as("first: %s", lines.get(0))
        .isEqualTo(GOLDEN_DOSSIERS);
  }
}
