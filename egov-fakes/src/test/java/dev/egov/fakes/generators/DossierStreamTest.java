package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.code.Channel;
import dev.egov.model.dossier.Dossier;
import java.time.LocalDate;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dossier stream is lazy, exact in size and order, and refuses periods and counts it cannot generate. */
@Timeout(30)
class DossierStreamTest {

  private static final LocalDate JANUARY_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate DECEMBER_31 = LocalDate.of(2026, 12, 31);

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void dossiers_hundredMillionLimitedToAHundred_generatesOnlyTheFirstDay() {
    try (Stream<Dossier> dossiers = DossierGenerator.withSeed(1L).dossiers(JANUARY_1, DECEMBER_31, 100_000_000L)) {
      List<Dossier> first = dossiers.limit(100).collect(Collectors.toList());
      assertThat(first).hasSize(100);
      assertThat(first).allSatisfy(d -> assertThat(d.code().receiptDate()).isEqualTo(JANUARY_1));
    }
  }

  @Test
  void dossiers_count_isExactAndKnownUpFront() {
    Stream<Dossier> dossiers = DossierGenerator.withSeed(2L).dossiers(JANUARY_1, LocalDate.of(2026, 1, 10), 1234);
    Spliterator<Dossier> spliterator = dossiers.spliterator();
    assertThat(spliterator.getExactSizeIfKnown()).isEqualTo(1234);
    assertThat(spliterator.hasCharacteristics(Spliterator.ORDERED | Spliterator.NONNULL)).isTrue();
    assertThat(spliterator.trySplit()).isNull();
    long[] seen = new long[1];
    spliterator.forEachRemaining(d -> seen[0]++);
    assertThat(seen[0]).isEqualTo(1234);
    assertThat(spliterator.estimateSize()).isZero();
  }

  @Test
  void dossiers_zero_isEmpty() {
    assertThat(DossierGenerator.withSeed(3L).dossiers(JANUARY_1, DECEMBER_31, 0)).isEmpty();
  }

  @Test
  void dossiers_parallel_areTheSequentialOnes() {
    List<String> sequential = DossierGenerator.withSeed(4L).dossiers(JANUARY_1, JANUARY_1.plusDays(6), 300)
        .map(Records::render).collect(Collectors.toList());
    List<String> parallel = DossierGenerator.withSeed(4L).dossiers(JANUARY_1, JANUARY_1.plusDays(6), 300)
        .parallel().map(Records::render).collect(Collectors.toList());
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void dossiers_onASunday_areAllOnline() {
    LocalDate sunday = LocalDate.of(2026, 3, 8);
    assertThat(DossierGenerator.withSeed(5L).dossiers(sunday, sunday, 200))
        .hasSize(200)
        .allSatisfy(d -> assertThat(d.submission().effectiveChannel()).isEqualTo(Channel.ONLINE));
  }

  @Test
  void dossiers_twoStreamsOfOneGenerator_differ() {
    DossierGenerator generator = DossierGenerator.withSeed(6L);
    List<String> first = generator.dossiers(JANUARY_1, JANUARY_1, 20).map(Records::render).toList();
    List<String> second = generator.dossiers(JANUARY_1, JANUARY_1, 20).map(Records::render).toList();
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void dossiers_periodOrCountOutOfRange_throw() {
    DossierGenerator generator = DossierGenerator.withSeed(7L);
    assertThatThrownBy(() -> generator.dossiers(DECEMBER_31, JANUARY_1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    assertThatThrownBy(() -> generator.dossiers(LocalDate.of(2020, 12, 31), JANUARY_1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-01-01");
    assertThatThrownBy(() -> generator.dossiers(JANUARY_1, LocalDate.of(2100, 1, 1), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2099-12-31");
    assertThatThrownBy(() -> generator.dossiers(JANUARY_1, DECEMBER_31, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> generator.dossiers(JANUARY_1, JANUARY_1, DossierGenerator.MAX_DOSSIERS_A_DAY + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> generator.dossiers(JANUARY_1, JANUARY_1.plusDays(9), 10 * DossierGenerator.MAX_DOSSIERS_A_DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("busiest day");
  }
}
