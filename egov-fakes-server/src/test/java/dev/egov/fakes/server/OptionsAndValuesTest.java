package dev.egov.fakes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class OptionsAndValuesTest {

  @Test
  void builder_optionSetTwice_illegalState() {
    assertThatThrownBy(() -> FakesOptions.builder().seed(1).seed(2)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("seed");
  }

  @Test
  void builder_badValue_namesTheField() {
    assertThatThrownBy(() -> FakesOptions.builder().port(70000).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("port");
    assertThatThrownBy(() -> FakesOptions.builder().https(false).mutualTls(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("mutualTls");
  }

  @Test
  void builder_mutualTls_turnsHttpsOn() {
    assertThat(FakesOptions.builder().mutualTls(true).build().https()).isTrue();
    assertThat(FakesOptions.defaults().bindAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void route_parseAndMatch() {
    assertThat(Route.parse("get /a").matches("GET", "/a")).isTrue();
    assertThat(Route.parse("GET /a").matches("GET", "/b")).isFalse();
    assertThat(Route.any().matches("DELETE", "/x")).isTrue();
    assertThatThrownBy(() -> Route.parse("GET a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path");
  }

  @Test
  void clock_advanceSetReset() {
    Instant start = Instant.parse("2026-01-05T01:00:00Z");
    FakeClock clock = new FakeClock(start, FakeClock.VIETNAM);
    assertThat(clock.advance(Duration.ofMinutes(61))).isEqualTo(start.plusSeconds(61 * 60));
    assertThat(clock.withZone(java.time.ZoneOffset.UTC).instant()).isEqualTo(clock.instant());
    clock.set(start.minusSeconds(5));
    assertThat(clock.instant()).isEqualTo(start.minusSeconds(5));
    clock.reset();
    assertThat(clock.instant()).isEqualTo(start);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void faults_badValues_rejected() {
    assertThatThrownBy(() -> Fault.delay(Phase.AFTER_HEADERS, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duration");
    assertThatThrownBy(() -> new Fault.Status(42, "text/plain", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRates.errors(1.5, 500)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("errorRate");
  }
}
