package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import dev.egov.json.business.BusinessRegistryJson;
import dev.egov.json.business.EnterpriseStatus;
import dev.egov.json.business.HeadOffice;
import dev.egov.json.business.RegistryAnswer;
import dev.egov.json.business.RegistryEnterprise;
import dev.egov.json.business.Representative;
import dev.egov.json.insurance.CardCheckAnswer;
import dev.egov.json.insurance.CardCheckRequest;
import dev.egov.json.insurance.CheckLog;
import dev.egov.json.insurance.HealthInsuranceJson;
import dev.egov.json.insurance.Visit;
import dev.egov.model.PartialDate;
import dev.egov.model.address.Address;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.TaxCode;
import dev.egov.model.organisation.LegalRepresentative;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.organisation.OrganisationKind;
import dev.egov.model.person.Citizen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated organisations through the business registry's answer, and generated citizens and cards through the
 * health-insurance card check: what is written reads back equal, the registry's view maps to the organisation it came
 * from (as far as the registry carries it), the visit history is dropped unless asked for, and no {@code toString}
 * shows a name, a number or a diagnosis.
 *
 * <p>A failure names its seed: {@code OrganisationGenerator.withSeed(seed)} and the others reproduce the records.
 */
@Timeout(60)
class RegistryAndCardCheckWireProperties {

  private static final BusinessRegistryJson REGISTRY = BusinessRegistryJson.get();
  private static final HealthInsuranceJson INSURANCE = HealthInsuranceJson.get();
  private static final HealthInsuranceJson WITH_VISITS = HealthInsuranceJson.builder().visitHistory(true).build();
  private static final int PER_SEED = 25;

  static LongStream seeds() {
    return LongStream.range(0, 20).map(i -> 0xB12L * 31 + i);
  }

  /** The registry's view of an organisation: what a registry answering for it would write. */
  static RegistryAnswer registryAnswer(Organisation o, int i, boolean envelope) {
    RegistryEnterprise main = new RegistryEnterprise((long) i + 1, o.taxIdentifier().format(), o.taxIdentifier(),
        o.name(), o.foreignName(), o.shortName(), new EnterpriseStatus(Integer.toString(i % 5), "Đang hoạt động"),
        null, null, "2015-03-12T00:00:00", null, BigDecimal.valueOf(i * 1_000_000L), i % 7);
    Address a = o.address();
    HeadOffice office = a == null ? null
        : new HeadOffice(null, null, null, a.provinceName(), a.districtName(), a.communeName(), a.detail(), null);
    LegalRepresentative r = o.legalRepresentative();
    List<Representative> reps = r == null ? List.of()
        : List.of(new Representative(r.name().fullName(), null,
            r.personalId() != null ? r.personalId().format() : r.legacyIdCard() == null ? null
                : r.legacyIdCard().format(), null, null, null, null, null, "Việt Nam"));
    AnswerStatus status = new AnswerStatus(AnswerStatus.Outcome.SUCCESS, ResultCode.ofNumber(1),
        envelope ? "Thành công" : null, null);
    return new RegistryAnswer(envelope ? RegistryAnswer.Shape.ENVELOPE : RegistryAnswer.Shape.DATA, status,
        envelope ? 1 : null, 1, main, office, reps, reps.size() == 1 && i % 2 == 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedOrganisations_throughTheRegistryAnswer_readBackEqual_andMapBackToThemselves(long seed) {
    OrganisationGenerator firms = OrganisationGenerator.withSeed(seed);
    for (int i = 0; i < PER_SEED; i++) {
      Organisation o = firms.organisation();
      RegistryAnswer answer = registryAnswer(o, i, i % 3 != 0);
      Decoded<RegistryAnswer> read = REGISTRY.decodeAnswer(REGISTRY.writeAnswer(answer));
      assertThat(read.unknownFields()).isEmpty();
      assertThat(read.value()).as("seed %d, #%d", seed, i).isEqualTo(answer);

      Organisation mapped = read.value().organisation().orElseThrow();
      assertThat(mapped.taxIdentifier()).isEqualTo(o.taxIdentifier());
      assertThat(mapped.kind()).isEqualTo(o.taxIdentifier() instanceof BranchTaxCode ? OrganisationKind.DEPENDENT_UNIT
          : o.taxIdentifier() instanceof TaxCode ? OrganisationKind.ENTERPRISE : OrganisationKind.HOUSEHOLD_BUSINESS);
      if (o.taxIdentifier() instanceof BranchTaxCode branch) {
        assertThat(((BranchTaxCode) mapped.taxIdentifier()).parent()).isEqualTo(branch.parent());
      }
      assertThat(mapped.name()).isEqualTo(o.name());
      assertThat(mapped.foreignName()).isEqualTo(o.foreignName());
      assertThat(mapped.shortName()).isEqualTo(o.shortName());
      if (o.address() != null && o.address().provinceName() != null) {
        assertThat(mapped.address().provinceName()).isEqualTo(o.address().provinceName());
        assertThat(mapped.address().communeName()).isEqualTo(o.address().communeName());
        assertThat(mapped.address().detail()).isEqualTo(o.address().detail());
      }
      if (o.legalRepresentative() != null) {
        LegalRepresentative r = mapped.legalRepresentative();
        assertThat(r.name().fullName()).isEqualTo(o.legalRepresentative().name().fullName());
        assertThat(r.personalId()).isEqualTo(o.legalRepresentative().personalId());
        assertThat(r.legacyIdCard()).isEqualTo(o.legalRepresentative().legacyIdCard());
        assertThat(read.value().toString() + read.value().representatives())
            .doesNotContain(o.legalRepresentative().name().fullName());
        if (r.personalId() != null) {
          assertThat(read.value().representatives().toString()).doesNotContain(r.personalId().format());
        }
      }
    }
  }

  static String birthDate(PartialDate d) {
    return d.day().isPresent()
        ? String.format(Locale.ROOT, "%02d/%02d/%04d", d.day().getAsInt(), d.month().getAsInt(), d.year().getAsInt())
        : String.format(Locale.ROOT, "%04d", d.year().getAsInt());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedCitizensAndCards_throughTheCardCheck_readBackEqual_visitsOnlyWhenAskedFor(long seed) {
    CitizenGenerator citizens = CitizenGenerator.withSeed(seed);
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    for (int i = 0; i < PER_SEED; i++) {
      Citizen c = citizens.citizen();
      if (!c.birthDate().year().isPresent() || c.personalId() == null) {
        continue;
      }
      var card = ids.healthInsuranceCardCode();
      CardCheckRequest request = c.birthDate().day().isPresent()
          ? CardCheckRequest.of(card, c.name().fullName(), c.birthDate().toLocalDate().orElseThrow(),
              "Cán Bộ Kiểm Tra", ids.personalIdNumber())
          : CardCheckRequest.of(card, c.name().fullName(), Year.of(c.birthDate().year().getAsInt()),
              "Cán Bộ Kiểm Tra", ids.personalIdNumber());
      assertThat(request.birthDate()).isEqualTo(birthDate(c.birthDate()));
      assertThat(INSURANCE.decodeCardCheckRequest(INSURANCE.writeCardCheckRequest(request)).value())
          .isEqualTo(request);
      assertThat(request.toString()).doesNotContain(c.name().fullName()).doesNotContain(card.format());

      String code = List.of("000", "003", "010", "070", "124", "777").get(i % 6);
      CardCheckAnswer answer = new CardCheckAnswer(
          new AnswerStatus(code.startsWith("00") ? AnswerStatus.Outcome.SUCCESS : AnswerStatus.Outcome.FAILURE,
              ResultCode.of(code), "ghi chú " + i, null),
          card.format(), c.name().fullName(), request.birthDate(), null, c.sex().toString(), "01001", null,
          "01/01/2026", "31/12/2026", null, null, card.socialInsuranceNumber().format(), null, null, null, null,
          List.of(new Visit(Integer.toString(i), "01001", "Bệnh viện " + i, "202611020830", "202611021015",
              "Chẩn đoán số " + i, "1", "1")),
          List.of(new CheckLog("kiemtra", "202611020825", null, code)));
      byte[] written = WITH_VISITS.writeCardCheckAnswer(answer);
      assertThat(WITH_VISITS.decodeCardCheckAnswer(written).value()).as("seed %d, #%d", seed, i).isEqualTo(answer);
      CardCheckAnswer byDefault = INSURANCE.decodeCardCheckAnswer(written).value();
      assertThat(byDefault).isEqualTo(answer.withoutVisits());
      assertThat(byDefault.result().orElseThrow().code()).isEqualTo(code);
      assertThat(answer.toString()).doesNotContain("Chẩn đoán").doesNotContain(c.name().fullName())
          .doesNotContain(card.format());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCardCheckFromAGeneratedDate_writesTheDayFirst(long seed) {
    LocalDate day = LocalDate.of(1930, 1, 1).plusDays(seed % 30_000);
    IdentifierGenerator ids = IdentifierGenerator.withSeed(seed);
    CardCheckRequest r = CardCheckRequest.of(ids.healthInsuranceCardCode(), "Nguyễn Văn An", day, "Trần Thị Bình",
        ids.personalIdNumber());
    assertThat(r.birthDate()).isEqualTo(String.format(Locale.ROOT, "%02d/%02d/%04d", day.getDayOfMonth(),
        day.getMonthValue(), day.getYear()));
  }
}
