package dev.egov.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.SampleProcedures;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.id.ProcedureCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accumulators merge exactly: generated dossier streams (egov-fakes, seeded) split at random points into 1 to 8 parts
 * (empty parts included), each part accumulated by its own calculator, as on its own machine, its state round-tripped
 * through bytes and restored by yet another calculator, and the parts merged in a random tree order (some intermediate
 * results round-tripped again), give the report of one pass over the whole stream: equal reports, equal tables in
 * both languages, equal bytes.
 *
 * <p>A failure names the case, the trial, the cut points and the merge order, which reproduce it exactly.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MergeProperties {

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
  private static final int DOSSIERS = 1_500;
  /** Every this many dossiers, an undated one is slipped in. */
  private static final int UNDATED_EVERY = 97;
  /** Every this many dossiers loses its due date, as some sources send them: 2.1 then uses the statutory time. */
  private static final int WITHOUT_DUE_DATE_EVERY = 13;
  /** A procedure the calculators' look-up does not know: its dossiers cannot all be assessed or measured. */
  private static final ProcedureCode FORGOTTEN = ProcedureCode.parse("1.000894");
  private static final int TRIALS = 6;

  /**
   * One property case: a seed, how many codes each figure lists, and the calculator settings that change what is
   * counted. The calculator's period is narrower than the generated one, so that some dossiers fall outside it.
   */
  record Case(long seed, int listedCodes, WorkingDayConvention convention, boolean excludeFinancialObligationTime) {

    IndicatorCalculator calculator() {
      return IndicatorCalculator.builder()
          .period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 20))
          .procedures(code -> code.equals(FORGOTTEN) ? Optional.empty() : SampleProcedures.find(code))
          .populationDatabases(DossierGenerator.POPULATION_DATABASE)
          .listedCodes(listedCodes)
          .workingDayConvention(convention)
          .excludeFinancialObligationTime(excludeFinancialObligationTime)
          .build();
    }

    @Override
    public String toString() {
      return "seed " + seed + ", " + listedCodes + " codes listed, " + convention
          + (excludeFinancialObligationTime ? ", obligations excluded" : "");
    }
  }

  static Stream<Case> cases() {
    int[] listed = {0, 1, 3, 10};
    WorkingDayConvention[] conventions = WorkingDayConvention.values();
    return Stream.iterate(0, i -> i + 1).limit(8).map(i -> new Case(0x1D1CA70L + i, listed[i % listed.length],
        conventions[i % conventions.length], i % 3 == 2));
  }

  private static final Map<Long, List<Dossier>> GENERATED = new HashMap<>();

  /**
   * The seed's dossiers, in order of submission, with an undated one every {@value #UNDATED_EVERY} and every {@value
   * #WITHOUT_DUE_DATE_EVERY}th without its due date.
   */
  static synchronized List<Dossier> dossiers(long seed) {
    return GENERATED.computeIfAbsent(seed, s -> {
      List<Dossier> generated;
      try (Stream<Dossier> stream = DossierGenerator.withSeed(s).dossiers(FIRST_DAY, LAST_DAY, DOSSIERS)) {
        generated = stream.collect(Collectors.toList());
      }
      List<Dossier> dossiers = new ArrayList<>();
      for (int i = 0; i < generated.size(); i++) {
        if (i % UNDATED_EVERY == 0) {
          dossiers.add(Fixtures.submitted(1 + i / UNDATED_EVERY).timeline(DossierTimeline.NONE).build());
        }
        Dossier dossier = generated.get(i);
        dossiers.add(i % WITHOUT_DUE_DATE_EVERY == 0 ? dossier.toBuilder().timeline(dossier.timeline().withDueAt(null)).build() : dossier);
      }
      return List.copyOf(dossiers);
    });
  }

  private static IndicatorAccumulator onePass(IndicatorCalculator calculator, List<Dossier> dossiers) {
    IndicatorAccumulator accumulator = calculator.newAccumulator();
    dossiers.forEach(accumulator);
    return accumulator;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitAnywhere_partsRoundTrippedAndMergedInAnyTreeOrder_equalOnePass(Case c) {
    List<Dossier> dossiers = dossiers(c.seed());
    IndicatorAccumulator whole = onePass(c.calculator(), dossiers);
    IndicatorReport expected = whole.report();
    byte[] expectedBytes = whole.toBytes();
    String expectedVietnamese = expected.toTable();
    String expectedEnglish = expected.toTable(Locale.ENGLISH);
    SplittableRandom random = new SplittableRandom(c.seed());

    for (int trial = 0; trial < TRIALS; trial++) {
      int parts = 1 + random.nextInt(8);
      int[] cuts = new int[parts + 1];
      for (int i = 1; i < parts; i++) {
        cuts[i] = random.nextInt(dossiers.size() + 1);   // equal cuts make empty parts
      }
      cuts[parts] = dossiers.size();
      Arrays.sort(cuts);
      List<String> order = new ArrayList<>();

      // Each part on its own "machine": its own calculator, its state shipped as bytes to another one.
      List<IndicatorAccumulator> pending = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        byte[] state = onePass(c.calculator(), dossiers.subList(cuts[i], cuts[i + 1])).toBytes();
        pending.add(c.calculator().restore(state));
        order.add("p" + i);
      }
      while (pending.size() > 1) {
        int i = random.nextInt(pending.size());
        IndicatorAccumulator a = pending.remove(i);
        String nameA = order.remove(i);
        int j = random.nextInt(pending.size());
        IndicatorAccumulator b = pending.remove(j);
        String nameB = order.remove(j);
        boolean swap = random.nextBoolean();
        IndicatorAccumulator merged = swap ? b.combine(a) : a.combine(b);
        String name = swap ? "(" + nameB + "+" + nameA + ")" : "(" + nameA + "+" + nameB + ")";
        if (random.nextInt(3) == 0) {
          merged = c.calculator().restore(merged.toBytes());
          name = name + "'";
        }
        int at = random.nextInt(pending.size() + 1);
        pending.add(at, merged);
        order.add(at, name);
      }
      IndicatorAccumulator merged = pending.get(0);
      String context = c + ", trial " + trial + ", cuts " + Arrays.toString(cuts) + ", merged as " + order;

      IndicatorReport report = merged.report();
      assertThat(report).as(context).isEqualTo(expected);
      assertThat(report.toTable()).as(context).isEqualTo(expectedVietnamese);
      assertThat(report.toTable(Locale.ENGLISH)).as(context).isEqualTo(expectedEnglish);
      assertThat(merged.toBytes()).as(context).isEqualTo(expectedBytes);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedStreams_exerciseEveryPartOfTheState(Case c) {
    // Without this, the property above could pass on streams that leave parts of the state empty.
    IndicatorReport report = onePass(c.calculator(), dossiers(c.seed())).report();

    assertThat(report.outsidePeriod()).isPositive();
    assertThat(report.undated().total()).isPositive();
    assertThat(report.agencies()).hasSizeGreaterThan(1);
    assertThat(report.procedures()).hasSizeGreaterThan(1);
    IndicatorRow overall = report.overall();
    assertThat(overall.onTime().rate().shortfall()).isPositive();
    assertThat(overall.onTime().notAssessable().total()).isPositive();
    assertThat(overall.processingTime().dossiers()).isPositive();
    assertThat(overall.processingTime().against().total()).isPositive();
    assertThat(overall.processingTime().notAssessable().total()).isPositive();
    for (Figure figure : List.of(overall.onlinePayment(), overall.electronicResults(), overall.digitisation(),
        overall.digitisedComponents(), overall.fromDataRepository(), overall.populationData())) {
      assertThat(figure.rate().numerator()).as("%s", figure).isPositive();
      assertThat(figure.against().total()).as("%s", figure).isPositive();
    }
    assertThat(overall.online().rate().numerator()).isPositive();
    assertThat(overall.online().against().total()).isPositive();
    if (c.listedCodes() > 0) {
      assertThat(overall.online().against().omitted()).as("a sample is cut to its bound").isPositive();
    }
  }
}
