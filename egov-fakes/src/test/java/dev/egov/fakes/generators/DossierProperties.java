package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.Pause;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.TimeWindow;
import dev.egov.model.calendar.Timeliness;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierLifecycle;
import dev.egov.model.dossier.StatusChange;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.DossierCode;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.result.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated dossier is valid, reachable under the lifecycle, dated consistently, due on working days as the
 * calendar computes, and the dossiers of a period look like a one-stop office's.
 *
 * <p>Two periods: one across the 1 July 2025 reform and the 2 September holidays, one across the Tết break of 2026.
 */
@Timeout(60)
class DossierProperties {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.civilService();
  private static final int BATCH = 100;

  /** A period of generated dossiers. */
  record Period(String name, long seed, LocalDate firstDay, LocalDate lastDay, int count) {
    Instant start() {
      return DossierStream.instant(firstDay, 0);
    }

    Instant end() {
      return DossierStream.instant(lastDay.plusDays(1), 0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final Period REFORM = new Period("summer 2025", 0x5EED_D055L, LocalDate.of(2025, 6, 16),
      LocalDate.of(2025, 9, 15), 4000);
  static final Period TET = new Period("Tết 2026", 0x5EED_7E7L, LocalDate.of(2026, 1, 26),
      LocalDate.of(2026, 3, 6), 2000);

  private static final Map<Period, List<Dossier>> GENERATED = new HashMap<>();

  static synchronized List<Dossier> generated(Period period) {
    return GENERATED.computeIfAbsent(period, p -> DossierGenerator.withSeed(p.seed())
        .dossiers(p.firstDay(), p.lastDay(), p.count())
        .collect(Collectors.toUnmodifiableList()));
  }

  /** Both periods in batches of {@value #BATCH}; the period's seed and the dossier's position reproduce a case. */
  static Stream<Arguments> dossiers() {
    List<Arguments> arguments = new ArrayList<>();
    for (Period period : List.of(REFORM, TET)) {
      List<List<Dossier>> batches = Identifiers.batches(generated(period), BATCH);
      for (int b = 0; b < batches.size(); b++) {
        arguments.add(Arguments.of(period, b, batches.get(b)));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void dossier_anyGenerated_passesValidation(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      assertThat(Records.violations(d)).as(where(period, batch, i, d)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void dossier_anyGenerated_isReachableUnderTheLifecycle(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      String where = where(period, batch, i, d);
      // Replay the history on the dossier as submitted: every move must be one the lifecycle allows.
      Dossier replay = d.toBuilder()
          .status(DossierStatus.SUBMITTED)
          .processing(d.processing().withStatusHistory(List.of()))
          .timeline(d.timeline().withReceivedAt(null).withDueAt(null).withFinishedAt(null).withReturnedAt(null).withRefusedAt(null))
          .pauses(d.pauses().withSupplements(List.of()).withFinancialObligations(List.of()))
          .documents(d.documents().withResults(List.of()))
          .build();
      DossierStatus previous = DossierStatus.SUBMITTED;
      for (StatusChange change : d.processing().statusHistory()) {
        assertThat(DossierLifecycle.isAllowed(previous, change.status())).as(where).isTrue();
        replay = replay.move(change.status(), change.at()).dossier();
        previous = change.status();
      }
      assertThat(replay.status()).as(where).isEqualTo(d.status());
      assertThat(replay.timeline().receivedAt()).as(where).isEqualTo(d.timeline().receivedAt());
      assertThat(replay.timeline().finishedAt()).as(where).isEqualTo(d.timeline().finishedAt());
      assertThat(replay.timeline().returnedAt()).as(where).isEqualTo(d.timeline().returnedAt());
      assertThat(replay.timeline().refusedAt()).as(where).isEqualTo(d.timeline().refusedAt());
      assertThat(replay.pauses().supplements()).as(where).hasSameSizeAs(d.pauses().supplements());
      assertThat(replay.pauses().financialObligations()).as(where).hasSameSizeAs(d.pauses().financialObligations());
    }
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void dossier_anyGenerated_hasItsInstantsInOrderWithinThePeriod(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      String where = where(period, batch, i, d);
      Instant submitted = d.timeline().submittedAt();
      assertThat(submitted).as(where).isNotNull().isBetween(period.start(), period.end());
      Instant previous = submitted;
      for (StatusChange change : d.processing().statusHistory()) {
        assertThat(change.at()).as(where).isAfterOrEqualTo(previous).isBefore(period.end());
        previous = change.at();
      }
      if (d.timeline().receivedAt() != null) {
        assertThat(d.timeline().receivedAt()).as(where).isAfterOrEqualTo(submitted).isBefore(period.end());
        assertThat(CALENDAR.isWorkingDay(DossierStream.localDate(d.timeline().receivedAt()))).as(where).isTrue();
        assertThat(withinOfficeHours(DossierStream.localTime(d.timeline().receivedAt())))
            .as(where + ": received in office hours").isTrue();
      }
      if (d.timeline().finishedAt() != null) {
        assertThat(d.timeline().finishedAt()).as(where).isAfterOrEqualTo(d.timeline().receivedAt()).isBefore(period.end());
      }
      if (d.timeline().returnedAt() != null) {
        assertThat(d.timeline().returnedAt()).as(where).isAfterOrEqualTo(d.timeline().finishedAt()).isBefore(period.end());
      }
      assertThat(d.timeline().refusedAt() != null).as(where).isEqualTo(d.status() == DossierStatus.NOT_RECEIVED);
      assertThat(d.timeline().receivedAt() != null).as(where).isEqualTo(d.timeline().dueAt() != null);
      assertThat(d.code().receiptDate()).as(where).isEqualTo(DossierStream.localDate(submitted));
      if (d.submission().effectiveChannel() != Channel.ONLINE) {
        assertThat(CALENDAR.isOpen(submitted)).as(where + ": handed in during office hours").isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void dossier_anyGenerated_isDueWhenTheCalendarSays(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      String where = where(period, batch, i, d);
      List<Instant> dueDates = new ArrayList<>();
      if (d.timeline().dueAt() != null) {
        dueDates.add(d.timeline().dueAt());
      }
      for (SupplementRequest s : d.pauses().supplements()) {
        Optional.ofNullable(s.dueBefore()).ifPresent(dueDates::add);
        Optional.ofNullable(s.dueAfter()).ifPresent(dueDates::add);
      }
      for (Instant due : dueDates) {
        LocalDate day = DossierStream.localDate(due);
        assertThat(CALENDAR.isWorkingDay(day)).as(where + ": due " + due + " on a working day").isTrue();
        assertThat(withinOfficeHours(DossierStream.localTime(due))).as(where + ": due " + due).isTrue();
      }
      if (d.timeline().receivedAt() == null) {
        continue;
      }
      // The due date is the default rule's, from reception, moved by every pause since reception.
      ProcessingTime time = SampleProcedures.find(d.procedure().code()).orElseThrow()
          .statutoryTime(d.submission().effectiveChannel()).orElseThrow();
      List<Pause> pauses = new ArrayList<>();
      for (Pause pause : d.pauses().all()) {
        if (!pause.start().isBefore(d.timeline().receivedAt())) {
          pauses.add(pause);
        }
      }
      Optional<Instant> expected = DueDateRule.of(CALENDAR, time).history(d.timeline().receivedAt(), pauses).currentDueDate();
      // Unless the clock is still paused, or a financial obligation ended with the dossier (finished, stopped or
      // withdrawn at once), which the lifecycle records without moving the due date.
      boolean paused = !pauses.isEmpty() && pauses.get(pauses.size() - 1).end() == null;
      boolean endedWithAnObligation = d.pauses().financialObligations().stream()
          .anyMatch(f -> f.fulfilledAt() != null && Objects.equals(f.dueAfter(), f.dueBefore()));
      if (!paused && !endedWithAnObligation) {
        assertThat(expected).as(where).contains(d.timeline().dueAt());
      }
    }
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void dossier_anyGenerated_fitsItsProcedureAndApplicant(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      String where = where(period, batch, i, d);
      Procedure procedure = SampleProcedures.find(d.procedure().code()).orElseThrow();
      assertThat(d.procedure().name()).as(where).isEqualTo(procedure.name());
      assertThat(procedure.statutoryTime(d.submission().effectiveChannel())).as(where).isPresent();
      if (d.applicant().type().equals(ApplicantType.CITIZEN)) {
        assertThat(d.applicant().personalId()).as(where).isPresent();
        assertThat(d.applicant().documentNumber()).as(where).isEqualTo(d.applicant().personalId().get().format());
      } else {
        assertThat(d.applicant().type()).as(where).isEqualTo(ApplicantType.ENTERPRISE);
        assertThat(d.applicant().taxIdentifier()).as(where).isPresent();
        assertThat(d.representative()).as(where).isNotNull();
      }
      AdministrativeEra era = AdministrativeEra.asOf(DossierStream.localDate(
          d.timeline().receivedAt() != null ? d.timeline().receivedAt() : d.timeline().submittedAt()));
      assertThat(d.applicant().address().era()).as(where).isEqualTo(era);
      for (var document : d.documents().results()) {
        assertThat(procedure.declaresResult(document.resultCode())).as(where).isTrue();
      }
      if (d.documents().hasElectronicResult()) {
        assertThat(d.status()).as(where).isEqualTo(DossierStatus.RESULT_RETURNED);
      }
      if (d.payment().onlinePayment() != null) {
        assertThat(d.submission().effectiveChannel()).as(where).isEqualTo(Channel.ONLINE);
        assertThat(d.payment().fees()).as(where).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void resultOf_anyFinishedDossier_isValidAndCarriesTheHoldersIdentifier(
      Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      String where = where(period, batch, i, d);
      Optional<Result> result = DossierGenerator.resultOf(d);
      boolean finished = d.status() == DossierStatus.FINISHED || d.status() == DossierStatus.RESULT_RETURNED;
      assertThat(result.isPresent()).as(where).isEqualTo(finished);
      if (result.isEmpty()) {
        continue;
      }
      Result r = result.get();
      String withResult = where + " -> " + Records.render(r);
      assertThat(Records.violations(r)).as(withResult).isEmpty();
      assertThat(r.dossier()).as(withResult).isEqualTo(d.code());
      assertThat(r.issuedOn()).as(withResult).isEqualTo(DossierStream.localDate(d.timeline().finishedAt()));
      assertThat(DossierGenerator.resultOf(d)).as(withResult).contains(r);
      if (d.applicant().type().equals(ApplicantType.CITIZEN)) {
        assertThat(r.holder().personalId()).as(withResult).isNotNull();
      } else {
        assertThat(r.holder().taxIdentifier()).as(withResult).isNotNull();
      }
      if (d.documents().hasElectronicResult()) {
        assertThat(r.link()).as(withResult).isNotNull();
      }
    }
  }

  @Test
  void dossiers_ofAPeriod_haveUniqueCodesMintedInOrderPerAgencyAndDay() {
    for (Period period : List.of(REFORM, TET)) {
      Map<String, Integer> lastSequence = new HashMap<>();
      Set<DossierCode> codes = new HashSet<>();
      Instant previous = Instant.MIN;
      for (Dossier d : generated(period)) {
        assertThat(codes.add(d.code())).as("%s unique", d.code()).isTrue();
        assertThat(d.timeline().submittedAt()).as("in order of submission").isAfterOrEqualTo(previous);
        previous = d.timeline().submittedAt();
        String key = d.code().agency().fullForm() + '-' + d.code().receiptDate();
        int expected = lastSequence.getOrDefault(key, 0) + 1;
        assertThat(d.code().sequence()).as("%s follows %s", d.code(), expected - 1).isEqualTo(expected);
        lastSequence.put(key, expected);
      }
      assertThat(generated(period)).hasSize(period.count());
    }
  }

  @Test
  void dossiers_ofAPeriod_lookLikeAOneStopOffices() {
    List<Dossier> all = generated(REFORM);
    Map<DossierStatus, Integer> statuses = new HashMap<>();
    Map<Channel, Integer> channels = new HashMap<>();
    Map<Timeliness, Integer> timeliness = new EnumMap<>(Timeliness.class);
    int withSupplement = 0;
    int withTwoSupplements = 0;
    int withObligation = 0;
    int online = 0;
    int onlineWithElectronicResult = 0;
    int paidOnline = 0;
    int vneid = 0;
    int populationData = 0;
    int enterprises = 0;
    int legacyAddresses = 0;
    int openAtTheEnd = 0;
    for (Dossier d : all) {
      statuses.merge(d.status(), 1, Integer::sum);
      channels.merge(d.submission().effectiveChannel(), 1, Integer::sum);
      if (d.timeline().finishedAt() != null) {
        ProcessingTime time = SampleProcedures.find(d.procedure().code()).orElseThrow()
            .statutoryTime(d.submission().effectiveChannel()).orElseThrow();
        timeliness.merge(DueDateRule.of(CALENDAR, time).classify(d.timeline().dueAt(), d.timeline().finishedAt()), 1, Integer::sum);
      }
      withSupplement += d.pauses().supplements().isEmpty() ? 0 : 1;
      withTwoSupplements += d.pauses().supplements().size() >= 2 ? 1 : 0;
      withObligation += d.pauses().financialObligations().isEmpty() ? 0 : 1;
      if (d.submission().effectiveChannel() == Channel.ONLINE) {
        online++;
        onlineWithElectronicResult += d.documents().hasElectronicResult() ? 1 : 0;
      }
      paidOnline += d.payment().onlinePayment() != null ? 1 : 0;
      vneid += d.flags().statesVneidVerified() ? 1 : 0;
      // Only the online channel states VNeID verification; a counter's dossier leaves it unstated.
      assertThat(d.flags().vneidVerified() != null).as("VNeID stated for %s", d.submission().channel())
          .isEqualTo(d.submission().channel() == Channel.ONLINE);
      populationData += d.flags().nationalDatabases().contains(DossierGenerator.POPULATION_DATABASE) ? 1 : 0;
      enterprises += d.applicant().type().equals(ApplicantType.ENTERPRISE) ? 1 : 0;
      legacyAddresses += d.applicant().address().era() == AdministrativeEra.LEGACY_2004 ? 1 : 0;
      openAtTheEnd += DossierLifecycle.hasProcessingEnded(d) || d.status() == DossierStatus.WITHDRAWN ? 0 : 1;
    }
    int n = all.size();
    int finished = timeliness.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(share(channels.get(Channel.DIRECT), n)).as("in person").isBetween(0.44, 0.58);
    assertThat(share(channels.get(Channel.ONLINE), n)).as("online").isBetween(0.38, 0.52);
    assertThat(share(channels.get(Channel.POST), n)).as("by post").isBetween(0.02, 0.08);
    assertThat(share(timeliness.get(Timeliness.LATE), finished)).as("late").isBetween(0.02, 0.12);
    assertThat(share(timeliness.get(Timeliness.EARLY), finished)).as("early").isBetween(0.4, 0.8);
    assertThat(timeliness.get(Timeliness.ON_TIME)).as("on time").isPositive();
    assertThat(share(withSupplement, n)).as("with a supplement request").isBetween(0.03, 0.15);
    assertThat(withTwoSupplements).as("with two supplement requests").isPositive();
    assertThat(share(withObligation, n)).as("with a financial obligation").isBetween(0.03, 0.15);
    assertThat(share(onlineWithElectronicResult, online)).as("online with an electronic result").isBetween(0.4, 0.9);
    assertThat(paidOnline).as("paid online").isPositive();
    assertThat(vneid).as("VNeID-verified").isPositive();
    assertThat(populationData).as("consulting the population database").isPositive();
    assertThat(share(enterprises, n)).as("enterprise applicants").isBetween(0.03, 0.2);
    assertThat(legacyAddresses).as("addresses of the legacy catalogue").isBetween(n / 20, n / 2);
    assertThat(openAtTheEnd).as("still open at the end of the period").isBetween(n / 100, n / 5);
    for (DossierStatus status : List.of(DossierStatus.SUBMITTED, DossierStatus.NOT_RECEIVED,
        DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION,
        DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.FINISHED, DossierStatus.RESULT_RETURNED)) {
      assertThat(statuses.getOrDefault(status, 0)).as("dossiers at %s", status).isPositive();
    }
    assertThat(share(statuses.get(DossierStatus.RESULT_RETURNED), n)).as("returned").isBetween(0.6, 0.95);
  }

  @Test
  void dossiers_acrossTet_areOnlyOnlineOnClosedDays() {
    for (Dossier d : generated(TET)) {
      LocalDate day = DossierStream.localDate(d.timeline().submittedAt());
      if (!CALENDAR.isWorkingDay(day)) {
        assertThat(d.submission().effectiveChannel()).as("%s submitted on %s", d.code(), day).isEqualTo(Channel.ONLINE);
      }
    }
    long duringTheBreak = generated(TET).stream()
        .filter(d -> DossierStream.localDate(d.timeline().submittedAt()).isAfter(LocalDate.of(2026, 2, 13))
            && DossierStream.localDate(d.timeline().submittedAt()).isBefore(LocalDate.of(2026, 2, 23)))
        .count();
    assertThat(duringTheBreak).as("submitted during the Tết break").isPositive().isLessThan(generated(TET).size() / 20);
  }

  private static boolean withinOfficeHours(LocalTime time) {
    for (TimeWindow window : CALENDAR.officeHours()) {
      if (!time.isBefore(window.start()) && !time.isAfter(window.end())) {
        return true;
      }
    }
    return false;
  }

  private static double share(Integer part, int whole) {
    return part == null || whole == 0 ? 0 : (double) part / whole;
  }

  private static String where(Period period, int batch, int index, Dossier d) {
    return period + " batch " + batch + " #" + index + " (seed " + period.seed() + "): " + Records.render(d);
  }
}
