package dev.egov.model.id;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mints {@linkplain DossierCode dossier codes}: for each agency, one daily sequence from 1 to 9999 that restarts at
 * midnight in {@code Asia/Ho_Chi_Minh}, the practice Thông tư 01/2018/TT-VPCP Art. 19 describes.
 *
 * <pre>{@code
 * DossierCodeGenerator codes = DossierCodeGenerator.create(Clock.systemUTC());
 * AgencyCode agency = AgencyCode.parse("000.00.06.H56");
 * codes.next(agency);   // 000.00.06.H56-261122-0001 on 22 November 2026, then -0002, ...
 * }</pre>
 *
 * <p><b>Resuming.</b> A generator keeps its counters in memory. After a restart, tell it the last code each agency
 * issued today with {@link #resumeAfter}; without that it would mint duplicates. A code from an earlier day is
 * superseded by the first code of a later day; a code from a later day than the clock's (a clock set back, or a code
 * from another system's clock) makes {@link #next} refuse with {@link
 * DossierCodeGenerationException.Reason#CLOCK_MOVED_BACK} until the clock reaches that day.
 *
 * <p><b>Failure.</b> Past the day's 9,999th code, and when the clock has moved back to an earlier day than an
 * agency's counter, {@link #next} throws {@link DossierCodeGenerationException} rather than mint a code that is not in
 * the standard form or may already exist.
 *
 * <p>Thread-safe: concurrent calls never return the same code. Time comes from the injected {@link Clock}; its zone
 * is ignored, the day is always the Vietnamese day.
 *
 * @since 0.1.0
 */
public final class DossierCodeGenerator {


  /** The last code issued per agency: the day and the sequence. */
  private record Counter(LocalDate day, int last) {}

  private final Clock clock;
  private final ConcurrentHashMap<AgencyCode, Counter> counters = new ConcurrentHashMap<>();

  private DossierCodeGenerator(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates a generator with no codes issued yet.
   *
   * @param clock the source of the current instant
   * @return the generator
   */
  public static DossierCodeGenerator create(Clock clock) {
    return new DossierCodeGenerator(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Records that {@code lastIssued} was issued, so that the next code for its agency on its day follows it. A code
   * with a lower sequence than one already recorded for that agency and day is ignored.
   *
   * @param lastIssued the last code issued before this generator started; any form
   * @return this generator
   */
  public DossierCodeGenerator resumeAfter(DossierCode lastIssued) {
    Objects.requireNonNull(lastIssued, "lastIssued");
    counters.merge(
        lastIssued.agency(),
        new Counter(lastIssued.receiptDate(), lastIssued.sequence()),
        (a, b) -> a.day().isAfter(b.day()) || (a.day().equals(b.day()) && a.last() >= b.last()) ? a : b);
    return this;
  }

  /**
   * Mints the next code for {@code agency} today.
   *
   * @param agency the receiving agency, in either form
   * @return a standard-form code, never returned before by this generator
   * @throws DossierCodeGenerationException if the agency has used up today's 9,999 codes, or the clock shows an earlier
   *     day than a code already issued for the agency
   */
  public DossierCode next(AgencyCode agency) {
    Objects.requireNonNull(agency, "agency");
    AgencyCode key = AgencyCode.ofCheckedFullForm(agency.fullForm());
    LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
    Counter counter = counters.compute(key, (k, current) -> advance(k, current, today));
    return DossierCode.of(key, today, counter.last());
  }

  private static Counter advance(AgencyCode agency, Counter current, LocalDate today) {
    if (current == null || current.day().isBefore(today)) {
      return new Counter(today, 1);
    }
    if (current.day().isAfter(today)) {
      throw new DossierCodeGenerationException(
          DossierCodeGenerationException.Reason.CLOCK_MOVED_BACK,
          "The clock shows " + today + " but " + agency + " already has codes for " + current.day());
    }
    if (current.last() >= DossierCode.MAX_STANDARD_SEQUENCE) {
      throw new DossierCodeGenerationException(
          DossierCodeGenerationException.Reason.SEQUENCE_EXHAUSTED,
          agency + " has issued all " + DossierCode.MAX_STANDARD_SEQUENCE + " dossier codes for " + today);
    }
    return new Counter(today, current.last() + 1);
  }
}
