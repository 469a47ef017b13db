package dev.egov.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code DuocThanhToanTrucTuyen} (docs/dossiers-and-portal.md, Fees; docs/indicators.md, 3.5 and 3.6): paid online means 1 or 2. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OnlinePaymentTest {

  @Test
  void isPaidOnline_nationalPlatformAndOwnPortal_isTrue() {
    assertThat(OnlinePayment.NATIONAL_PLATFORM.isPaidOnline()).isTrue();
    assertThat(OnlinePayment.OWN_PORTAL.isPaidOnline()).isTrue();
  }

  /** One system sends 3 (unpaid or other, UNCERTAIN): kept, and not counted as paid online. */
  @Test
  void isPaidOnline_code3_isFalseAndUnknown() {
    OnlinePayment three = OnlinePayment.of("3");

    assertThat(three.isPaidOnline()).isFalse();
    assertThat(three.isKnown()).isFalse();
    assertThat(three.code()).isEqualTo("3");
  }
}
