package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.fakes.generators.DossierProperties.Period;
import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.ElapsedTime;
import dev.egov.model.calendar.Pause;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.TimeWindow;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.dossier.Dossier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the two {@link WorkingDayConvention}s relate, over the submission and receipt instants of generated dossiers
 * (online ones come at any hour, on rest days and during Tết and the National Day break) and the openings they count
 * from: both place the same working time, keeping the clock time differs from working hours only when the dossier
 * counts from an opening, and then it is the working-hours due date's next opening.
 */
@Timeout(60)
class WorkingDayConventionProperties {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.civilService();
  private static final DueDateRule KEEP = DueDateRule.of(CALENDAR, ProcessingTime.ofWorkingDays(1));
  private static final DueDateRule HOURS = KEEP.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
  private static final int BATCH = 250;

  /** The generated dossiers of both periods of {@link DossierProperties}, in batches. */
  static Stream<Arguments> dossiers() {
    List<Arguments> arguments = new ArrayList<>();
    for (Period period : List.of(DossierProperties.REFORM, DossierProperties.TET)) {
      List<List<Dossier>> batches = Identifiers.batches(DossierProperties.generated(period), BATCH);
      for (int b = 0; b < batches.size(); b++) {
        arguments.add(Arguments.of(period, b, batches.get(b)));
      }
    }
    return arguments.stream();
  }

  /** A dossier's submission and receipt, and the openings of their day's windows (or the next ones). */
  private static List<Instant> starts(Dossier d) {
    List<Instant> starts = new ArrayList<>(6);
    for (Instant instant : new Instant[] {d.submittedAt(), d.receivedAt()}) {
      if (instant != null) {
        starts.add(instant);
        for (TimeWindow window : CALENDAR.officeHours()) {
          starts.add(CALENDAR.nextOpening(instant.atZone(CALENDAR.zone()).toLocalDate().atTime(window.start())
              .atZone(CALENDAR.zone()).toInstant()));
        }
      }
    }
    return starts;
  }

  /** 1 to 30 working days, from the dossier's position. */
  private static int days(int batch, int i) {
    return 1 + (batch * BATCH + i) * 7 % 30;
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void wholeWorkingDays_bothConventions_placeTheSameWorkingTime(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      for (Instant received : starts(dossiers.get(i))) {
        int days = days(batch, i);
        ProcessingTime time = ProcessingTime.ofWorkingDays(days);
        Instant start = KEEP.countingStart(received);
        Instant kept = KEEP.withProcessingTime(time).dueDate(received);
        Instant asHours = HOURS.withProcessingTime(time).dueDate(received);
        String where = period + " batch " + batch + " #" + i + ": " + received + " + " + days;

        assertThat(CALENDAR.workingTimeBetween(start, kept)).as(where).isEqualTo(Duration.ofHours(8L * days));
        assertThat(CALENDAR.workingTimeBetween(start, asHours)).as(where).isEqualTo(Duration.ofHours(8L * days));
        assertThat(kept).as(where).isAfterOrEqualTo(asHours);
        assertThat(CALENDAR.workingTimeBetween(asHours, kept)).as(where).isZero();
        assertThat(localTime(kept)).as(where).isEqualTo(localTime(start));
        if (isOpening(start)) {
          assertThat(kept).as(where + ", counted from an opening").isEqualTo(CALENDAR.nextOpening(asHours));
          assertThat(asHours).as(where).isNotEqualTo(kept);
        } else {
          assertThat(kept).as(where + ", counted from inside a window").isEqualTo(asHours);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void lessThanADayOrCalendarDays_conventionsAgree(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      for (Instant received : starts(dossiers.get(i))) {
        String where = period + " batch " + batch + " #" + i + ": " + received;
        for (ProcessingTime time : List.of(ProcessingTime.ofWorkingHours(1 + i % 7),
            ProcessingTime.ofCalendarDays(days(batch, i)), ProcessingTime.ofMonths(1 + i % 3))) {
          assertThat(KEEP.withProcessingTime(time).dueDate(received)).as(where + " + " + time)
              .isEqualTo(HOURS.withProcessingTime(time).dueDate(received));
        }
      }
    }
  }

  /**
   * Work without a recorded due date, ending around the two due dates: it is within time under a convention exactly
   * when it ends at or before that convention's due date; the conventions disagree only between the two, where the
   * working time used equals the time allowed.
   */
  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void measure_aroundTheDueDates_withinExactlyUpToEachConventionsDueDate(
      Period period, int batch, List<Dossier> dossiers) {
    int disagreements = 0;
    for (int i = 0; i < dossiers.size(); i++) {
      ProcessingTime time = ProcessingTime.ofWorkingDays(days(batch, i));
      DueDateRule keep = KEEP.withProcessingTime(time);
      DueDateRule hours = HOURS.withProcessingTime(time);
      for (Instant received : starts(dossiers.get(i))) {
        Instant kept = keep.dueDate(received);
        Instant asHours = hours.dueDate(received);
        Instant between = asHours.plus(Duration.between(asHours, kept).dividedBy(2));
        for (Instant end : List.of(asHours.minusSeconds(1), asHours, asHours.plusSeconds(1), between, kept,
            kept.plusSeconds(1))) {
          String where = period + " batch " + batch + " #" + i + ": " + received + " + " + time.amount() + " to " + end;
          ElapsedTime byKeeping = keep.measure(received, end, List.of());
          ElapsedTime byHours = hours.measure(received, end, List.of());
          assertThat(byKeeping.isWithinTime()).as(where).isEqualTo(!end.isAfter(kept));
          assertThat(byHours.isWithinTime()).as(where).isEqualTo(!end.isAfter(asHours));
          assertThat(byKeeping.elapsed()).as(where).isEqualTo(byHours.elapsed());
          if (byKeeping.isWithinTime() != byHours.isWithinTime()) {
            disagreements++;
            assertThat(byKeeping.elapsed()).as(where).isEqualTo(byKeeping.allowed());
          }
        }
      }
    }
    assertThat(disagreements).as("ends between the two due dates").isPositive();
  }

  /** A pause moves both conventions' due dates by the same working time. */
  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("dossiers")
  void pauses_bothConventions_addTheSameWorkingTime(Period period, int batch, List<Dossier> dossiers) {
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      if (d.receivedAt() == null || d.supplements().isEmpty()) {
        continue;
      }
      List<Pause> pauses = new ArrayList<>();
      for (Pause pause : d.pauses()) {
        if (pause.end() != null) {
          pauses.add(pause);
        }
      }
      ProcessingTime time = ProcessingTime.ofWorkingDays(days(batch, i));
      Instant received = d.receivedAt();
      Instant kept = KEEP.withProcessingTime(time).dueDate(received, pauses).orElseThrow();
      Instant asHours = HOURS.withProcessingTime(time).dueDate(received, pauses).orElseThrow();
      Duration lost = Duration.ZERO;
      for (Pause pause : pauses) {
        if (pause.end().isAfter(received)) {
          lost = lost.plus(CALENDAR.workingTimeBetween(pause.start().isBefore(received) ? received : pause.start(),
              pause.end()));
        }
      }
      String where = period + " batch " + batch + " #" + i + ": " + d.code();
      Instant start = KEEP.countingStart(received);
      assertThat(CALENDAR.workingTimeBetween(start, kept)).as(where)
          .isEqualTo(Duration.ofHours(8L * time.amount()).plus(lost));
      assertThat(kept).as(where).isAfterOrEqualTo(asHours);
      assertThat(CALENDAR.workingTimeBetween(asHours, kept)).as(where).isZero();
    }
  }

  private static LocalTime localTime(Instant instant) {
    return instant.atZone(CALENDAR.zone()).toLocalTime();
  }

  private static boolean isOpening(Instant instant) {
    ZonedDateTime local = instant.atZone(CALENDAR.zone());
    for (TimeWindow window : CALENDAR.officeHours()) {
      if (window.start().equals(local.toLocalTime())) {
        return true;
      }
    }
    return false;
  }
}
