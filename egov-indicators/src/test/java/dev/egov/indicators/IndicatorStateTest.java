package dev.egov.indicators;

import static dev.egov.indicators.Fixtures.WARD;
import static dev.egov.indicators.Fixtures.code;
import static dev.egov.indicators.Fixtures.mixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.indicators.IndicatorStateException.Reason;
import dev.egov.model.calendar.HolidayCalendar;
import dev.egov.model.calendar.PauseStrategy;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partial state of an accumulator as bytes: round trips, merges after round trips, the committed golden state of
 * format version 1, and every kind of bad input refused with a typed, stable reason.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IndicatorStateTest {

  /**
   * The calculator of the golden state: March 2026 with every setting away from its default, on a calendar computed
   * from the statutory rules alone (no bundled notice), so that publishing next year's civil-service calendar in egov
   * does not change the calendar the state carries.
   */
  static IndicatorCalculator.Builder goldenCalculator() {
    return Fixtures.march()
        .calendar(WorkingCalendar.builder().holidays(HolidayCalendar.builder().bundledNotices(false).build()).build())
        .syncRateFactor(0.9)
        .populationDatabases(NationalDatabase.of("7"))
        .listedCodes(3)
        .workingDayConvention(WorkingDayConvention.WORKING_HOURS)
        .excludeFinancialObligationTime(true);
  }

  private static final IndicatorCalculator GOLDEN = goldenCalculator().build();
  private static final String GOLDEN_FILE = "state-v1-march-2026.bin";

  private static byte[] golden() throws IOException {
    try (InputStream in = IndicatorStateTest.class.getResourceAsStream(GOLDEN_FILE)) {
      assertThat(in).as(GOLDEN_FILE).isNotNull();
      return in.readAllBytes();
    }
  }

  private static IndicatorAccumulator fed(IndicatorCalculator calculator, List<Dossier> dossiers) {
    IndicatorAccumulator accumulator = calculator.newAccumulator();
    dossiers.forEach(accumulator);
    return accumulator;
  }

  // ---- Round trips ----

  @Test
  void restore_stateOfMixedDossiers_sameReportAndSameBytes() {
    IndicatorAccumulator original = fed(GOLDEN, mixed());
    byte[] bytes = original.toBytes();

    IndicatorAccumulator restored = goldenCalculator().build().restore(bytes);

    assertThat(restored.report()).isEqualTo(original.report());
    assertThat(restored.report().toTable(Locale.ENGLISH)).isEqualTo(original.report().toTable(Locale.ENGLISH));
    assertThat(restored.toBytes()).isEqualTo(bytes);
  }

  @Test
  void restore_emptyAccumulator_emptyReport() {
    byte[] bytes = GOLDEN.newAccumulator().toBytes();

    assertThat(GOLDEN.restore(bytes).report()).isEqualTo(GOLDEN.compute(Stream.empty()));
  }

  @Test
  void restore_thenCombineAndFeed_equalsOnePass() {
    List<Dossier> dossiers = mixed();
    byte[] first = fed(GOLDEN, dossiers.subList(0, 5)).toBytes();
    byte[] second = fed(GOLDEN, dossiers.subList(5, 11)).toBytes();

    IndicatorAccumulator merged = GOLDEN.restore(second).combine(GOLDEN.restore(first));
    dossiers.subList(11, dossiers.size()).forEach(merged);

    assertThat(merged.report()).isEqualTo(GOLDEN.compute(dossiers.stream()));
    assertThat(merged.toBytes()).isEqualTo(fed(GOLDEN, dossiers).toBytes());
  }

  @Test
  void toBytes_sameDossiersInAnotherOrder_sameBytes() {
    List<Dossier> dossiers = mixed();
    List<Dossier> reversed = new ArrayList<>(dossiers);
    Collections.reverse(reversed);

    assertThat(fed(GOLDEN, reversed).toBytes()).isEqualTo(fed(GOLDEN, dossiers).toBytes());
  }

  // ---- The golden state ----

  @Test
  void goldenState_version1_restoresToItsReportAndWritesTheSameBytes() throws IOException {
    byte[] golden = golden();

    IndicatorAccumulator restored = GOLDEN.restore(golden);

    // If the format changed on purpose, raise StateFormat.VERSION, keep this file, and commit a golden file for the
    // new version; a reader of version 1 must go on refusing every other version.
    assertThat(new String(golden, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("EGIS");
    assertThat(golden[4] << 8 | golden[5]).isEqualTo(1).isEqualTo(IndicatorAccumulator.STATE_FORMAT_VERSION);
    assertThat(restored.toBytes()).isEqualTo(golden);
    IndicatorReport report = restored.report();
    assertThat(report.overall().dossiers()).isEqualTo(13);
    assertThat(report.outsidePeriod()).isEqualTo(2);
    assertThat(report.undated().codes()).containsExactly(code(WARD, 22));
    assertThat(report.overall().onTime().against().codes()).containsExactly(code(WARD, 5), code(WARD, 10));
    assertThat(report.overall().online().against().codes()).hasSize(3);
    assertThat(report.overall().online().against().total()).isGreaterThan(3);
    assertThat(report.agencies()).extracting(IndicatorRow::code).containsExactly("000.00.06.H56", "000.00.22.H29");
    assertThat(report.syncRateFactor()).isEqualTo(0.9);
    // The same dossiers, counted today, give the same bytes: the format, and how these dossiers are judged.
    assertThat(fed(GOLDEN, mixed()).toBytes()).isEqualTo(golden);
  }

  // ---- Bad input ----

  @Test
  void restore_everyTruncation_truncated() throws IOException {
    byte[] golden = golden();

    for (int length = 0; length < golden.length; length++) {
      byte[] cut = Arrays.copyOf(golden, length);
      assertThatThrownBy(() -> GOLDEN.restore(cut)).as("cut to %d bytes", length)
          .isInstanceOfSatisfying(IndicatorStateException.class,
              e -> assertThat(e.reason()).isSameAs(Reason.TRUNCATED));
    }
  }

  @Test
  void restore_byteAppended_corrupt() throws IOException {
    byte[] longer = Arrays.copyOf(golden(), golden().length + 1);

    assertThatThrownBy(() -> GOLDEN.restore(longer))
        .isInstanceOfSatisfying(IndicatorStateException.class, e -> assertThat(e.reason()).isSameAs(Reason.CORRUPT));
  }

  @Test
  void restore_everySingleByteChanged_refusedWithTheReasonOfWhereItIs() throws IOException {
    byte[] golden = golden();
    Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);

    for (int position = 0; position < golden.length; position++) {
      byte[] changed = golden.clone();
      changed[position] ^= 0x5A;
      int at = position;
      Reason expected = at < 4 ? Reason.NOT_A_STATE : at < 6 ? Reason.UNSUPPORTED_VERSION : null;
      assertThatThrownBy(() -> GOLDEN.restore(changed)).as("byte %d changed", at)
          .isInstanceOfSatisfying(IndicatorStateException.class, e -> {
            reasons.merge(e.reason(), 1, Integer::sum);
            if (expected != null) {
              assertThat(e.reason()).isSameAs(expected);
            } else if (at >= 10) {
              assertThat(e.reason()).isSameAs(Reason.CORRUPT);   // the checksum
            }
          });
    }
    assertThat(reasons).containsKeys(Reason.NOT_A_STATE, Reason.UNSUPPORTED_VERSION, Reason.CORRUPT);
  }

  @Test
  void restore_everySingleByteChangedWithChecksumFixed_refusedOrReportsAsWritten() throws IOException {
    // A state built wrong (not damaged: its checksum matches) is either refused with a typed reason, or restores to
    // an accumulator that reports and writes back exactly these bytes: nothing in between.
    byte[] golden = golden();
    Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
    int restored = 0;

    for (int position = 10; position < golden.length - 4; position++) {
      byte[] changed = golden.clone();
      changed[position] ^= 0x5A;
      withChecksum(changed);
      IndicatorAccumulator accumulator;
      try {
        accumulator = GOLDEN.restore(changed);
      } catch (IndicatorStateException e) {
        reasons.merge(e.reason(), 1, Integer::sum);
        assertThat(e.reason()).as("byte %d", position).isIn(Reason.CORRUPT, Reason.SETTINGS_MISMATCH);
        continue;
      }
      restored++;
      assertThat(accumulator.report().overall()).as("byte %d", position).isNotNull();
      assertThat(accumulator.toBytes()).as("byte %d", position).isEqualTo(changed);
    }
    assertThat(reasons).containsKeys(Reason.CORRUPT, Reason.SETTINGS_MISMATCH);
    assertThat(reasons.get(Reason.CORRUPT)).isGreaterThan(restored);
  }

  @Test
  void restore_otherVersion_unsupportedVersionNamingBoth() throws IOException {
    byte[] two = golden();
    two[5] = 2;

    assertThatThrownBy(() -> GOLDEN.restore(two))
        .isInstanceOfSatisfying(IndicatorStateException.class,
            e -> assertThat(e.reason()).isSameAs(Reason.UNSUPPORTED_VERSION))
        .hasMessageContaining("version 2").hasMessageContaining("version 1");
  }

  static Stream<Arguments> notStates() {
    return Stream.of(
        Arguments.of("JSON", "{\"overall\":{}}".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("Java serialisation", new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72}),
        Arguments.of("one wrong byte", new byte[] {0x45, 0x47, 0x49}),
        Arguments.of("zip", new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notStates")
  void restore_otherBytes_notAStateOrTruncated(String what, byte[] bytes) {
    Reason expected = bytes.length == 3 ? Reason.TRUNCATED : Reason.NOT_A_STATE;

    assertThatThrownBy(() -> GOLDEN.restore(bytes))
        .isInstanceOfSatisfying(IndicatorStateException.class, e -> assertThat(e.reason()).isSameAs(expected));
  }

  // ---- Settings ----

  static Stream<Arguments> otherSettings() {
    return Stream.of(
        Arguments.of("period", (UnaryOperator<IndicatorCalculator.Builder>) b ->
            IndicatorCalculator.builder().period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30))),
        Arguments.of("calendar", (UnaryOperator<IndicatorCalculator.Builder>) b -> b.calendar(
            WorkingCalendar.civilService().newBuilder().closures(List.of(LocalDate.of(2026, 3, 13))).build())),
        Arguments.of("workingDayConvention", (UnaryOperator<IndicatorCalculator.Builder>) b ->
            b.workingDayConvention(WorkingDayConvention.WORKING_HOURS)),
        Arguments.of("pauseStrategy", (UnaryOperator<IndicatorCalculator.Builder>) b ->
            b.pauseStrategy(PauseStrategy.ELAPSED_TIME_REALIGNED)),
        Arguments.of("syncRateFactor", (UnaryOperator<IndicatorCalculator.Builder>) b -> b.syncRateFactor(0.99)),
        Arguments.of("populationDatabases", (UnaryOperator<IndicatorCalculator.Builder>) b ->
            b.populationDatabases(NationalDatabase.of("7"))),
        Arguments.of("listedCodes", (UnaryOperator<IndicatorCalculator.Builder>) b -> b.listedCodes(11)),
        Arguments.of("excludeFinancialObligationTime", (UnaryOperator<IndicatorCalculator.Builder>) b ->
            b.excludeFinancialObligationTime(true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherSettings")
  void restoreAndCombine_otherSetting_settingsMismatchNamingIt(
      String setting, UnaryOperator<IndicatorCalculator.Builder> change) {
    IndicatorCalculator march = Fixtures.march().build();
    IndicatorCalculator other = change.apply(Fixtures.march()).build();
    byte[] state = fed(march, mixed()).toBytes();

    assertThatThrownBy(() -> other.restore(state))
        .isInstanceOfSatisfying(IndicatorStateException.class,
            e -> assertThat(e.reason()).isSameAs(Reason.SETTINGS_MISMATCH))
        .hasMessageContaining(setting);
    assertThatThrownBy(() -> other.newAccumulator().combine(march.newAccumulator()))
        .isInstanceOfSatisfying(IndicatorStateException.class,
            e -> assertThat(e.reason()).isSameAs(Reason.SETTINGS_MISMATCH))
        .hasMessageContaining(setting);
  }

  @Test
  void restore_equalCalendarBuiltAgain_accepted() {
    IndicatorCalculator rebuilt = IndicatorCalculator.builder()
        .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
        .calendar(WorkingCalendar.builder().build())
        .procedures(code -> Optional.empty())
        .build();
    byte[] state = fed(Fixtures.march().build(), mixed()).toBytes();

    // Another calendar object with the same working days, and another procedure look-up (not compared).
    assertThat(rebuilt.restore(state).report()).isEqualTo(Fixtures.march().build().compute(mixed().stream()));
  }

  @Test
  void mismatchMessage_neverQuotesAValueOfTheState() {
    byte[] state = fed(GOLDEN, mixed()).toBytes();

    assertThatThrownBy(() -> Fixtures.march().build().restore(state))
        .hasMessageNotContaining("2026").hasMessageNotContaining("0.9").hasMessageNotContaining("WORKING_HOURS");
  }

  /** Rewrites the CRC-32 trailer over every byte before it. */
  private static void withChecksum(byte[] state) {
    CRC32 crc = new CRC32();
    crc.update(state, 0, state.length - 4);
    int value = (int) crc.getValue();
    for (int i = 0; i < 4; i++) {
      state[state.length - 4 + i] = (byte) (value >>> (24 - 8 * i));
    }
  }
}
