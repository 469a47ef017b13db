package dev.egov.indicators;

import static dev.egov.indicators.Fixtures.BIRTH;
import static dev.egov.indicators.Fixtures.CERTIFICATE;
import static dev.egov.indicators.Fixtures.ELECTRONIC_RESULT;
import static dev.egov.indicators.Fixtures.PAPER_RESULT;
import static dev.egov.indicators.Fixtures.UNKNOWN;
import static dev.egov.indicators.Fixtures.code;
import static dev.egov.indicators.Fixtures.processing;
import static dev.egov.indicators.Fixtures.submitted;
import static dev.egov.indicators.Fixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.egov.model.code.Channel;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierDocuments;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierPayment;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.ProcedureCode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Indicators 2.2, 3.3, 3.6 and 4.1–4.5 over small sets of dossiers received in March 2026. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FiguresTest {

  private static final IndicatorCalculator MARCH = Fixtures.march().build();

  private static Dossier received(int sequence, ProcedureCode procedure, Channel channel) {
    return processing(submitted(sequence).procedure(ProcedureRef.of(procedure)).submission(submitted(sequence).build().submission().withChannel(channel)).build(),
        "2026-03-02T09:00", "2026-03-05T09:00");
  }

  private static Dossier withResults(Dossier dossier, DossierResultDocument... results) {
    return dossier.toBuilder().documents(dossier.documents().withResults(List.of(results))).build();
  }

  private static IndicatorRow overall(IndicatorCalculator calculator, Dossier... dossiers) {
    return calculator.compute(Stream.of(dossiers)).overall();
  }

  // ---- 3.3 Online ----

  @Test
  void online_channelAndElectronicResultForPaperResultProcedures_countsOnline() {
    Dossier onlineWithResult = withResults(received(1, BIRTH, Channel.ONLINE), ELECTRONIC_RESULT);
    Dossier onlineWithPaperResult = withResults(received(2, BIRTH, Channel.ONLINE), PAPER_RESULT);
    Dossier onlineNoResultNeeded = received(3, CERTIFICATE, Channel.ONLINE);
    Dossier directWithResult = withResults(received(4, BIRTH, Channel.DIRECT), ELECTRONIC_RESULT);
    Dossier onlineUnknownProcedure = received(5, UNKNOWN, Channel.ONLINE);
    Dossier notReceived = submitted(6).submission(submitted(6).build().submission().withChannel(Channel.ONLINE)).build();

    OnlineRateFigure online = overall(MARCH, onlineWithResult, onlineWithPaperResult, onlineNoResultNeeded,
        directWithResult, onlineUnknownProcedure, notReceived).online();

    assertThat(online.rate()).isEqualTo(Rate.of(2, 5));
    assertThat(online.against().codes()).containsExactly(code(Fixtures.WARD, 2), code(Fixtures.WARD, 4),
        code(Fixtures.WARD, 5));
    assertThat(online.percent().getAsDouble()).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void online_syncRateFactor_multipliesTheValueNotTheFraction() {
    IndicatorCalculator synced = Fixtures.march().syncRateFactor(0.5).build();

    OnlineRateFigure online = overall(synced, received(1, CERTIFICATE, Channel.ONLINE),
        received(2, CERTIFICATE, Channel.DIRECT)).online();

    assertThat(online.rate()).isEqualTo(Rate.of(1, 2));
    assertThat(online.syncRateFactor()).isEqualTo(0.5);
    assertThat(online.value().getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(online.percent().getAsDouble()).isCloseTo(25.0, within(1e-9));
  }

  @Test
  void online_noDossierReceived_noData() {
    OnlineRateFigure online = overall(MARCH, submitted(1).build()).online();

    assertThat(online.rate().hasData()).isFalse();
    assertThat(online.value()).isEmpty();
    assertThat(online.percent()).isEmpty();
  }

  // ---- 3.6 Online payment ----

  @Test
  void onlinePayment_overDossiersWithANonZeroFee() {
    Fee fee = Fee.of("Lệ phí", 50_000);
    Dossier national = received(1, BIRTH, Channel.ONLINE).toBuilder().payment(new DossierPayment(List.of(fee), OnlinePayment.NATIONAL_PLATFORM))
        .build();
    Dossier ownPortal = received(2, BIRTH, Channel.ONLINE).toBuilder().payment(new DossierPayment(List.of(fee), OnlinePayment.OWN_PORTAL))
        .build();
    Dossier unpaid = received(3, BIRTH, Channel.ONLINE).toBuilder().payment(new DossierPayment(List.of(fee), OnlinePayment.of("3")))
        .build();
    Dossier free = received(4, BIRTH, Channel.ONLINE).toBuilder().payment(new DossierPayment(List.of(Fee.of("Miễn phí", 0)), OnlinePayment.NATIONAL_PLATFORM))
        .build();
    Dossier noFees = received(5, BIRTH, Channel.ONLINE);
    Dossier cash = received(6, BIRTH, Channel.DIRECT).toBuilder()
        .payment(new DossierPayment(List.of(Fee.of("Phí", 0), Fee.of("Lệ phí", 20_000)), received(6, BIRTH, Channel.DIRECT).payment().onlinePayment()))
        .build();

    Figure payment = overall(MARCH, national, ownPortal, unpaid, free, noFees, cash).onlinePayment();

    assertThat(payment.rate()).isEqualTo(Rate.of(2, 4));
    assertThat(payment.against().codes()).containsExactly(code(Fixtures.WARD, 3), code(Fixtures.WARD, 6));
  }

  // ---- 4.1–4.4 Digitisation ----

  private static SubmittedDocument document(boolean deleted, boolean digitised, boolean fromDataRepository) {
    return new SubmittedDocument(null, "to-khai.pdf", deleted, "TP01", "https://dvc.example.vn/tl/1", digitised,
        false, fromDataRepository, null);
  }

  @Test
  void digitisation_eachIndicatorCountsItsFlags() {
    Dossier componentsAndResult = withResults(received(1, BIRTH, Channel.ONLINE), ELECTRONIC_RESULT).toBuilder()
        .flags(new DossierFlags(true, withResults(received(1, BIRTH, Channel.ONLINE), ELECTRONIC_RESULT).flags().vneidVerified(), withResults(received(1, BIRTH, Channel.ONLINE), ELECTRONIC_RESULT).flags().nationalDatabases()))
        .build();
    Dossier digitisedDocumentNoResult = received(2, BIRTH, Channel.ONLINE).toBuilder()
        .documents(new DossierDocuments(List.of(document(false, true, false)), received(2, BIRTH, Channel.ONLINE).documents().otherAttachments(), received(2, BIRTH, Channel.ONLINE).documents().results(), received(2, BIRTH, Channel.ONLINE).documents().resultDelivery()))
        .build();
    Dossier deletedDigitisedDocument = received(3, CERTIFICATE, Channel.ONLINE).toBuilder()
        .documents(new DossierDocuments(List.of(document(true, true, true)), received(3, CERTIFICATE, Channel.ONLINE).documents().otherAttachments(), received(3, CERTIFICATE, Channel.ONLINE).documents().results(), received(3, CERTIFICATE, Channel.ONLINE).documents().resultDelivery()))
        .build();
    Dossier componentsNoResultNeeded = received(4, CERTIFICATE, Channel.ONLINE).toBuilder()
        .flags(new DossierFlags(true, received(4, CERTIFICATE, Channel.ONLINE).flags().vneidVerified(), received(4, CERTIFICATE, Channel.ONLINE).flags().nationalDatabases()))
        .build();
    Dossier fromRepository = received(5, BIRTH, Channel.ONLINE).toBuilder()
        .documents(new DossierDocuments(List.of(document(false, false, true)), received(5, BIRTH, Channel.ONLINE).documents().otherAttachments(), received(5, BIRTH, Channel.ONLINE).documents().results(), received(5, BIRTH, Channel.ONLINE).documents().resultDelivery()))
        .build();

    IndicatorRow row = overall(MARCH, componentsAndResult, digitisedDocumentNoResult, deletedDigitisedDocument,
        componentsNoResultNeeded, fromRepository);

    // 4.1 only over procedures with a paper result (BIRTH): 1, 2, 5.
    assertThat(row.electronicResults().rate()).isEqualTo(Rate.of(1, 3));
    // 4.2 digitised and, for BIRTH, with an electronic result: 1 and 4.
    assertThat(row.digitisation().rate()).isEqualTo(Rate.of(2, 5));
    // 4.3 HoSoCoThanhPhanSoHoa or a live document with DuocSoHoa: 1, 2, 4.
    assertThat(row.digitisedComponents().rate()).isEqualTo(Rate.of(3, 5));
    // 4.4 a live document with DuocLayTuKhoDMQG: 5.
    assertThat(row.fromDataRepository().rate()).isEqualTo(Rate.of(1, 5));
    assertThat(row.fromDataRepository().against().codes()).doesNotContain(code(Fixtures.WARD, 5)).hasSize(4);
  }

  @Test
  void unstatedFlags_countAsNotMet_andAnUnstatedDeletionAsNotDeleted() {
    SubmittedDocument unstatedDocument =
        new SubmittedDocument(null, "to-khai.pdf", null, "TP01", null, null, null, null, null);
    SubmittedDocument liveDigitised =
        new SubmittedDocument(null, "to-khai.pdf", null, "TP01", null, true, null, true, null);
    Dossier unstated = received(1, CERTIFICATE, Channel.ONLINE).toBuilder()
        .flags(DossierFlags.NONE)
        .documents(new DossierDocuments(List.of(unstatedDocument), List.of(), List.of(), null))
        .build();
    Dossier statedFalse = received(2, CERTIFICATE, Channel.ONLINE).toBuilder()
        .flags(new DossierFlags(false, false, List.of())).build();
    Dossier deletionUnstated = received(3, CERTIFICATE, Channel.ONLINE).toBuilder()
        .flags(DossierFlags.NONE)
        .documents(new DossierDocuments(List.of(liveDigitised), List.of(), List.of(), null))
        .build();

    IndicatorRow row = overall(MARCH, unstated, statedFalse, deletionUnstated);

    // Unstated counts as "0": 1 and 2 in the denominators only; 3's document is live (IsDeleted not stated).
    assertThat(row.digitisedComponents().rate()).isEqualTo(Rate.of(1, 3));
    assertThat(row.fromDataRepository().rate()).isEqualTo(Rate.of(1, 3));
    assertThat(row.populationData().rate()).isEqualTo(Rate.of(1, 3));
    assertThat(row.populationData().against().codes())
        .containsExactlyInAnyOrder(code(Fixtures.WARD, 1), code(Fixtures.WARD, 2));
  }

  // ---- 4.5 Population data ----

  @Test
  void populationData_vneidRepositoryOrConfiguredDatabaseCode() {
    Dossier vneid = received(1, BIRTH, Channel.ONLINE).toBuilder().flags(new DossierFlags(received(1, BIRTH, Channel.ONLINE).flags().hasDigitisedComponents(), true, received(1, BIRTH, Channel.ONLINE).flags().nationalDatabases())).build();
    Dossier repository = received(2, BIRTH, Channel.ONLINE).toBuilder()
        .documents(new DossierDocuments(List.of(document(false, false, true)), received(2, BIRTH, Channel.ONLINE).documents().otherAttachments(), received(2, BIRTH, Channel.ONLINE).documents().results(), received(2, BIRTH, Channel.ONLINE).documents().resultDelivery()))
        .build();
    Dossier database7 = received(3, BIRTH, Channel.DIRECT).toBuilder()
        .flags(new DossierFlags(received(3, BIRTH, Channel.DIRECT).flags().hasDigitisedComponents(), received(3, BIRTH, Channel.DIRECT).flags().vneidVerified(), List.of(NationalDatabase.of("7"))))
        .build();
    Dossier database9 = received(4, BIRTH, Channel.DIRECT).toBuilder()
        .flags(new DossierFlags(received(4, BIRTH, Channel.DIRECT).flags().hasDigitisedComponents(), received(4, BIRTH, Channel.DIRECT).flags().vneidVerified(), List.of(NationalDatabase.of("9"))))
        .build();
    Dossier[] dossiers = {vneid, repository, database7, database9};

    Figure unconfigured = overall(MARCH, dossiers).populationData();
    Figure configured = overall(Fixtures.march().populationDatabases(NationalDatabase.of("7")).build(), dossiers)
        .populationData();

    assertThat(unconfigured.rate()).isEqualTo(Rate.of(2, 4));
    assertThat(configured.rate()).isEqualTo(Rate.of(3, 4));
    assertThat(configured.against().codes()).containsExactly(code(Fixtures.WARD, 4));
  }

  // ---- 2.2 Processing time ----

  @Test
  void processingTime_finishedDossiers_workingTimeLessPausesAgainstStatutory() {
    Dossier quick = received(1, BIRTH, Channel.DIRECT).finish(vn("2026-03-04T16:00")).dossier(); // 21 h
    Dossier paused = received(2, BIRTH, Channel.DIRECT).toBuilder() // 33 h less 16 h waiting
        .pauses(received(2, BIRTH, Channel.DIRECT).pauses().withSupplements(List.of(SupplementRequest.open(vn("2026-03-03T07:00"), "", List.of())
            .answered(vn("2026-03-05T07:00"), null))))
        .build().finish(vn("2026-03-06T10:00")).dossier();
    Dossier slow = received(3, BIRTH, Channel.DIRECT).finish(vn("2026-03-09T09:00")).dossier(); // 40 h
    Dossier unknown = received(4, UNKNOWN, Channel.DIRECT).finish(vn("2026-03-03T09:00")).dossier();
    Dossier open = received(5, BIRTH, Channel.DIRECT);
    Dossier finishedNextPeriod = processing(6, "2026-03-30T09:00", "2026-04-02T09:00") // 24 h, in April
        .finish(vn("2026-04-02T09:00")).dossier();

    ProcessingTimeFigure time = overall(MARCH, quick, paused, slow, unknown, open, finishedNextPeriod)
        .processingTime();

    assertThat(time.dossiers()).isEqualTo(4);
    assertThat(time.totalActual()).isEqualTo(Duration.ofHours(21 + 17 + 40 + 24));
    assertThat(time.totalStatutory()).isEqualTo(Duration.ofHours(4 * 24));
    assertThat(time.averageActual()).contains(Duration.ofMinutes(102 * 60 / 4));
    assertThat(time.averageStatutory()).contains(Duration.ofHours(24));
    assertThat(time.ratio().getAsDouble()).isCloseTo(102.0 / 96, within(1e-12));
    assertThat(time.against().codes()).containsExactly(code(Fixtures.WARD, 3));
    assertThat(time.notAssessable().codes()).containsExactly(code(Fixtures.WARD, 4));
  }

  @Test
  void processingTime_financialObligationWait_subtractedOnlyWhenConfigured() {
    Dossier dossier = received(1, BIRTH, Channel.DIRECT)
        .requestFinancialObligation(vn("2026-03-03T07:00"), "Lệ phí trước bạ").dossier()
        .financialObligationMet(vn("2026-03-05T07:00"), vn("2026-03-09T09:00")).dossier()
        .finish(vn("2026-03-06T10:00")).dossier();

    ProcessingTimeFigure byDefault = overall(MARCH, dossier).processingTime();
    ProcessingTimeFigure excluded =
        overall(Fixtures.march().excludeFinancialObligationTime(true).build(), dossier).processingTime();

    assertThat(byDefault.totalActual()).isEqualTo(Duration.ofHours(33));
    assertThat(excluded.totalActual()).isEqualTo(Duration.ofHours(17));
  }

  @Test
  void processingTime_noFinishedDossier_noData() {
    ProcessingTimeFigure time = overall(MARCH, received(1, BIRTH, Channel.DIRECT)).processingTime();

    assertThat(time.dossiers()).isZero();
    assertThat(time.averageActual()).isEmpty();
    assertThat(time.ratio()).isEmpty();
  }

  // ---- 2.1 in a report ----

  @Test
  void onTime_inReport_countsEachOutcomeAndListsLateAndUnassessable() {
    Dossier early = received(1, BIRTH, Channel.DIRECT).finish(vn("2026-03-03T09:00")).dossier();
    Dossier late = received(2, BIRTH, Channel.DIRECT).finish(vn("2026-03-06T09:00")).dossier();
    Dossier overdue = received(3, BIRTH, Channel.DIRECT);
    Dossier unassessable = submitted(4).procedure(ProcedureRef.of(UNKNOWN)).build().toBuilder()
        .timeline(submitted(4).procedure(ProcedureRef.of(UNKNOWN)).build().timeline().withReceivedAt(vn("2026-03-02T09:00")))
        .build();
    Dossier notReceived = submitted(5).build();

    OnTimeFigure onTime = overall(MARCH, early, late, overdue, unassessable, notReceived).onTime();

    assertThat(onTime.rate()).isEqualTo(Rate.of(1, 3));
    assertThat(onTime.count(OnTimeOutcome.EARLY)).isEqualTo(1);
    assertThat(onTime.count(OnTimeOutcome.LATE)).isEqualTo(1);
    assertThat(onTime.count(OnTimeOutcome.OVERDUE)).isEqualTo(1);
    assertThat(onTime.count(OnTimeOutcome.NOT_ASSESSABLE)).isEqualTo(1);
    assertThat(onTime.count(OnTimeOutcome.NOT_RECEIVED)).isEqualTo(1);
    assertThat(onTime.count(OnTimeOutcome.ON_TIME)).isZero();
    assertThat(onTime.against().codes()).containsExactly(code(Fixtures.WARD, 2), code(Fixtures.WARD, 3));
    assertThat(onTime.notAssessable().codes()).containsExactly(code(Fixtures.WARD, 4));
  }
}
