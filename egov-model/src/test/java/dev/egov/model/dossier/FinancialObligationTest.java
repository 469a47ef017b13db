package dev.egov.model.dossier;

import static dev.egov.model.dossier.Dossiers.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FinancialObligationTest {

  private static final Instant NOTIFIED = vn("2026-11-24T09:00");

  @Test
  void isOpen_untilFulfilled() {
    FinancialObligation open = new FinancialObligation(NOTIFIED, "Lệ phí trước bạ", null, null, null);
    FinancialObligation met = new FinancialObligation(NOTIFIED, null, vn("2026-11-26T11:00"), null, null);

    assertThat(open.isOpen()).isTrue();
    assertThat(open.end()).isEmpty();
    assertThat(met.isOpen()).isFalse();
    assertThat(met.end()).contains(vn("2026-11-26T11:00"));
  }

  @Test
  void constructor_metBeforeNotified_isRejected() {
    assertThatThrownBy(() -> new FinancialObligation(NOTIFIED, null, NOTIFIED.minusSeconds(1), null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FinancialObligation(null, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
  }
}
