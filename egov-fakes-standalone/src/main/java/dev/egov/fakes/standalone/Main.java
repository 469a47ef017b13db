package dev.egov.fakes.standalone;

import dev.egov.fakes.server.EgovFakes;
import dev.egov.fakes.server.FakeResponse;
import dev.egov.fakes.server.FakesOptions;
import dev.egov.fakes.server.Route;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone fakes: {@code java -jar egov-fakes-standalone.jar --port 8080 --seed 42}. Serves the administration
 * endpoint under {@code /__admin} (its OpenAPI 3.1 document at {@code /__admin/openapi.json}) and {@code GET /health}.
 * The fake national systems are added by a later release.
 */
public final class Main {

  private static final String USAGE = String.join("\n",
      "usage: java -jar egov-fakes-standalone.jar [--port 8080] [--seed 42] [--bind 127.0.0.1] [--https] [--mutual-tls]",
      "  --port N       port to listen on (0: a free one; default 8080)",
      "  --seed N       seed of the random source faults and fakes draw from (default 42)",
      "  --bind ADDR    address to listen on (default 127.0.0.1; anything else exposes the fakes to the network)",
      "  --https        serve HTTPS with a certificate generated at start (its authority: GET /__admin/ca.pem)",
      "  --mutual-tls   require a client certificate (implies --https)");

  private Main() {}

  /**
   * Starts the fakes and runs until the process is stopped.
   *
   * @param args the command line
   * @throws InterruptedException if interrupted while running
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    EgovFakes fakes;
    try {
      fakes = start(args, out);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fakes.close();
      stopped.countDown();
    }, "egov-fakes-shutdown"));
    stopped.await();
  }

  /**
   * Starts the fakes from a command line and prints where they are.
   *
   * @param args the command line
   * @param out where to print
   * @return the running fakes
   * @throws IllegalArgumentException if the command line is malformed
   */
  public static EgovFakes start(String[] args, PrintStream out) {
    FakesOptions.Builder options = FakesOptions.builder().admin(true);
    int port = 8080;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port":
          port = Integer.parseInt(value(args, ++i, arg));
          break;
        case "--seed":
          options.seed(Long.parseLong(value(args, ++i, arg)));
          break;
        case "--bind":
          options.bindAddress(value(args, ++i, arg));
          break;
        case "--https":
          options.https(true);
          break;
        case "--mutual-tls":
          options.mutualTls(true);
          break;
        case "--help":
          throw new IllegalArgumentException("egov fakes");
        default:
          throw new IllegalArgumentException("unknown option");
      }
    }
    EgovFakes fakes = EgovFakes.start(options.port(port).build());
    fakes.handle(Route.parse("GET /health"), request -> FakeResponse.json(200, "{\"status\":\"UP\"}"));
    out.println("egov fakes listening on " + fakes.baseUrl());
    out.println("administration: " + fakes.url(EgovFakes.ADMIN_PREFIX + "/openapi.json"));
    return fakes;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + ": missing value");
    }
    return args[i];
  }
}
