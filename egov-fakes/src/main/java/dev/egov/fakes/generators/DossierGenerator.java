package dev.egov.fakes.generators;

import dev.egov.fakes.generators.SampleProcedures.Profile;
import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.HolidayCalendar;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.NationalDatabase;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.PersonName;
import dev.egov.model.result.Result;
import dev.egov.model.result.ResultHolder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Generates administrative-procedure dossiers with realistic lifecycles, from a seed: each dossier is submitted,
 * received, paused, finished and returned (or refused, withdrawn, stopped, or still open) by the lifecycle methods of
 * {@link Dossier}, so every generated dossier is reachable under egov's lifecycle (ADR 5), and its due dates come from
 * a {@link DueDateRule} with its defaults on {@link WorkingCalendar#civilService()} (whole working days keep the clock
 * time of receipt).
 *
 * <pre>{@code
 * DossierGenerator generator = DossierGenerator.withSeed(20261122L);
 * try (Stream<Dossier> dossiers = generator.dossiers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 100_000)) {
 *   dossiers.filter(d -> d.status() == DossierStatus.RESULT_RETURNED)
 *       .map(DossierGenerator::resultOf)
 *       .flatMap(Optional::stream)
 *       .forEach(result -> ...);
 * }
 * Procedure procedure = SampleProcedures.find(dossier.procedure().code()).orElseThrow();
 * }</pre>
 *
 * <h2>What the dossiers look like</h2>
 *
 * <ul>
 *   <li><b>Submission.</b> {@code count} dossiers are submitted within the period, working days weighing ten times
 *       as much as weekends and holidays; about half come in person and one in twenty by post, during office hours on
 *       working days, the rest online at any hour (only online on closed days). They come in order of submission.
 *   <li><b>Agencies and codes.</b> One or two provinces per stream, each with commune-level People's Committees and
 *       provincial offices (justice, land registration, business registration), as many as the volume needs. Codes are
 *       minted per agency per day with {@link dev.egov.model.id.DossierCode#of} in order of submission (the
 *       submission day is the code's day; the agency codes below level 1 are synthetic), never past 9,999 a day.
 *   <li><b>Procedures</b> are those of {@link SampleProcedures}, with their shares, statutory times and fees.
 *   <li><b>Applicants</b> are citizens (a name, a personal ID listed in {@code DinhDanhCHS}, sometimes also an old
 *       identity card) or, for business and some land and building procedures, enterprises (their tax code and
 *       head-office address, with a contact person as representative). They mostly live in the agency's province; their
 *       addresses use the catalogue in force on the day of reception (or submission), so a stream across 1 July 2025
 *       has both.
 *   <li><b>Reception.</b> At the desk a dossier is received at once (or refused, rarely); online dossiers are checked
 *       when the office next opens: most are received, some refused, some asked for a supplement before reception
 *       (answered, refused after a wait, or withdrawn). The due date is {@link DueDateRule#dueDate(java.time.Instant)}.
 *   <li><b>Processing.</b> Simple desk procedures are often resolved on the spot. Otherwise, depending on the
 *       procedure: supplement requests after reception (some dossiers get two; a few are never answered and the
 *       dossier is stopped or withdrawn), financial obligations for land procedures, a few withdrawals and stops; the
 *       due date after a pause comes from {@link DueDateRule#resumedDueDate}. Most dossiers finish early or on
 *       time, some late (land procedures more often).
 *   <li><b>Return.</b> Online dossiers often get an electronic result (a result code and a download link); others are
 *       collected at the desk or sent by post, some not collected by the end of the period. Fees are paid online for
 *       most online dossiers with a fee; the digitisation and VNeID flags and the national databases consulted are set
 *       with realistic shares.
 *   <li><b>The end of the period</b> (midnight after the last day, Vietnam time) stops every clock: what would happen
 *       later does not happen, so dossiers submitted near the end are still open, and no instant in a dossier is after
 *       the end.
 * </ul>
 *
 * <p>Every generated dossier passes egov-validation with no violation; {@link #resultOf(Dossier)} gives the issued
 * {@link Result} of a finished one, which for an individual carries their personal ID.
 *
 * <h2>Streams</h2>
 *
 * {@link #dossiers} generates lazily, in order: it holds one day's submission times, never the dossiers, so a stream of
 * millions runs in constant memory, and {@code limit} ends it early. The stream is sequential (asking for a parallel
 * one runs it sequentially): the codes are minted in order. Each dossier depends only on the stream's seed, its index
 * and the day layout, so a failing dossier is reproduced by the generator's seed and the dossier's position.
 *
 * <h2>Determinism and thread safety</h2>
 *
 * As for {@link IdentifierGenerator}: the values depend only on the seed and the calls made, on every JVM and JDK; the
 * generator never reads the clock. A generator is not thread-safe, and neither is a stream; use {@link #split()} to
 * give each thread its own generator.
 *
 * @since 0.1.0
 */
public final class DossierGenerator {

  /**
   * The code generated dossiers give the national population database in {@link Dossier#nationalDatabases()}: {@code
   * 7}, the only code seen in practice (one province always sends it; docs/dossiers-and-portal.md, The dossier payload), whose meaning is not
   * documented. A QĐ 766 population-data indicator over generated dossiers takes this code as its configuration.
   */
  public static final NationalDatabase POPULATION_DATABASE = NationalDatabase.of("7");

  /** At most this many dossiers are generated for one day, so that every agency stays within 9,999 codes a day. */
  public static final long MAX_DOSSIERS_A_DAY = 1_000_000;

  private static final LocalDate FIRST_DAY = LocalDate.of(HolidayCalendar.FIRST_COMPUTED_YEAR, 1, 1);
  /** Dossier codes hold years 2000 to 2099 (Thông tư 01/2018/TT-VPCP writes the year with two digits). */
  private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

  private final IdentifierGenerator ids;

  private DossierGenerator(IdentifierGenerator ids) {
    this.ids = ids;
  }

  /**
   * Returns a generator whose values are determined by {@code seed}.
   *
   * @param seed any value; the same seed gives the same dossiers for the same calls
   * @return a new generator
   */
  public static DossierGenerator withSeed(long seed) {
    return new DossierGenerator(IdentifierGenerator.withSeed(seed));
  }

  /**
   * Returns a new generator with its own sequence, derived from this one's next values (so this one advances).
   *
   * @return a new, independent generator
   */
  public DossierGenerator split() {
    return new DossierGenerator(ids.split());
  }

  /**
   * Returns the seed this generator was created with, or the one derived for it by {@link #split()}.
   *
   * @return the seed
   */
  public long seed() {
    return ids.seed();
  }

  /**
   * Returns a lazy stream of {@code count} dossiers submitted from {@code firstDay} to {@code lastDay} (Vietnam time,
   * both included), each moved through its lifecycle up to the end of {@code lastDay}. Each call starts a new stream
   * from this generator's next values.
   *
   * @param firstDay the first day of the period, in 2021 or later (the civil-service calendar's range)
   * @param lastDay the last day of the period, not before {@code firstDay}, in 2099 at the latest (dossier codes write
   *     the year with two digits)
   * @param count how many dossiers, 0 or more; a day gets at most {@value #MAX_DOSSIERS_A_DAY}
   * @return the dossiers in order of submission; a sequential, ordered, sized stream
   * @throws IllegalArgumentException if the period is empty or out of range, or {@code count} is negative or too
   *     large for the period
   */
  public Stream<Dossier> dossiers(LocalDate firstDay, LocalDate lastDay, long count) {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("The period ends (" + lastDay + ") before it starts (" + firstDay + ")");
    }
    if (firstDay.isBefore(FIRST_DAY) || lastDay.isAfter(LAST_DAY)) {
      throw new IllegalArgumentException("Dossiers are generated from " + FIRST_DAY + " to " + LAST_DAY
          + " (the civil-service calendar's years and the two-digit years of dossier codes); got " + firstDay + " to "
          + lastDay);
    }
    long days = lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
    if (count < 0 || count > MAX_DOSSIERS_A_DAY * days) {
      throw new IllegalArgumentException(
          "count must be 0 to " + MAX_DOSSIERS_A_DAY + " a day over " + days + " days, got " + count);
    }
    DossierStream stream = new DossierStream(ids.random().nextLong(), firstDay, lastDay, count);
    return StreamSupport.stream(stream, false);
  }

  /**
   * Returns the document issued to the applicant of a finished dossier: for a dossier of {@link SampleProcedures}
   * whose processing finished (status 9 or 10), its number, name, date of issue (the day processing finished), the
   * agency, a signer, the link of an electronic result, and the holder: the applicant with their personal ID or tax
   * code, or, for a birth registration, the newborn with the personal ID issued at registration.
   *
   * <p>A pure function of the dossier: the same dossier always gives the same result, and no generator advances.
   *
   * @param dossier a dossier, generated or not
   * @return the result, or empty if processing has not finished or the procedure is not one of {@link
   *     SampleProcedures}
   */
  public static Optional<Result> resultOf(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    DossierStatus status = dossier.status();
    Profile profile = SampleProcedures.profile(dossier.procedure().code());
    if (profile == null || dossier.finishedAt() == null
        || (status != DossierStatus.FINISHED && status != DossierStatus.RESULT_RETURNED)) {
      return Optional.empty();
    }
    IdentifierGenerator ids = IdentifierGenerator.withSeed(
        SplitMix64.derive(dossier.code().format().hashCode(), 0x5E5017L));
    SplitMix64 r = ids.random();
    LocalDate issued = DossierStream.localDate(dossier.finishedAt());
    String link = null;
    for (DossierResultDocument document : dossier.results()) {
      if (document.isElectronic()) {
        link = document.downloadUrl();
      }
    }
    return Optional.of(new Result(profile.resultCode(),
        dossier.code().sequence() + "/" + issued.getYear() + "/" + profile.numberSuffix(),
        profile.resultName(), dossier.effectiveReceivingAgency(), dossier.processingAgencyName(),
        People.adultName(r, 1960, 1990).fullName(), issued, null,
        profile.validityMonths() == 0 ? null : issued.plusMonths(profile.validityMonths()).minusDays(1),
        link, dossier.code(), holder(ids, dossier, profile, issued)));
  }

  private static ResultHolder holder(IdentifierGenerator ids, Dossier dossier, Profile profile, LocalDate issued) {
    Applicant applicant = dossier.applicant();
    if (applicant.type() != ApplicantType.CITIZEN) {
      return new ResultHolder(applicant.type(), applicant.name(), null, null, applicant.taxIdentifier().orElse(null));
    }
    if (profile.resultCode().startsWith("1.001193")) {
      // A birth certificate is the child's: born in the weeks before, registered where the parent lives, and given a
      // personal ID at registration.
      SplitMix64 r = ids.random();
      Sex sex = ids.sex();
      LocalDate born = issued.minusDays(r.between(1, 60));
      Address home = applicant.address();
      AdministrativeEra era = AdministrativeEra.asOf(born);
      Province legacy = home != null && home.province().isPresent()
          ? Places.legacyPart(r, home.province().get())
          : Places.legacyProvince(r);
      PersonalIdNumber id = People.personalId(ids, sex, born.getYear(), Places.inEra(legacy, era));
      PersonName child = Names.name(r, PersonName.parse(applicant.name()).family(), sex, born.getYear());
      return ResultHolder.individual(child.fullName(), id);
    }
    Optional<PersonalIdNumber> id = applicant.personalId();
    return id.isPresent()
        ? ResultHolder.individual(applicant.name(), id.get())
        : new ResultHolder(ApplicantType.CITIZEN, applicant.name(), null, applicant.legacyIdCard().orElse(null), null);
  }

  /** Returns {@code DossierGenerator[seed=…]}. */
  @Override
  public String toString() {
    return "DossierGenerator[seed=" + ids.seed() + ']';
  }
}
