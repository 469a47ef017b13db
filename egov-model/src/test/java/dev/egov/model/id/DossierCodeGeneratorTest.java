package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DossierCodeGeneratorTest {

  private static final AgencyCode THANH_HOA_06 = AgencyCode.parse("000.00.06.H56");
  private static final AgencyCode NGHE_AN = AgencyCode.parse("000.00.00.H41");

  /** A clock a test can move; its zone is deliberately not Vietnam's, which the generator must ignore. */
  static final class MutableClock extends Clock {
    private volatile Instant instant;
    private final ZoneId zone;

    MutableClock(Instant instant, ZoneId zone) {
      this.instant = instant;
      this.zone = zone;
    }

    void set(Instant instant) {
      this.instant = instant;
    }

    void advance(Duration duration) {
      this.instant = instant.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new MutableClock(instant, zone);
    }

    @Override
    public Instant instant() {
      return instant;
    }
  }

  private static MutableClock clockAt(String instant) {
    return new MutableClock(Instant.parse(instant), ZoneId.of("America/St_Johns"));
  }

  @Test
  void next_firstCodesOfTheDay_sequenceFromOne() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"));
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0001");
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0002");
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0003");
  }

  @Test
  void next_eachAgency_ownSequence() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"));
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(1);
    assertThat(codes.next(NGHE_AN).sequence()).isEqualTo(1);
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(2);
    assertThat(codes.next(NGHE_AN).format()).isEqualTo("000.00.00.H41-261122-0002");
  }

  @Test
  void next_shortFormAgency_sharesSequenceWithFullFormAndWritesFullForm() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"));
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(1);
    DossierCode second = codes.next(AgencyCode.parseLenient("H56.06"));
    assertThat(second.format()).isEqualTo("000.00.06.H56-261122-0002");
    assertThat(DossierCode.check(second.format())).isEqualTo(IdentifierCheck.VALID);
  }

  @Test
  void next_clockInOtherZone_dayIsVietnamese() {
    // 2026-11-21T18:00Z is 15:30 on the 21st in St John's and 01:00 on the 22nd in Vietnam.
    DossierCodeGenerator codes = DossierCodeGenerator.create(
        Clock.fixed(Instant.parse("2026-11-21T18:00:00Z"), ZoneId.of("America/St_Johns")));
    assertThat(codes.next(THANH_HOA_06).receiptDate()).hasToString("2026-11-22");
  }

  @Test
  void next_vietnameseMidnight_newDayRestartsSequence() {
    MutableClock clock = clockAt("2026-11-21T16:59:59Z"); // 23:59:59 in Vietnam
    DossierCodeGenerator codes = DossierCodeGenerator.create(clock);
    codes.next(THANH_HOA_06);
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261121-0002");
    clock.set(Instant.parse("2026-11-21T17:00:00Z")); // 00:00:00 on the 22nd in Vietnam, still the 21st in UTC
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0001");
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0002");
  }

  @Test
  void next_utcMidnight_sameVietnameseDayContinues() {
    MutableClock clock = clockAt("2026-11-21T23:59:59Z"); // 06:59:59 on the 22nd in Vietnam
    DossierCodeGenerator codes = DossierCodeGenerator.create(clock);
    codes.next(THANH_HOA_06);
    clock.set(Instant.parse("2026-11-22T00:00:00Z"));
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0002");
  }

  @Test
  void resumeAfter_todaysLastCode_continuesAfterIt() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261122-0041"));
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0042");
    assertThat(codes.next(NGHE_AN).sequence()).isEqualTo(1);
  }

  @Test
  void resumeAfter_lowerSequenceLater_ignored() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261122-0041"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261122-0010"));
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(42);
  }

  @Test
  void resumeAfter_belowCodesAlreadyMinted_ignored() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"));
    codes.next(THANH_HOA_06);
    codes.next(THANH_HOA_06);
    codes.resumeAfter(DossierCode.parse("000.00.06.H56-261122-0001"));
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(3);
  }

  @Test
  void resumeAfter_yesterdaysCode_irrelevant() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261121-0500"));
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-0001");
  }

  @Test
  void resumeAfter_yesterdaysCodeAfterToday_doesNotResetToday() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261122-0007"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261121-0500"));
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(8);
  }

  @Test
  void next_afterCode9999_sequenceExhausted() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261122-9998"));
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261122-9999");
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> codes.next(THANH_HOA_06))
          .isInstanceOfSatisfying(DossierCodeGenerationException.class, e -> assertThat(e.reason())
              .isEqualTo(DossierCodeGenerationException.Reason.SEQUENCE_EXHAUSTED))
          .hasMessageContaining("000.00.06.H56")
          .hasMessageContaining("SEQUENCE_EXHAUSTED");
    }
    assertThat(codes.next(NGHE_AN).sequence()).isEqualTo(1);
  }

  @Test
  void next_exhaustedThenNextVietnameseDay_startsAgain() {
    MutableClock clock = clockAt("2026-11-22T16:00:00Z");
    DossierCodeGenerator codes = DossierCodeGenerator.create(clock)
        .resumeAfter(DossierCode.parse("000.00.06.H56-261122-9999"));
    assertThatThrownBy(() -> codes.next(THANH_HOA_06)).isInstanceOf(DossierCodeGenerationException.class);
    clock.advance(Duration.ofHours(1)); // 00:00 on the 23rd in Vietnam
    assertThat(codes.next(THANH_HOA_06).format()).isEqualTo("000.00.06.H56-261123-0001");
  }

  @Test
  void next_resumedAfterFiveDigitSequence_exhaustedRatherThanNonStandard() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"))
        .resumeAfter(DossierCode.parseLenient("000.00.06.H56-261122-12345"));
    assertThatThrownBy(() -> codes.next(THANH_HOA_06))
        .isInstanceOfSatisfying(DossierCodeGenerationException.class, e -> assertThat(e.reason())
            .isEqualTo(DossierCodeGenerationException.Reason.SEQUENCE_EXHAUSTED));
  }

  @Test
  void next_clockMovedBackToEarlierDay_clockMovedBack() {
    MutableClock clock = clockAt("2026-11-22T03:00:00Z");
    DossierCodeGenerator codes = DossierCodeGenerator.create(clock);
    codes.next(THANH_HOA_06);
    clock.set(Instant.parse("2026-11-21T03:00:00Z"));
    assertThatThrownBy(() -> codes.next(THANH_HOA_06))
        .isInstanceOfSatisfying(DossierCodeGenerationException.class, e -> assertThat(e.reason())
            .isEqualTo(DossierCodeGenerationException.Reason.CLOCK_MOVED_BACK))
        .hasMessageContaining("2026-11-21")
        .hasMessageContaining("2026-11-22");
    // An agency without codes on the later day is not affected.
    assertThat(codes.next(NGHE_AN).format()).isEqualTo("000.00.00.H41-261121-0001");
    // Once the clock is right again, the sequence continues without a duplicate.
    clock.set(Instant.parse("2026-11-22T04:00:00Z"));
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(2);
  }

  @Test
  void next_clockMovedBackWithinSameDay_continues() {
    MutableClock clock = clockAt("2026-11-22T10:00:00Z");
    DossierCodeGenerator codes = DossierCodeGenerator.create(clock);
    codes.next(THANH_HOA_06);
    clock.set(Instant.parse("2026-11-22T01:00:00Z"));
    assertThat(codes.next(THANH_HOA_06).sequence()).isEqualTo(2);
  }

  @Test
  void next_resumedWithFutureDay_clockMovedBack() {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"))
        .resumeAfter(DossierCode.parse("000.00.06.H56-261123-0001"));
    assertThatThrownBy(() -> codes.next(THANH_HOA_06))
        .isInstanceOfSatisfying(DossierCodeGenerationException.class, e -> assertThat(e.reason())
            .isEqualTo(DossierCodeGenerationException.Reason.CLOCK_MOVED_BACK));
  }

  @Test
  void next_concurrentThreads_noDuplicatesAndNoGaps() throws Exception {
    DossierCodeGenerator codes = DossierCodeGenerator.create(clockAt("2026-11-22T03:00:00Z"));
    AgencyCode[] agencies = {THANH_HOA_06, NGHE_AN, AgencyCode.parseLenient("H56.06")};
    int threads = 8;
    int perThread = 1_000;
    Set<DossierCode> minted = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          int duplicates = 0;
          for (int i = 0; i < perThread; i++) {
            if (!minted.add(codes.next(agencies[(i + offset) % agencies.length]))) {
              duplicates++;
            }
          }
          return duplicates;
        }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get(8, TimeUnit.SECONDS)).as("duplicates seen by one thread").isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(minted).hasSize(threads * perThread);
    // The full and short forms of H56 share one counter: together a gap-free 1..n, and Nghệ An its own 1..m.
    TreeSet<Integer> thanhHoa = new TreeSet<>();
    TreeSet<Integer> ngheAn = new TreeSet<>();
    for (DossierCode code : minted) {
      assertThat(code.receiptDate()).hasToString("2026-11-22");
      (code.agency().equals(NGHE_AN) ? ngheAn : thanhHoa).add(code.sequence());
    }
    assertThat(thanhHoa.size() + ngheAn.size()).isEqualTo(threads * perThread);
    assertThat(thanhHoa.first()).isEqualTo(1);
    assertThat(thanhHoa.last()).isEqualTo(thanhHoa.size());
    assertThat(ngheAn.first()).isEqualTo(1);
    assertThat(ngheAn.last()).isEqualTo(ngheAn.size());
  }

  @Test
  void next_concurrentThreadsOneAgency_everySequenceOnce() throws Exception {
    DossierCodeGenerator codes = DossierCodeGenerator.create(
        Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC));
    int threads = 4;
    int perThread = 2_000;
    int[][] sequences = new int[threads][perThread];
    Thread[] workers = new Thread[threads];
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      int index = t;
      workers[t] = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < perThread; i++) {
          sequences[index][i] = codes.next(THANH_HOA_06).sequence();
        }
      });
      workers[t].start();
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join(8_000);
    }
    boolean[] seen = new boolean[threads * perThread + 1];
    for (int[] perWorker : sequences) {
      int previous = 0;
      for (int sequence : perWorker) {
        assertThat(sequence).isBetween(1, threads * perThread);
        assertThat(seen[sequence]).as("sequence %d twice", sequence).isFalse();
        assertThat(sequence).as("increasing within one thread").isGreaterThan(previous);
        seen[sequence] = true;
        previous = sequence;
      }
    }
  }

  @Test
  void createAndNext_null_throwNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> DossierCodeGenerator.create(null));
    DossierCodeGenerator codes = DossierCodeGenerator.create(Clock.systemUTC());
    assertThatNullPointerException().isThrownBy(() -> codes.next(null));
    assertThatNullPointerException().isThrownBy(() -> codes.resumeAfter(null));
  }
}
