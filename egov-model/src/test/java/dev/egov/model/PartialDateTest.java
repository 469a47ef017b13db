package dev.egov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class PartialDateTest {

  @Test
  void parse_year_yearPrecision() {
    PartialDate date = PartialDate.parse("1985");
    assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(date.year()).hasValue(1985);
    assertThat(date.month()).isEmpty();
    assertThat(date.day()).isEmpty();
    assertThat(date.toLocalDate()).isEmpty();
    assertThat(date.isKnown()).isTrue();
    assertThat(date).isEqualTo(PartialDate.ofYear(1985));
  }

  @Test
  void parse_yearMonth_monthPrecision() {
    PartialDate date = PartialDate.parse("1985-07");
    assertThat(date.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(date.year()).hasValue(1985);
    assertThat(date.month()).hasValue(7);
    assertThat(date.day()).isEmpty();
    assertThat(date.toLocalDate()).isEmpty();
    assertThat(date).isEqualTo(PartialDate.ofYearMonth(1985, 7));
  }

  @Test
  void parse_fullDate_dayPrecision() {
    PartialDate date = PartialDate.parse("1985-07-14");
    assertThat(date.precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(date.year()).hasValue(1985);
    assertThat(date.month()).hasValue(7);
    assertThat(date.day()).hasValue(14);
    assertThat(date.toLocalDate()).contains(LocalDate.of(1985, 7, 14));
    assertThat(date).isEqualTo(PartialDate.of(1985, 7, 14)).isEqualTo(PartialDate.of(LocalDate.of(1985, 7, 14)));
  }

  @Test
  void parse_empty_unknown() {
    PartialDate date = PartialDate.parse("");
    assertThat(date).isSameAs(PartialDate.unknown());
    assertThat(date.precision()).isEqualTo(PartialDate.Precision.UNKNOWN);
    assertThat(date.isKnown()).isFalse();
    assertThat(date.year()).isEmpty();
    assertThat(date.earliest()).isEmpty();
    assertThat(date.latest()).isEmpty();
    assertThat(date.format()).isEmpty();
    assertThat(date).hasToString("unknown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1985", "1985-07", "1985-07-14", "", "0001", "9999-12-31", "0999-01", "2024-02-29"})
  void format_everyPrecision_roundTrips(String text) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.format()).isEqualTo(text);
    assertThat(PartialDate.parse(date.format())).isEqualTo(date).hasSameHashCodeAs(date);
  }

  @Test
  void toString_knownDate_isFormat() {
    assertThat(PartialDate.parse("1985-07")).hasToString("1985-07");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1985-13", "1985-00", "1985-02-30", "2023-02-29", "1985-07-32", "1985-07-00", "85",
      "1985/07/14", "1985-7-14", "1985-07-1", "0000", "0000-01-01", "19850714", "1985-07-14T00:00", " 1985",
      "1985 ", "+985", "-985", "198a", "١٩٨٥", "１９８５", "1985\n", "abcd", "1985--7", "1985-07-14-"})
  void parse_invalid_throwsDateTimeParseException(String text) {
    assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> PartialDate.parse(text));
  }

  @Test
  void parse_longInvalidText_messageDoesNotRepeatIt() {
    String text = "1".repeat(10_000);
    assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> PartialDate.parse(text))
        .satisfies(e -> assertThat(e.getParsedString()).hasSizeLessThan(40));
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> PartialDate.parse(null));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000})
  void ofYear_outOfRange_throws(int year) {
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.ofYear(year));
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.ofYearMonth(year, 1));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 13, -1})
  void ofYearMonth_monthOutOfRange_throws(int month) {
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.ofYearMonth(1985, month));
  }

  @Test
  void of_dateOutOfYearRange_throws() {
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.of(LocalDate.of(10_000, 1, 1)));
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.of(LocalDate.of(0, 1, 1)));
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.of(2023, 2, 29));
  }

  @ParameterizedTest
  @CsvSource({
    "1985, 1985-01-01, 1985-12-31",
    "2024-02, 2024-02-01, 2024-02-29",
    "2023-02, 2023-02-01, 2023-02-28",
    "1900-02, 1900-02-01, 1900-02-28",
    "2000-02, 2000-02-01, 2000-02-29",
    "1985-04, 1985-04-01, 1985-04-30",
    "1985-12, 1985-12-01, 1985-12-31",
    "1985-07-14, 1985-07-14, 1985-07-14"
  })
  void earliestAndLatest_eachPrecision_rangeOfPossibleDays(String text, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.earliest()).contains(earliest);
    assertThat(date.latest()).contains(latest);
    assertThat(date.contains(earliest)).isTrue();
    assertThat(date.contains(latest)).isTrue();
    assertThat(date.contains(earliest.minusDays(1))).isFalse();
    assertThat(date.contains(latest.plusDays(1))).isFalse();
  }

  @Test
  void contains_unknown_everyDay() {
    assertThat(PartialDate.unknown().contains(LocalDate.of(1, 1, 1))).isTrue();
    assertThat(PartialDate.unknown().contains(LocalDate.of(2026, 11, 22))).isTrue();
  }

  @Test
  void couldBeOnOrBefore_yearOnly_documentedExample() {
    PartialDate born = PartialDate.parse("1985");
    assertThat(born.couldBeOnOrBefore(LocalDate.of(1985, 3, 1))).isTrue();
    assertThat(born.isDefinitelyBefore(LocalDate.of(1985, 3, 1))).isFalse();
    assertThat(born.isDefinitelyBefore(LocalDate.of(1986, 1, 1))).isTrue();
    assertThat(born.isDefinitelyBefore(LocalDate.of(1985, 12, 31))).isFalse();
    assertThat(born.couldBeOnOrBefore(LocalDate.of(1984, 12, 31))).isFalse();
    assertThat(born.couldBeOnOrBefore(LocalDate.of(1985, 1, 1))).isTrue();
  }

  @Test
  void isDefinitelyBefore_monthAtLeapMonthEnd_dependsOnLastDay() {
    PartialDate february = PartialDate.parse("2024-02");
    assertThat(february.isDefinitelyBefore(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(february.isDefinitelyBefore(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(february.couldBeOnOrAfter(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(february.couldBeOnOrAfter(LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(february.isDefinitelyAfter(LocalDate.of(2024, 1, 31))).isTrue();
    assertThat(february.isDefinitelyAfter(LocalDate.of(2024, 2, 1))).isFalse();
    assertThat(PartialDate.parse("2023-02").isDefinitelyBefore(LocalDate.of(2023, 3, 1))).isTrue();
  }

  @Test
  void comparisons_fullDate_exact() {
    PartialDate day = PartialDate.parse("1985-07-14");
    assertThat(day.couldBeOnOrBefore(LocalDate.of(1985, 7, 14))).isTrue();
    assertThat(day.couldBeOnOrBefore(LocalDate.of(1985, 7, 13))).isFalse();
    assertThat(day.isDefinitelyBefore(LocalDate.of(1985, 7, 15))).isTrue();
    assertThat(day.isDefinitelyBefore(LocalDate.of(1985, 7, 14))).isFalse();
    assertThat(day.isDefinitelyAfter(LocalDate.of(1985, 7, 13))).isTrue();
  }

  @Test
  void comparisons_unknown_possibleButNeverDefinite() {
    PartialDate unknown = PartialDate.unknown();
    LocalDate date = LocalDate.of(2026, 11, 22);
    assertThat(unknown.couldBeOnOrBefore(date)).isTrue();
    assertThat(unknown.couldBeOnOrAfter(date)).isTrue();
    assertThat(unknown.isDefinitelyBefore(date)).isFalse();
    assertThat(unknown.isDefinitelyAfter(date)).isFalse();
    assertThat(unknown.couldBeOnOrBefore(PartialDate.parse("1900"))).isTrue();
    assertThat(PartialDate.parse("2020").couldBeOnOrBefore(unknown)).isTrue();
  }

  @Test
  void couldBeOnOrBefore_partialDates_overlappingRanges() {
    assertThat(PartialDate.parse("1985").couldBeOnOrBefore(PartialDate.parse("1985-01-01"))).isTrue();
    assertThat(PartialDate.parse("1985-12").couldBeOnOrBefore(PartialDate.parse("1985"))).isTrue();
    assertThat(PartialDate.parse("1986").couldBeOnOrBefore(PartialDate.parse("1985"))).isFalse();
    assertThat(PartialDate.parse("1985-08-01").couldBeOnOrBefore(PartialDate.parse("1985-07"))).isFalse();
    assertThat(PartialDate.parse("1985-07-31").couldBeOnOrBefore(PartialDate.parse("1985-07"))).isTrue();
  }

  @Test
  void comparisons_null_throwNullPointerException() {
    PartialDate date = PartialDate.parse("1985");
    assertThatNullPointerException().isThrownBy(() -> date.contains(null));
    assertThatNullPointerException().isThrownBy(() -> date.couldBeOnOrBefore((LocalDate) null));
    assertThatNullPointerException().isThrownBy(() -> date.couldBeOnOrBefore((PartialDate) null));
    assertThatNullPointerException().isThrownBy(() -> date.isDefinitelyBefore(null));
    assertThatNullPointerException().isThrownBy(() -> PartialDate.unknown().isDefinitelyAfter(null));
  }

  @Test
  void compareTo_mixedPrecisions_earliestDayThenLessPreciseUnknownLast() {
    List<PartialDate> expected = List.of(
        PartialDate.parse("1984-12-31"),
        PartialDate.parse("1985"),
        PartialDate.parse("1985-01"),
        PartialDate.parse("1985-01-01"),
        PartialDate.parse("1985-01-02"),
        PartialDate.parse("1985-02"),
        PartialDate.parse("1986"),
        PartialDate.unknown());
    List<PartialDate> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 4);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void compareTo_everyPair_consistentWithEquals() {
    List<PartialDate> dates = List.of(PartialDate.parse("1985"), PartialDate.parse("1985-01"),
        PartialDate.parse("1985-01-01"), PartialDate.parse("1985-07"), PartialDate.parse("2000-02-29"),
        PartialDate.unknown(), PartialDate.parse("1985"), PartialDate.ofYearMonth(1985, 1));
    for (PartialDate a : dates) {
      for (PartialDate b : dates) {
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.equals(b)) {
          assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
      }
    }
  }

  @Test
  void equals_samePrecisionAndFields_onlyThen() {
    assertThat(PartialDate.parse("1985")).isNotEqualTo(PartialDate.parse("1985-01-01"));
    assertThat(PartialDate.parse("1985-07")).isNotEqualTo(PartialDate.parse("1985-08"));
    assertThat(PartialDate.unknown()).isEqualTo(PartialDate.parse("")).isNotEqualTo(PartialDate.parse("1985"));
    assertThat((Object) PartialDate.parse("1985")).isNotEqualTo("1985");
  }
}
