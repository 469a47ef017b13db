package dev.egov.fakes.generators;

import dev.egov.fakes.generators.AgencyPool.Agency;
import dev.egov.fakes.generators.SampleProcedures.Profile;
import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.ProcessingTimeUnit;
import dev.egov.model.calendar.TimeWindow;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.Province;
import dev.egov.model.code.ApplicantType;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.IdDocumentType;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.ApplicantIdentifier;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierDocuments;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierPayment;
import dev.egov.model.dossier.DossierProcessing;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.ProcessingStep;
import dev.egov.model.dossier.Representative;
import dev.egov.model.dossier.SubmittedDocument;
import dev.egov.model.dossier.SupplementRequest;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.organisation.Organisation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A lazy, ordered stream of dossiers submitted within a period: each day's submissions are laid out (channel and time
 * of day, sorted) when the stream reaches the day, and each dossier is then generated from its own seed and moved
 * through its lifecycle up to the end of the period. Nothing but the current day's layout is held.
 *
 * <p>Sequential only: {@link #trySplit()} returns {@code null}, since dossier codes are minted in order.
 */
final class DossierStream implements Spliterator<Dossier> {

  /** Vietnam's offset, +07:00 without daylight saving time since 1975: local times become instants by arithmetic. */
  private static final int VIETNAM_OFFSET_SECONDS = 7 * 3600;

  private static final long DAY_SALT = 0x6A09E667F3BCC908L;
  private static final long POOL_SALT = 0xBB67AE8584CAA73BL;

  /** Submission weight of a working day and of a closed day (weekend, holiday), when only online dossiers come. */
  private static final int WORKING_DAY_WEIGHT = 10;
  private static final int CLOSED_DAY_WEIGHT = 1;

  /** Channel shares on working days, in percent: in person, online, by post. */
  private static final int DIRECT_PERCENT = 52;
  private static final int ONLINE_PERCENT = 43;

  private static final Channel[] CHANNELS = {Channel.DIRECT, Channel.ONLINE, Channel.POST};

  /** Relative weight of each hour for online submissions: little at night, most in office hours and the evening. */
  private static final int[] ONLINE_HOURS = {1, 1, 1, 1, 1, 1, 2, 5, 8, 8, 8, 7, 5, 5, 8, 8, 8, 7, 5, 6, 6, 5, 3, 2};

  private static final long HOUR = 3600;
  private static final long WORKING_DAY = 8 * HOUR;

  private final WorkingCalendar calendar = WorkingCalendar.civilService();
  /** The due dates of every dossier: the defaults on the civil-service calendar, each procedure's time bound. */
  private final DueDateRule dueDates = DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(1));
  private final long seed;
  private final LocalDate firstDay;
  private final long count;
  private final Instant end;
  private final boolean[] working;
  private final int[] cumulativeWeight;
  private final AgencyPool pool;
  private final Weighted<Profile>[] proceduresByChannel;
  private final long[] officeWindows;
  private final int officeSeconds;

  private int day = -1;
  private long[] slots = new long[0];
  private int slot;
  private long produced;

  @SuppressWarnings({"unchecked", "rawtypes"})
  DossierStream(long seed, LocalDate firstDay, LocalDate lastDay, long count) {
    this.seed = seed;
    this.firstDay = firstDay;
    this.count = count;
    this.end = instant(lastDay.plusDays(1), 0);
    int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
    this.working = new boolean[days];
    this.cumulativeWeight = new int[days];
    int sum = 0;
    for (int d = 0; d < days; d++) {
      working[d] = calendar.isWorkingDay(firstDay.plusDays(d));
      sum += working[d] ? WORKING_DAY_WEIGHT : CLOSED_DAY_WEIGHT;
      cumulativeWeight[d] = sum;
    }
    long busiest = 0;
    for (int d = 0; d < days; d++) {
      busiest = Math.max(busiest, dossiersOn(d));
    }
    if (busiest > DossierGenerator.MAX_DOSSIERS_A_DAY) {
      throw new IllegalArgumentException(count + " dossiers from " + firstDay + " to " + lastDay + " make "
          + busiest + " on the busiest day, more than " + DossierGenerator.MAX_DOSSIERS_A_DAY);
    }
    this.pool = new AgencyPool(new SplitMix64(SplitMix64.derive(seed ^ POOL_SALT, 0)), busiest);

    this.proceduresByChannel = new Weighted[CHANNELS.length];
    for (int c = 0; c < CHANNELS.length; c++) {
      Channel channel = CHANNELS[c];
      Weighted.Builder<Profile> b = Weighted.builder();
      for (Profile p : SampleProcedures.PROFILES) {
        if (channel != Channel.POST || p.post()) {
          b.add(p, p.weight());
        }
      }
      proceduresByChannel[c] = b.build();
    }

    List<TimeWindow> hours = calendar.officeHours();
    this.officeWindows = new long[hours.size()];
    int total = 0;
    for (int i = 0; i < hours.size(); i++) {
      int start = hours.get(i).start().toSecondOfDay();
      int length = hours.get(i).end().toSecondOfDay() - start;
      officeWindows[i] = (long) start << 32 | length;
      total += length;
    }
    this.officeSeconds = total;
  }

  /** The number of dossiers submitted on day {@code d} of the period: the count shared out by day weight, exactly. */
  private long dossiersOn(int d) {
    long total = cumulativeWeight[cumulativeWeight.length - 1];
    long before = d == 0 ? 0 : count * cumulativeWeight[d - 1] / total;
    return count * cumulativeWeight[d] / total - before;
  }

  // ------------------------------------------------------------------------------------------------ spliterator

  @Override
  public boolean tryAdvance(Consumer<? super Dossier> action) {
    while (slot >= slots.length) {
      if (produced >= count || day + 1 >= working.length) {
        return false;
      }
      layOut(++day);
    }
    action.accept(generate(produced, slots[slot++]));
    produced++;
    return true;
  }

  @Override
  public @Nullable Spliterator<Dossier> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return count - produced;
  }

  @Override
  public int characteristics() {
    return ORDERED | SIZED | NONNULL | IMMUTABLE;
  }

  /**
   * Lays out the submissions of day {@code d}: for each, a channel (online only on closed days) and a second of the
   * day (office hours for desk and post, any hour online), packed as {@code second << 2 | channel} and sorted.
   */
  private void layOut(int d) {
    int n = (int) dossiersOn(d);
    SplitMix64 random = new SplitMix64(SplitMix64.derive(seed ^ DAY_SALT, d));
    long[] layout = new long[n];
    for (int i = 0; i < n; i++) {
      int channel = 1;
      if (working[d]) {
        int roll = random.nextInt(100);
        channel = roll < DIRECT_PERCENT ? 0 : roll < DIRECT_PERCENT + ONLINE_PERCENT ? 1 : 2;
      }
      int second;
      if (channel == 1) {
        int hour = pickHour(random);
        second = hour * 3600 + random.nextInt(3600);
      } else {
        int offset = random.nextInt(officeSeconds);
        int w = 0;
        while (offset >= (int) officeWindows[w]) {
          offset -= (int) officeWindows[w];
          w++;
        }
        second = (int) (officeWindows[w] >>> 32) + offset;
      }
      layout[i] = (long) second << 2 | channel;
    }
    Arrays.sort(layout);
    slots = layout;
    slot = 0;
  }

  private static int pickHour(SplitMix64 random) {
    int total = 0;
    for (int w : ONLINE_HOURS) {
      total += w;
    }
    int roll = random.nextInt(total);
    int hour = 0;
    while (roll >= ONLINE_HOURS[hour]) {
      roll -= ONLINE_HOURS[hour];
      hour++;
    }
    return hour;
  }

  // ----------------------------------------------------------------------------------------------- one dossier

  /** Generates dossier number {@code index} (from 0) of the stream, submitted as {@code packed} says. */
  private Dossier generate(long index, long packed) {
    IdentifierGenerator ids = IdentifierGenerator.withSeed(SplitMix64.derive(seed, index));
    SplitMix64 r = ids.random();
    LocalDate date = firstDay.plusDays(day);
    Channel channel = CHANNELS[(int) (packed & 3)];
    Instant submitted = instant(date, (int) (packed >>> 2));
    Profile procedure = proceduresByChannel[(int) (packed & 3)].pick(r);
    ProcessingTime time = procedure.time(channel);
    Agency agency = pool.pick(r, procedure.kind(), date);
    DossierCode code = agency.mint(date);
    return new Life(ids, r, code, procedure, time, agency, channel, submitted).run();
  }

  /** The simulation of one dossier's life, from submission to the end of the period. */
  private final class Life {
    private final IdentifierGenerator ids;
    private final SplitMix64 r;
    private final DossierCode code;
    private final Profile procedure;
    private final ProcessingTime time;
    private final DueDateRule rule;
    private final Agency agency;
    private final Channel channel;
    private final Instant submitted;
    private final List<ProcessingStep> steps = new ArrayList<>(6);
    private Dossier dossier;
    private Instant due;

    Life(IdentifierGenerator ids, SplitMix64 r, DossierCode code, Profile procedure, ProcessingTime time,
        Agency agency, Channel channel, Instant submitted) {
      this.ids = ids;
      this.r = r;
      this.code = code;
      this.procedure = procedure;
      this.time = time;
      this.rule = dueDates.withProcessingTime(time);
      this.agency = agency;
      this.channel = channel;
      this.submitted = submitted;
    }

    Dossier run() {
      // Reception: decided first, because the applicant's address must be of the catalogue in force on the day the
      // dossier is received (or submitted, if it never is).
      Instant supplementAt = null;
      Instant refuseAt = null;
      Instant withdrawAt = null;
      Instant receiveAt = null;
      int roll = r.nextInt(1000);
      if (channel == Channel.ONLINE) {
        Instant check = afterWorking(calendar.nextOpening(submitted), minutes(r.percent(70) ? r.between(5, 120)
            : r.between(120, 480)));
        if (roll < 25) {
          refuseAt = check;
        } else if (roll < 30) {
          withdrawAt = submitted.plusSeconds(r.nextInt((int) Math.max(1, check.getEpochSecond()
              - submitted.getEpochSecond())));
        } else if (roll < 100) {
          supplementAt = check;
          int answer = r.nextInt(100);
          if (answer < 75) {
            receiveAt = resumption(check, r.between(1, 7));
          } else if (answer < 88) {
            refuseAt = afterWorking(check, r.between(5, 15) * WORKING_DAY);
          } else {
            withdrawAt = check.plusSeconds(r.between(1, 10) * 86_400L + r.nextInt(86_400));
          }
        } else {
          receiveAt = check;
        }
      } else {
        Instant desk = channel == Channel.POST ? afterWorking(submitted, minutes(r.between(10, 180))) : submitted;
        if (roll < 10) {
          refuseAt = desk.plusSeconds(r.between(2, 15) * 60L);
        } else {
          receiveAt = desk;
        }
      }
      Instant reference = receiveAt != null && reached(receiveAt) ? receiveAt : submitted;
      AdministrativeEra era = AdministrativeEra.asOf(localDate(reference));

      dossier = initial(era, reference);

      if (supplementAt != null) {
        if (!reached(supplementAt)) {
          return done();
        }
        dossier = dossier.requestSupplement(SupplementRequest.open(supplementAt,
            "Bổ sung " + component(), List.of(component()))).dossier();
      }
      if (refuseAt != null) {
        if (reached(refuseAt)) {
          dossier = dossier.refuse(refuseAt, "Hồ sơ không đủ điều kiện tiếp nhận").dossier();
        }
        return done();
      }
      if (withdrawAt != null) {
        if (reached(withdrawAt)) {
          dossier = dossier.withdraw(withdrawAt, "Công dân xin rút hồ sơ").dossier();
        }
        return done();
      }
      if (!reached(receiveAt)) {
        return done();
      }
      due = rule.dueDate(receiveAt);
      dossier = supplementAt != null
          ? dossier.supplementReceived(receiveAt, due).dossier()
          : dossier.receive(receiveAt, due).dossier();
      step(receiveAt, "Tiếp nhận hồ sơ", DossierStatus.RECEIVED);
      process(receiveAt);
      return done();
    }

    /** From reception to the end: pauses, then an end (finish and return, withdrawal or stop). */
    private void process(Instant receivedAt) {
      long remaining = remainingWorkingSeconds(receivedAt);
      Instant t = receivedAt;
      if (channel == Channel.DIRECT && remaining <= WORKING_DAY && r.percent(60)) {
        // Resolved at the desk (giải quyết ngay).
        finishAndReturn(afterWorking(t, minutes(r.between(5, 45))));
        return;
      }
      long startIn = Math.max(60, Math.min(2 * HOUR, remaining / 4) * r.between(5, 100) / 100);
      t = afterWorking(t, startIn);
      remaining -= startIn;
      if (!reached(t)) {
        return;
      }
      dossier = dossier.startProcessing(t).dossier();
      step(t, "Chuyển xử lý", DossierStatus.PROCESSING);

      int supplements = r.percent(procedure.supplementPercent()) ? (r.percent(15) ? 2 : 1) : 0;
      boolean obligation = r.percent(procedure.obligationPercent());
      int endRoll = r.nextInt(1000);
      int timelinessRoll = r.nextInt(100);

      for (int s = 0; s < supplements; s++) {
        long in = Math.max(60, remaining * r.between(5, 35) / 100);
        Instant requested = afterWorking(t, in);
        remaining -= in;
        if (!reached(requested)) {
          return;
        }
        String wanted = component();
        dossier = dossier.requestSupplement(
            SupplementRequest.open(requested, "Bổ sung, hoàn thiện " + wanted, List.of(wanted))).dossier();
        step(requested, "Yêu cầu bổ sung hồ sơ", DossierStatus.SUPPLEMENT_REQUESTED);
        int answer = r.nextInt(100);
        if (answer < 88) {
          t = resumption(requested, r.between(1, 10));
        } else if (answer < 96) {
          // Never answered: the request stays open and the dossier stays paused, as unanswered requests do in the
          // agencies' data.
          return;
        } else {
          t = resumption(requested, r.between(60, 120));
        }
        if (!reached(t)) {
          return;
        }
        due = resumedDue(t);
        dossier = dossier.supplementReceived(t, due).dossier();
        step(t, "Tiếp nhận hồ sơ bổ sung", DossierStatus.PROCESSING);
      }

      if (obligation) {
        long in = Math.max(60, remaining * r.between(20, 60) / 100);
        Instant requested = afterWorking(t, in);
        remaining -= in;
        if (!reached(requested)) {
          return;
        }
        dossier = dossier.requestFinancialObligation(requested, procedure.obligationContent()).dossier();
        step(requested, "Thông báo nghĩa vụ tài chính", DossierStatus.FINANCIAL_OBLIGATION);
        int answer = r.nextInt(100);
        Instant met = resumption(requested, r.between(1, 20));
        if (answer < 90) {
          if (!reached(met)) {
            return;
          }
          if (r.percent(30)) {
            // The receipt of payment is the last paper: the result is issued on the spot.
            finishAndReturn(met);
            return;
          }
          t = met;
          due = resumedDue(t);
          dossier = dossier.financialObligationMet(t, due).dossier();
          step(t, "Hoàn thành nghĩa vụ tài chính", DossierStatus.PROCESSING);
        } else {
          Instant at = answer < 96 ? afterWorking(requested, 30 * WORKING_DAY) : met;
          if (reached(at)) {
            dossier = answer < 96
                ? dossier.stop(at, "Không thực hiện nghĩa vụ tài chính").dossier()
                : dossier.withdraw(at, "Công dân xin rút hồ sơ").dossier();
          }
          return;
        }
      }

      if (endRoll < 13) {
        Instant at = afterWorking(t, Math.max(60, remaining * r.between(10, 60) / 100));
        if (reached(at)) {
          dossier = endRoll < 8
              ? dossier.withdraw(at, "Công dân xin rút hồ sơ").dossier()
              : dossier.stop(at, "Dừng xử lý theo quy định").dossier();
        }
        return;
      }
      Instant finishAt;
      if (timelinessRoll < procedure.latePercent()) {
        int lateness = r.nextInt(100);
        long late = lateness < 50 ? minutes(r.between(15, 480))
            : lateness < 85 ? r.between(8, 24) * HOUR : r.between(3, 15) * WORKING_DAY;
        finishAt = afterWorking(due, late);
      } else if (r.percent(70)) {
        finishAt = afterWorking(t, Math.max(60, remaining * r.between(15, 90) / 100));
      } else {
        long margin = r.nextInt((int) Math.max(1, Math.min(remaining, 2 * HOUR)));
        finishAt = afterWorking(t, Math.max(0, remaining - margin));
      }
      finishAndReturn(finishAt);
    }

    private void finishAndReturn(Instant finishAt) {
      if (!reached(finishAt)) {
        return;
      }
      dossier = dossier.finish(finishAt).dossier();
      step(finishAt, "Hoàn thành xử lý", DossierStatus.FINISHED);
      boolean electronic = channel == Channel.ONLINE
          ? r.percent(procedure.fullProcessOnline() ? 85 : 45)
          : r.percent(10);
      Instant returnAt;
      if (electronic && channel == Channel.ONLINE) {
        returnAt = finishAt.plusSeconds(r.nextInt(1800));
      } else if (ResultDelivery.POST.equals(dossier.documents().resultDelivery())) {
        returnAt = afterWorking(finishAt, r.between(8, 24) * HOUR);
      } else if (r.percent(92)) {
        returnAt = afterWorking(finishAt, minutes(r.between(30, 5 * 480)));
      } else {
        returnAt = finishAt.plusSeconds(r.between(30, 120) * 86_400L);
      }
      if (!reached(returnAt)) {
        return;
      }
      String documentId = "KQ-" + code.format();
      DossierResultDocument result = new DossierResultDocument(procedure.resultName(), null, documentId,
          electronic ? "https://dichvucong.example/ket-qua/" + documentId : null, procedure.resultCode());
      dossier = dossier.returnResult(returnAt, List.of(result)).dossier();
      step(returnAt, "Trả kết quả", DossierStatus.RESULT_RETURNED);
    }

    /** The dossier at submission: applicant, documents, fees and flags. */
    private Dossier initial(AdministrativeEra era, Instant reference) {
      LocalDate asOf = localDate(reference);
      Province home = r.percent(90) ? Places.inEra(agency.legacyProvince, era) : Places.migrationDestination(r, era);
      boolean online = channel == Channel.ONLINE;
      String portalAccount = online ? "TK" + r.digits(10) : null;
      Applicant applicant;
      Representative representative = null;
      boolean citizen = procedure.enterprisePercent() == 0 || !r.percent(procedure.enterprisePercent());
      if (citizen) {
        People.Person person = People.adult(ids, asOf, home);
        List<ApplicantIdentifier> identifiers;
        ApplicantIdentifier personal =
            new ApplicantIdentifier(IdDocumentType.PERSONAL_ID, person.personalId().format());
        if (person.birthYear() <= 2002 && r.percent(3)) {
          identifiers = List.of(personal, new ApplicantIdentifier(IdDocumentType.LEGACY_ID_CARD,
              ids.legacyIdCardNumber(LegacyIdCardNumber.Form.NINE_DIGITS).format()));
        } else {
          identifiers = List.of(personal);
        }
        applicant = new Applicant(ApplicantType.CITIZEN, person.name().fullName(), person.personalId().format(),
            identifiers, portalAccount, online && r.percent(70) ? People.email(r, person.name()) : null, null,
            r.percent(90) ? ids.phoneNumber(PhoneNumber.Type.MOBILE).format() : null, person.residence());
        if (r.percent(8)) {
          People.Person proxy = People.adult(ids, asOf, home);
          representative = new Representative(proxy.name(), proxy.personalId(),
              ids.phoneNumber(PhoneNumber.Type.MOBILE).format(), null, "Người nộp thay");
        }
      } else {
        Organisation firm = Companies.enterprise(ids, home, asOf, false);
        People.Person contact = People.adult(ids, asOf, home);
        String phone = ids.phoneNumber(r.percent(70) ? PhoneNumber.Type.MOBILE : PhoneNumber.Type.LANDLINE).format();
        applicant = new Applicant(ApplicantType.ENTERPRISE, firm.name(), firm.taxIdentifier().format(), List.of(),
            portalAccount, People.email(r, contact.name()), null, phone, firm.address());
        representative = new Representative(contact.name(), contact.personalId(),
            ids.phoneNumber(PhoneNumber.Type.MOBILE).format(), null,
            r.percent(70) ? "Người được ủy quyền" : "Người đại diện theo pháp luật");
      }

      List<Fee> fees = procedure.fees(channel, procedure.perPage() ? r.between(1, 12) : 1);
      OnlinePayment payment = null;
      if (online && !fees.isEmpty()) {
        int roll = r.nextInt(100);
        payment = roll < 70 ? OnlinePayment.NATIONAL_PLATFORM : roll < 80 ? OnlinePayment.OWN_PORTAL : null;
      }
      boolean digitised = r.percent(online ? 90 : channel == Channel.DIRECT ? 55 : 30);
      List<SubmittedDocument> documents = new ArrayList<>(procedure.components().size());
      for (int i = 0; i < procedure.components().size(); i++) {
        boolean fromRepository = online && r.percent(15);
        documents.add(new SubmittedDocument(null, procedure.components().get(i), false, null,
            online || digitised ? "https://dichvucong.example/tai-lieu/" + code.format() + '/' + (i + 1) : null,
            digitised, r.percent(5), fromRepository, null));
      }
      ResultDelivery delivery = channel == Channel.POST || r.percent(online ? 25 : 10)
          ? ResultDelivery.POST
          : ResultDelivery.DIRECT;

      return Dossier.builder()
          .code(code)
          .procedure(procedure.ref())
          .processing(new DossierProcessing(agency.name, List.of(), List.of()))
          .applicant(applicant)
          .representative(representative)
          .submission(new DossierSubmission(channel, online ? procedure.procedure().onlineLevel() : null, null, null,
              procedure.ref().name() + ": " + applicant.name(), null, null))
          .timeline(DossierTimeline.submittedAt(submitted))
          .documents(new DossierDocuments(documents, List.of(), List.of(), delivery))
          .payment(new DossierPayment(fees, payment))
          // A counter's system does not state VNeID verification: unstated (null), drawing nothing, so that seeded
          // output is unchanged apart from the flag.
          .flags(new DossierFlags(digitised, online ? (Boolean) (citizen && r.percent(75)) : null,
              citizen && r.percent(65) ? List.of(DossierGenerator.POPULATION_DATABASE) : List.of()))
          .build();
    }

    private Dossier done() {
      return steps.isEmpty() ? dossier : dossier.toBuilder().processing(dossier.processing().withSteps(steps)).build();
    }

    private void step(Instant at, String content, DossierStatus status) {
      steps.add(new ProcessingStep(agency.officers.get(r.nextInt(agency.officers.size())), agency.position, at,
          agency.name, content, status, null, due));
    }

    private String component() {
      List<String> components = procedure.components();
      return components.get(r.nextInt(components.size()));
    }

    /**
     * The working time from {@code receivedAt} to the due date: the statutory time for working-day and working-hour
     * procedures (the due date is exactly that much working time after an in-hours receipt), measured otherwise.
     */
    private long remainingWorkingSeconds(Instant receivedAt) {
      if (time.unit() == ProcessingTimeUnit.WORKING_DAYS && calendar.isOpen(receivedAt)) {
        return time.amount() * calendar.workingDayLength().getSeconds();
      }
      if (time.unit() == ProcessingTimeUnit.WORKING_HOURS && calendar.isOpen(receivedAt)) {
        return time.amount() * HOUR;
      }
      return calendar.workingTimeBetween(receivedAt, due).getSeconds();
    }

    /**
     * The due date after the open pause ends at {@code resumeAt}: the rule's due-date history from reception, over the
     * pauses since reception (a supplement asked before reception does not move the legal clock).
     */
    private Instant resumedDue(Instant resumeAt) {
      return rule.resumedDueDate(
          Objects.requireNonNull(dossier.timeline().receivedAt()), dossier.pauses().all(), resumeAt);
    }

    /** When an applicant answers after {@code days} calendar days: at least 30 minutes into office hours. */
    private Instant resumption(Instant from, int days) {
      return afterWorking(calendar.nextOpening(from.plusSeconds(days * 86_400L)), minutes(r.between(30, 240)));
    }
  }

  private Instant afterWorking(Instant from, long seconds) {
    return calendar.plusWorkingTime(from, Duration.ofSeconds(seconds));
  }

  private boolean reached(@Nullable Instant at) {
    return at != null && at.isBefore(end);
  }

  private static long minutes(int minutes) {
    return minutes * 60L;
  }

  static Instant instant(LocalDate date, int secondOfDay) {
    return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + secondOfDay - VIETNAM_OFFSET_SECONDS);
  }

  static LocalDate localDate(Instant instant) {
    return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + VIETNAM_OFFSET_SECONDS, 86_400L));
  }

  static LocalTime localTime(Instant instant) {
    return LocalTime.ofSecondOfDay(Math.floorMod(instant.getEpochSecond() + VIETNAM_OFFSET_SECONDS, 86_400L));
  }
}
