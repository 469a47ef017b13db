package dev.egov.indicators;

import static dev.egov.indicators.Fixtures.BIRTH;
import static dev.egov.indicators.Fixtures.CERTIFICATE;
import static dev.egov.indicators.Fixtures.DEPARTMENT;
import static dev.egov.indicators.Fixtures.LAND;
import static dev.egov.indicators.Fixtures.WARD;
import static dev.egov.indicators.Fixtures.code;
import static dev.egov.indicators.Fixtures.finished;
import static dev.egov.indicators.Fixtures.mixed;
import static dev.egov.indicators.Fixtures.processing;
import static dev.egov.indicators.Fixtures.submitted;
import static dev.egov.indicators.Fixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.Procedure;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IndicatorAccumulatorTest {

  private static final IndicatorCalculator MARCH = Fixtures.march().build();


  // ---- Period ----

  @Test
  void accept_periodMembership_byReceiptElseSubmission() {
    Dossier receivedAtStart = processing(
        submitted(1).timeline(submitted(1).build().timeline().withSubmittedAt(vn("2026-02-28T20:00"))).build(), "2026-03-01T00:00", "2026-03-04T17:00");
    Dossier receivedAtEnd = processing(2, "2026-04-01T00:00", "2026-04-06T17:00");
    Dossier submittedInReceivedAfter = processing(3, "2026-04-01T08:00", "2026-04-06T17:00");
    Dossier submittedBeforeReceivedIn = processing(
        submitted(4).timeline(submitted(4).build().timeline().withSubmittedAt(vn("2026-02-27T10:00"))).build(), "2026-03-02T08:00", "2026-03-05T08:00");
    Dossier notReceivedSubmittedIn = submitted(5).build();
    Dossier notReceivedSubmittedBefore = submitted(6).timeline(submitted(6).build().timeline().withSubmittedAt(vn("2026-02-28T23:59"))).build();
    Dossier undated = submitted(7).timeline(submitted(7).build().timeline().withSubmittedAt(null)).build();

    IndicatorReport report = MARCH.compute(Stream.of(receivedAtStart, receivedAtEnd, submittedInReceivedAfter,
        submittedBeforeReceivedIn, notReceivedSubmittedIn, notReceivedSubmittedBefore, undated));

    assertThat(report.overall().dossiers()).isEqualTo(3);
    assertThat(report.overall().received()).isEqualTo(2);
    assertThat(report.overall().onTime().count(OnTimeOutcome.NOT_RECEIVED)).isEqualTo(1);
    assertThat(report.outsidePeriod()).isEqualTo(3);
    assertThat(report.undated().codes()).containsExactly(code(WARD, 7));
    assertThat(MARCH.inPeriod(receivedAtStart)).isTrue();
    assertThat(MARCH.inPeriod(receivedAtEnd)).isFalse();
    assertThat(MARCH.inPeriod(notReceivedSubmittedIn)).isTrue();
    assertThat(MARCH.inPeriod(undated)).isFalse();
  }

  // ---- Rows ----

  @Test
  void report_rowsPerAgencyAndProcedure_sortedByCode() {
    List<Dossier> dossiers = mixed();
    Collections.shuffle(dossiers, new Random(7));

    IndicatorReport report = MARCH.compute(dossiers.stream());

    assertThat(report.agencies()).extracting(IndicatorRow::code).containsExactly("000.00.06.H56", "000.00.22.H29");
    assertThat(report.procedures()).extracting(IndicatorRow::code)
        .containsExactly("1.001193", "1.004000", "2.000001");
    assertThat(report.agencies()).extracting(IndicatorRow::scope).containsOnly(IndicatorRow.Scope.AGENCY);
    assertThat(report.agency(DEPARTMENT).orElseThrow().dossiers()).isEqualTo(4);
    assertThat(report.agency(WARD).orElseThrow().dossiers()).isEqualTo(9);
    assertThat(report.procedure(LAND).orElseThrow().dossiers()).isEqualTo(3);
    assertThat(report.procedure(ProcedureCode.parse("1.999999"))).isEmpty();
    assertThat(report.overall().dossiers()).isEqualTo(13);
    assertThat(report.agencies().stream().mapToLong(IndicatorRow::dossiers).sum()).isEqualTo(13);
    assertThat(report.procedures().stream().mapToLong(r -> r.onTime().rate().denominator()).sum())
        .isEqualTo(report.overall().onTime().rate().denominator());
  }

  @Test
  void report_agencyInShortForm_groupedWithItsFullForm() {
    Dossier shortForm = finished(DEPARTMENT, 1, BIRTH, "2026-03-04T10:00").toBuilder()
        .submission(finished(DEPARTMENT, 1, BIRTH, "2026-03-04T10:00").submission().withReceivingAgency(AgencyCode.parseLenient("H29.22")))
        .build();
    Dossier fullForm = finished(WARD, 2, BIRTH, "2026-03-04T10:00");

    IndicatorReport report = MARCH.compute(Stream.of(shortForm, fullForm));

    assertThat(report.agencies()).singleElement()
        .satisfies(row -> assertThat(row.code()).isEqualTo("000.00.22.H29"))
        .satisfies(row -> assertThat(row.dossiers()).isEqualTo(2));
  }

  // ---- Listed codes ----

  @Test
  void report_moreLateDossiersThanListed_firstCodesInCodeOrderAndTotal() {
    IndicatorCalculator three = Fixtures.march().listedCodes(3).build();
    List<Dossier> late = new ArrayList<>();
    for (int i = 10; i >= 1; i--) {
      late.add(finished(WARD, i, BIRTH, "2026-03-09T10:00"));
    }

    CodeSample against = three.compute(late.stream()).overall().onTime().against();

    assertThat(against.codes()).containsExactly(code(WARD, 1), code(WARD, 2), code(WARD, 3));
    assertThat(against.total()).isEqualTo(10);
    assertThat(against.omitted()).isEqualTo(7);
    assertThat(against.isComplete()).isFalse();
  }

  @Test
  void report_noCodesListed_countsOnly() {
    IndicatorCalculator none = Fixtures.march().listedCodes(0).build();

    CodeSample against = none.compute(Stream.of(finished(WARD, 1, BIRTH, "2026-03-09T10:00"))).overall().onTime()
        .against();

    assertThat(against.codes()).isEmpty();
    assertThat(against.total()).isEqualTo(1);
  }

  // ---- Combining ----

  @Test
  void combine_splitAnyWay_equalsOneAccumulator() {
    List<Dossier> dossiers = mixed();
    IndicatorReport whole = MARCH.compute(dossiers.iterator());

    for (int split = 0; split <= dossiers.size(); split += 3) {
      IndicatorAccumulator left = MARCH.newAccumulator();
      IndicatorAccumulator right = MARCH.newAccumulator();
      dossiers.subList(0, split).forEach(left);
      dossiers.subList(split, dossiers.size()).forEach(right);

      assertThat(right.combine(left).report()).as("split at %d", split).isEqualTo(whole);
    }
  }

  @Test
  void compute_parallelStream_equalsSequential() {
    List<Dossier> dossiers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int round = i;
      dossiers.addAll(mixed().stream()
          .map(d -> d.toBuilder().code(code(round % 2 == 0 ? WARD : DEPARTMENT, d.code().sequence() + 100 * round))
              .build())
          .toList());
    }

    assertThat(MARCH.compute(dossiers.parallelStream())).isEqualTo(MARCH.compute(dossiers.stream()));
  }

  @Test
  void combine_withItself_throws() {
    IndicatorAccumulator accumulator = MARCH.newAccumulator();

    assertThatThrownBy(() -> accumulator.combine(accumulator))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("itself");
  }

  @Test
  void combine_anotherCalculatorWithEqualSettings_equalsOneAccumulator() {
    List<Dossier> dossiers = mixed();
    IndicatorAccumulator left = MARCH.newAccumulator();
    IndicatorAccumulator right = Fixtures.march().build().newAccumulator();   // another machine's, say
    dossiers.subList(0, 7).forEach(left);
    dossiers.subList(7, dossiers.size()).forEach(right);

    assertThat(left.combine(right).report()).isEqualTo(MARCH.compute(dossiers.stream()));
  }

  @Test
  void combine_anotherCalculatorWithOtherSettings_throwsNamingTheSetting() {
    IndicatorAccumulator accumulator = MARCH.newAccumulator();
    IndicatorAccumulator other = Fixtures.march().listedCodes(3).build().newAccumulator();

    assertThatThrownBy(() -> accumulator.combine(other))
        .isInstanceOfSatisfying(IndicatorStateException.class,
            e -> assertThat(e.reason()).isSameAs(IndicatorStateException.Reason.SETTINGS_MISMATCH))
        .hasMessageContaining("listedCodes");
  }

  @Test
  void report_thenMoreDossiers_laterReportIncludesThem() {
    IndicatorAccumulator accumulator = MARCH.newAccumulator();
    accumulator.accept(finished(WARD, 1, BIRTH, "2026-03-04T10:00"));
    IndicatorReport first = accumulator.report();
    accumulator.accept(finished(WARD, 2, BIRTH, "2026-03-09T10:00"));

    assertThat(first.overall().onTime().rate()).isEqualTo(Rate.of(1, 1));
    assertThat(accumulator.report().overall().onTime().rate()).isEqualTo(Rate.of(1, 2));
  }

  // ---- Procedure lookup ----

  @Test
  void accept_procedureLookup_calledOncePerCode() {
    Map<ProcedureCode, AtomicInteger> calls = new ConcurrentHashMap<>();
    Function<ProcedureCode, Optional<Procedure>> lookup = code -> {
      calls.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
      return Optional.ofNullable(Fixtures.CATALOGUE.get(code));
    };
    IndicatorCalculator calculator = IndicatorCalculator.builder()
        .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).procedures(lookup).build();

    calculator.compute(mixed().iterator());

    assertThat(calls).hasSize(3).allSatisfy((code, n) -> assertThat(n.get()).isEqualTo(1));
  }

  @Test
  void accept_procedureLookupReturnsNull_throwsNamingTheCode() {
    IndicatorCalculator broken = IndicatorCalculator.builder()
        .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).procedures(code -> null).build();
    IndicatorAccumulator accumulator = broken.newAccumulator();
    Dossier dossier = finished(WARD, 1, BIRTH, "2026-03-04T10:00");

    assertThatThrownBy(() -> accumulator.accept(dossier))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("1.001193");
  }

  // ---- Streaming ----

  private static final Applicant APPLICANT = Applicant.citizen("Trần Văn An", PersonalIdNumber.parse("079303001234"));

  private static final AgencyCode[] AGENCIES = IntStream.rangeClosed(1, 20)
      .mapToObj(n -> AgencyCode.parse("000.00." + (n < 10 ? "0" : "") + n + ".H29")).toArray(AgencyCode[]::new);
  private static final LocalDate[] DAYS = {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4)};
  private static final Instant[] MORNINGS = {vn("2026-03-02T08:00"), vn("2026-03-03T08:00"), vn("2026-03-04T08:00")};
  private static final ProcedureRef[] PROCEDURES = {ProcedureRef.of(BIRTH), ProcedureRef.of(CERTIFICATE),
      ProcedureRef.of(LAND)};

  /** A simple finished dossier: 20 agencies, 3 procedures, every seventh late, every other online. */
  private static Dossier simple(int i) {
    int day = i / 9_999 % 3;
    Instant received = MORNINGS[day];
    Instant due = received.plusSeconds(2 * 86_400);
    Instant finished = received.plusSeconds(i % 7 == 0 ? 4 * 86_400 : 86_400);
    return Dossier.builder()
        .code(DossierCode.of(AGENCIES[i % 20], DAYS[day], 1 + i % 9_999))
        .procedure(PROCEDURES[i % 3])
        .applicant(APPLICANT)
        .submission(DossierSubmission.via(i % 2 == 0 ? Channel.ONLINE : Channel.DIRECT))
        .status(DossierStatus.FINISHED)
        .timeline(DossierTimeline.submittedAt(received).withReceivedAt(received).withDueAt(due).withFinishedAt(finished))
        .flags(new DossierFlags(i % 2 == 0, false, List.of()))
        .build();
  }

  @Test
  void compute_hundredThousandGeneratedDossiers_streamsWithinBudget() {
    // The budget is the CPU time of this JVM (tests run one at a time), compiler and collector included: developers'
    // machines run several builds at once, and wall time there measures the neighbours. The class timeout still
    // guards against a hang.
    long wallStart = System.nanoTime();
    Optional<Duration> cpuStart = ProcessHandle.current().info().totalCpuDuration();

    IndicatorReport report = MARCH.compute(IntStream.range(0, 100_000).mapToObj(IndicatorAccumulatorTest::simple));

    Duration spent = cpuStart.isPresent()
        ? ProcessHandle.current().info().totalCpuDuration().orElseThrow().minus(cpuStart.get())
        : Duration.ofNanos(System.nanoTime() - wallStart);
    assertThat(spent).isLessThan(Duration.ofSeconds(5));

    IndicatorRow overall = report.overall();
    long late = IntStream.range(0, 100_000).filter(i -> i % 7 == 0).count();
    assertThat(overall.dossiers()).isEqualTo(100_000);
    assertThat(overall.onTime().rate()).isEqualTo(Rate.of(100_000 - late, 100_000));
    assertThat(overall.onTime().against().total()).isEqualTo(late);
    assertThat(overall.onTime().against().codes()).hasSize(IndicatorCalculator.DEFAULT_LISTED_CODES);
    // Online and for the procedure without a declared result (no result yet): i ≡ 4 (mod 6).
    long online = IntStream.range(0, 100_000).filter(i -> i % 6 == 4).count();
    assertThat(overall.online().rate()).isEqualTo(Rate.of(online, 100_000));
    assertThat(overall.digitisedComponents().rate()).isEqualTo(Rate.of(50_000, 100_000));
    assertThat(overall.processingTime().dossiers()).isEqualTo(100_000);
    assertThat(report.agencies()).hasSize(20);
    assertThat(report.procedures()).hasSize(3);
  }

  @Test
  void accept_dossiersFed_notRetained() throws InterruptedException {
    IndicatorAccumulator accumulator = MARCH.newAccumulator();
    List<WeakReference<Dossier>> fed = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Dossier dossier = simple(i);
      fed.add(new WeakReference<>(dossier));
      accumulator.accept(dossier);
    }

    for (int attempt = 0; attempt < 20 && fed.stream().anyMatch(r -> r.get() != null); attempt++) {
      System.gc();
      Thread.sleep(10);
    }

    assertThat(fed).allSatisfy(reference -> assertThat(reference.get()).isNull());
    assertThat(accumulator.report().overall().dossiers()).isEqualTo(100);
  }
}
