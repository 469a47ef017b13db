package dev.egov.fakes.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.fakes.server.EgovFakes;
import dev.egov.fakes.server.FakeResponse;
import dev.egov.fakes.server.FakesOptions;
import dev.egov.fakes.server.Fault;
import dev.egov.fakes.server.Route;
import java.net.URI;
import java.net.HttpURLConnection;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EgovFakesExtensionTest {

  private static final Route HEALTH = Route.parse("GET /health");

  @RegisterExtension
  static final EgovFakesExtension FAKES = EgovFakesExtension.withOptions(FakesOptions.builder().seed(3).build())
      .endpoints(fakes -> fakes.handle(HEALTH, request -> FakeResponse.json(200, """
          {"status":"UP"}""")));

  private static URI firstUrl;

  private static int status(URI url) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
    connection.setConnectTimeout(5000);
    connection.setReadTimeout(5000);
    try {
      return connection.getResponseCode();
    } finally {
      connection.disconnect();
    }
  }

  @Test
  @Order(1)
  void injected_sameAsExtensions_endpointsRegistered(EgovFakes fakes) throws Exception {
    assertThat(fakes).isSameAs(FAKES.fakes());
    firstUrl = fakes.baseUrl();
    fakes.faults().next(HEALTH, 1, Fault.status(503));
    fakes.clock().advance(Duration.ofDays(1));
    assertThat(status(fakes.url("/health"))).isEqualTo(503);
  }

  @Test
  @Order(2)
  void nextTest_sameServer_resetToSeededState(EgovFakes fakes) throws Exception {
    assertThat(fakes.baseUrl()).isEqualTo(firstUrl);
    assertThat(fakes.calls().all()).isEmpty();
    assertThat(fakes.clock().instant()).isEqualTo(FakesOptions.DEFAULT_CLOCK_START);
    assertThat(status(fakes.url("/health"))).isEqualTo(200);
  }
}
