package dev.egov.model.dossier;

import static dev.egov.model.dossier.Dossiers.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.code.SupplementState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SupplementRequestTest {

  private static final Instant ASKED = vn("2026-11-23T09:00");
  private static final Instant GIVEN = vn("2026-11-25T14:00");

  @Test
  void open_isOpenWithoutEndOrDueDates() {
    SupplementRequest request = SupplementRequest.open(ASKED, "Bổ sung tờ khai", List.of("Tờ khai"));

    assertThat(request.isOpen()).isTrue();
    assertThat(request.end()).isEmpty();
    assertThat(request.content()).isEqualTo("Bổ sung tờ khai");
    assertThat(request.requestedDocuments()).containsExactly("Tờ khai");
    assertThat(request.dueBefore()).isNull();
    assertThat(request.dueAfter()).isNull();
  }

  @Test
  void answered_closesWithTheInstantAndTheNewDueDate() {
    SupplementRequest request = SupplementRequest.open(ASKED, "x", List.of()).withDueBefore(vn("2026-11-27T09:00"))
        .answered(GIVEN, vn("2026-12-01T14:00"));

    assertThat(request.isOpen()).isFalse();
    assertThat(request.end()).contains(GIVEN);
    assertThat(request.dueBefore()).isEqualTo(vn("2026-11-27T09:00"));
    assertThat(request.dueAfter()).isEqualTo(vn("2026-12-01T14:00"));
  }

  @Test
  void constructor_answeredBeforeRequested_isRejected() {
    assertThatThrownBy(() -> SupplementRequest.open(ASKED, "x", List.of()).answered(ASKED.minusSeconds(1), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SupplementRequest.open(ASKED, "x", List.of()).answered(ASKED, null).end()).contains(ASKED);
  }

  @Test
  void constructor_sourceListsMutatedAfterwards_requestUnchanged() {
    List<String> documents = new ArrayList<>(List.of("Tờ khai"));
    List<Fee> fees = new ArrayList<>(List.of(Fee.of("Lệ phí bổ sung", 5000)));
    SupplementRequest request = new SupplementRequest("BS1", null, null, ASKED, null, null, null, null, documents,
        fees, null, null);
    documents.clear();
    fees.clear();

    assertThat(request.requestedDocuments()).containsExactly("Tờ khai");
    assertThat(request.fees()).hasSize(1);
    assertThatThrownBy(() -> request.requestedDocuments().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  /** The officers who asked for and received the supplement are people: their names are masked like a handler's. */
  @Test
  void toString_masksTheOfficersNames() {
    SupplementRequest request = new SupplementRequest("BS1", "Lê Văn Bình", "Bổ sung giấy chứng sinh của Nguyễn Thị Hoà",
        ASKED, "Trần Thị Cúc", "Đã nhận bản chính", GIVEN, SupplementState.of("2"), List.of("Giấy chứng sinh"),
        List.of(), null, null);

    assertThat(request.toString()).contains("BS1")
        .doesNotContain("Lê Văn Bình", "Bình", "Trần Thị Cúc", "Cúc", "Nguyễn Thị Hoà");
  }
}
