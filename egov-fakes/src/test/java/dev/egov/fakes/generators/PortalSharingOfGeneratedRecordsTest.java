package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.json.ResultCode;
import dev.egov.json.portal.DossierLookup;
import dev.egov.json.portal.DossierLookupRequest;
import dev.egov.json.portal.PortalJson;
import dev.egov.json.portal.ProcedureRequest;
import dev.egov.json.portal.SharingAnswer;
import dev.egov.model.code.Channel;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.procedure.Procedure;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated records through the portal's sharing services: every generated dossier, as the look-up ({@code
 * TraCuuHoSo}) answers it, reads back as {@link PortalJson#lookupView}; every sample procedure, as {@code LayThuTuc}
 * answers it, reads back as {@link PortalJson#procedureView} and keeps its statutory time on every channel.
 */
@Timeout(120)
class PortalSharingOfGeneratedRecordsTest {

  private static final PortalJson PORTAL = PortalJson.get();
  private static final AnswerStatus OK = AnswerStatus.success(ResultCode.of("0"), null);
  private static final int SEEDS = 20;

  static LongStream seeds() {
    return LongStream.range(0, SEEDS).map(i -> 0x7AC0L * 31 + i);
  }

  static List<Dossier> dossiers(long seed) {
    return DossierGenerator.withSeed(seed).dossiers(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 3, 31), 10)
        .collect(Collectors.toUnmodifiableList());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void dossierLookup_ofGeneratedDossiers_readsBackAsTheLookupView(long seed) {
    List<Dossier> dossiers = dossiers(seed);
    List<DossierLookup> lookups = dossiers.stream().map(DossierLookup::of).toList();

    Decoded<SharingAnswer<DossierLookup>> read =
        PORTAL.decodeDossierLookupAnswer(PORTAL.writeDossierLookupAnswer(SharingAnswer.of(OK, lookups)));

    assertThat(read.unknownFields()).as("seed %d", seed).isEmpty();
    assertThat(read.value().items()).as("seed %d", seed)
        .containsExactlyElementsOf(lookups.stream().map(PortalJson::lookupView).toList());
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      DossierLookup back = read.value().items().get(i);
      assertThat(back.status()).isEqualTo(d.status());
      assertThat(back.dueAt()).isEqualTo(d.timeline().dueAt() == null ? null
          : d.timeline().dueAt().truncatedTo(ChronoUnit.SECONDS));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void dossierLookupRequest_ofGeneratedDossiers_readsBack(long seed) {
    for (Dossier d : dossiers(seed)) {
      DossierLookupRequest request = new DossierLookupRequest("session-" + seed, d.effectiveReceivingAgency(), d.code());

      assertThat(PORTAL.decodeDossierLookupRequest(PORTAL.writeDossierLookupRequest(request)).value())
          .isEqualTo(request);
    }
  }

  @Test
  void procedureAnswer_ofEverySampleProcedure_readsBackAsTheProcedureView() {
    List<Procedure> procedures = SampleProcedures.all();

    Decoded<SharingAnswer<Procedure>> read =
        PORTAL.decodeProcedureAnswer(PORTAL.writeProcedureAnswer(SharingAnswer.of(OK, procedures)));

    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value().items())
        .containsExactlyElementsOf(procedures.stream().map(PortalJson::procedureView).toList());
    for (int i = 0; i < procedures.size(); i++) {
      Procedure p = procedures.get(i);
      Procedure back = read.value().items().get(i);
      for (Channel c : List.of(Channel.DIRECT, Channel.ONLINE, Channel.POST)) {
        assertThat(back.statutoryTime(c)).as("%s on %s", p.code(), c).isEqualTo(p.statutoryTime(c));
      }
      assertThat(back.declaredResults()).isEqualTo(p.declaredResults());
      ProcedureRequest request = new ProcedureRequest("session", null, p.code());
      assertThat(PORTAL.decodeProcedureRequest(PORTAL.writeProcedureRequest(request)).value()).isEqualTo(request);
    }
  }
}
