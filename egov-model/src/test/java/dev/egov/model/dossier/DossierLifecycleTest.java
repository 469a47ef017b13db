package dev.egov.model.dossier;

import static dev.egov.model.dossier.Dossiers.CODE;
import static dev.egov.model.dossier.Dossiers.RECEIVED;
import static dev.egov.model.dossier.Dossiers.SUBMITTED;
import static dev.egov.model.dossier.Dossiers.at;
import static dev.egov.model.dossier.Dossiers.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.IllegalTransitionException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine of docs/adr/0005-dossier-lifecycle.md, over every pair of statuses, and the lifecycle's queries.
 * The table is written out here again, from the ADR, so that a change in one is caught by the other.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DossierLifecycleTest {

  /** ADR 5's table: from → the statuses that may follow. */
  private static final Map<String, List<String>> ADR_5 = adrTable();

  private static final DossierStatus UNKNOWN_FROM = DossierStatus.of("11");
  private static final DossierStatus UNKNOWN_TO = DossierStatus.of("0");
  private static final Instant MOVE_AT = vn("2026-11-23T10:00");

  private static Map<String, List<String>> adrTable() {
    Map<String, List<String>> table = new LinkedHashMap<>();
    table.put("1", List.of("2", "3", "5", "7"));
    table.put("2", List.of("4", "5", "6", "9", "7", "8"));
    table.put("3", List.of());
    table.put("4", List.of("5", "6", "9", "7", "8"));
    table.put("5", List.of("2", "4", "3", "7", "8"));
    table.put("6", List.of("4", "9", "7", "8"));
    table.put("7", List.of());
    table.put("8", List.of());
    table.put("9", List.of("10"));
    table.put("10", List.of());
    return table;
  }

  private static boolean inAdrTable(DossierStatus from, DossierStatus to) {
    return ADR_5.getOrDefault(from.code(), List.of()).contains(to.code());
  }

  /** What ADR 5 says of a move: {@code null} when allowed, otherwise the reason for refusing it. */
  private static @Nullable Reason expected(DossierStatus from, DossierStatus to, boolean received) {
    if (!from.isKnown()) {
      return Reason.UNKNOWN_FROM_STATUS;
    }
    if (!to.isKnown()) {
      return Reason.UNKNOWN_TO_STATUS;
    }
    if (!inAdrTable(from, to)) {
      return Reason.NOT_ALLOWED;
    }
    if (from == DossierStatus.SUPPLEMENT_REQUESTED) {
      // "Which of 2 or 4 follows 5, and whether 3 or 8 ends it, depends on whether the dossier had been received".
      boolean needsReception = to == DossierStatus.PROCESSING || to == DossierStatus.STOPPED;
      boolean needsNoReception = to == DossierStatus.RECEIVED || to == DossierStatus.NOT_RECEIVED;
      if (needsReception && !received || needsNoReception && received) {
        return Reason.RECEPTION_STATE;
      }
    }
    return null;
  }

  static Stream<Arguments> everyPair() {
    List<DossierStatus> froms = new ArrayList<>(DossierStatus.known());
    froms.add(UNKNOWN_FROM);
    List<DossierStatus> tos = new ArrayList<>(DossierStatus.known());
    tos.add(UNKNOWN_TO);
    List<Arguments> pairs = new ArrayList<>();
    for (DossierStatus from : froms) {
      for (DossierStatus to : tos) {
        for (boolean received : new boolean[] {false, true}) {
          pairs.add(arguments(from, to, received));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} → {1}, received {2}")
  @MethodSource("everyPair")
  void move_everyPairOfStatuses_followsAdr5(DossierStatus from, DossierStatus to, boolean received) {
    Dossier dossier = at(from, received);
    Reason reason = expected(from, to, received);

    if (reason == null) {
      DossierTransition transition = dossier.move(to, MOVE_AT);

      assertThat(transition.dossier().status()).isSameAs(to);
      assertThat(transition.dossier().processing().statusHistory()).containsExactly(new StatusChange(to, MOVE_AT, null));
      assertThat(transition.event()).isEqualTo(new DossierEvent(CODE, from, to, MOVE_AT, null));
      assertThat(dossier.status()).isSameAs(from);
      assertThat(dossier.processing().statusHistory()).isEmpty();
    } else {
      IllegalTransitionException e =
          catchThrowableOfType(IllegalTransitionException.class, () -> dossier.move(to, MOVE_AT));

      assertThat(e).as("%s → %s should be refused", from, to).isNotNull();
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.from()).isSameAs(from);
      assertThat(e.to()).isSameAs(to);
      assertThat(e.getMessage())
          .contains(CODE.toString(), "from " + from, "to " + to, reason.name());
    }
  }

  @Test
  void isAllowed_everyPairOfStatuses_isAdr5sTable() {
    List<DossierStatus> all = new ArrayList<>(DossierStatus.known());
    all.add(UNKNOWN_FROM);
    all.add(UNKNOWN_TO);
    for (DossierStatus from : all) {
      for (DossierStatus to : all) {
        assertThat(DossierLifecycle.isAllowed(from, to)).as("%s → %s", from, to).isEqualTo(inAdrTable(from, to));
      }
    }
  }

  @Test
  void next_everyKnownStatus_isAdr5sRowInCodeOrder() {
    for (DossierStatus from : DossierStatus.known()) {
      List<String> row = new ArrayList<>(ADR_5.get(from.code()));
      row.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));

      assertThat(DossierLifecycle.next(from)).as("next(%s)", from).extracting(DossierStatus::code)
          .containsExactlyElementsOf(row);
    }
    assertThat(DossierLifecycle.next(DossierStatus.RECEIVED)).containsExactly(DossierStatus.PROCESSING,
        DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.WITHDRAWN,
        DossierStatus.STOPPED, DossierStatus.FINISHED);
  }

  @Test
  void next_unknownStatus_isEmpty() {
    assertThat(DossierLifecycle.next(UNKNOWN_FROM)).isEmpty();
  }

  @Test
  void isTerminal_notReceivedWithdrawnStoppedReturned_only() {
    assertThat(DossierStatus.known()).filteredOn(DossierLifecycle::isTerminal).containsExactly(
        DossierStatus.NOT_RECEIVED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RESULT_RETURNED);
    assertThat(DossierLifecycle.isTerminal(DossierStatus.FINISHED)).isFalse();
    assertThat(DossierLifecycle.isTerminal(UNKNOWN_FROM)).isFalse();
  }

  @Test
  void hasProcessingEnded_endStatuses_areEndedWhetherReceivedOrNot() {
    for (DossierStatus status : Arrays.asList(DossierStatus.NOT_RECEIVED, DossierStatus.STOPPED,
        DossierStatus.FINISHED, DossierStatus.RESULT_RETURNED)) {
      assertThat(DossierLifecycle.hasProcessingEnded(at(status, true))).as("%s", status).isTrue();
      assertThat(DossierLifecycle.hasProcessingEnded(at(status, false))).as("%s", status).isTrue();
    }
  }

  @Test
  void hasProcessingEnded_withdrawn_onlyIfReceived() {
    assertThat(DossierLifecycle.hasProcessingEnded(at(DossierStatus.WITHDRAWN, true))).isTrue();
    assertThat(DossierLifecycle.hasProcessingEnded(at(DossierStatus.WITHDRAWN, false))).isFalse();
  }

  @Test
  void hasProcessingEnded_openStatusesAndUnknown_areNotEnded() {
    for (DossierStatus status : Arrays.asList(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
        DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION,
        UNKNOWN_FROM)) {
      assertThat(DossierLifecycle.hasProcessingEnded(at(status, true))).as("%s", status).isFalse();
    }
  }

  /** Finished (9) has ended for the on-time arithmetic, yet it is not terminal: the result is still returned. */
  @Test
  void finished_hasEndedButStillMovesToResultReturned() {
    Dossier finished = at(DossierStatus.FINISHED, true);

    assertThat(DossierLifecycle.hasProcessingEnded(finished)).isTrue();
    assertThat(DossierLifecycle.isTerminal(DossierStatus.FINISHED)).isFalse();
    assertThat(finished.move(DossierStatus.RESULT_RETURNED, MOVE_AT).dossier().status())
        .isSameAs(DossierStatus.RESULT_RETURNED);
  }

  @Test
  void move_terminalStatus_saysTheDossierHasEnded() {
    assertThatThrownBy(() -> at(DossierStatus.STOPPED, true).move(DossierStatus.PROCESSING, MOVE_AT))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ended");
  }

  @Test
  void move_notInTheTable_namesTheAllowedStatuses() {
    assertThatThrownBy(() -> at(DossierStatus.RECEIVED, true).move(DossierStatus.RESULT_RETURNED, MOVE_AT))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("4 (processing)")
        .hasMessageContaining("9 (processing finished)");
  }

  // --- Order of instants ------------------------------------------------------------------------------------------

  @Test
  void move_beforeTheLastStatusChange_isOutOfOrder() {
    Dossier received = Dossiers.submitted().receive(RECEIVED, vn("2026-11-27T09:00")).dossier();

    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> received.startProcessing(RECEIVED.minusSeconds(1)));

    assertThat(e.reason()).isEqualTo(Reason.OUT_OF_ORDER);
    assertThat(e.from()).isSameAs(DossierStatus.RECEIVED);
    assertThat(e.to()).isSameAs(DossierStatus.PROCESSING);
  }

  @Test
  void move_atTheInstantOfTheLastChange_isAllowed() {
    Dossier received = Dossiers.submitted().receive(RECEIVED, vn("2026-11-27T09:00")).dossier();

    assertThat(received.startProcessing(RECEIVED).dossier().status()).isSameAs(DossierStatus.PROCESSING);
  }

  @Test
  void move_withoutHistoryBeforeSubmission_isOutOfOrder() {
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> Dossiers.submitted().receive(SUBMITTED.minusSeconds(60), vn("2026-11-27T09:00")));

    assertThat(e.reason()).isEqualTo(Reason.OUT_OF_ORDER);
  }

  @Test
  void move_withoutHistoryOrSubmissionInstant_acceptsAnyInstant() {
    Dossier undated = Dossiers.builder().timeline(Dossiers.submitted().timeline().withSubmittedAt(null)).build();

    assertThat(undated.move(DossierStatus.RECEIVED, Instant.EPOCH).dossier().timeline().receivedAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void requestSupplement_datedBeforeTheLastChange_isOutOfOrder() {
    Dossier processing = at(DossierStatus.PROCESSING, true).move(DossierStatus.FINISHED, MOVE_AT).dossier();

    assertThatThrownBy(() -> at(DossierStatus.PROCESSING, true).toBuilder()
            .processing(at(DossierStatus.PROCESSING, true).processing().withStatusHistory(processing.processing().statusHistory()))
            .build()
            .requestSupplement(SupplementRequest.open(MOVE_AT.minusSeconds(1), "Bổ sung", List.of())))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason())
            .isEqualTo(Reason.OUT_OF_ORDER));
  }

  @Test
  void move_nullArguments_areRejected() {
    Dossier dossier = Dossiers.submitted();

    assertThatThrownBy(() -> dossier.move(DossierStatus.RECEIVED, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DossierLifecycle.isAllowed(null, DossierStatus.RECEIVED))
        .isInstanceOf(NullPointerException.class);
  }
}
