package dev.egov.benchmarks.http;

import com.sun.net.httpserver.HttpServer;
import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.xnio.Options;

/** A candidate server answering every request with {@link HttpLoad#BODY}, on loopback, Nagle off. */
abstract class LoadServer implements AutoCloseable {

  abstract int port();

  abstract String label();

  @Override
  public abstract void close();

  static LoadServer start(String name) throws Exception {
    switch (name) {
      case "raw":
        return new Raw();
      case "jdk":
        return new Jdk();
      case "jetty":
        return new Jetty(false);
      case "jetty-nb":
        return new Jetty(true);
      case "undertow":
        return new UndertowServer();
      case "mockwebserver":
        return new Mock();
      case "egov":
        return new Egov();
      default:
        throw new IllegalArgumentException("unknown server: " + name);
    }
  }

  static InetAddress loopback() {
    return InetAddress.getLoopbackAddress();
  }

  /**
   * The limit: thread per connection, blocking sockets, TCP_NODELAY, the whole pre-built response in one write. It
   * reads a request up to its blank line (the harness sends GETs without bodies) and does nothing else.
   */
  static final class Raw extends LoadServer {
    private static final byte[] RESPONSE = response();
    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    Raw() throws IOException {
      socket = new ServerSocket(0, 512, loopback());
      threads.execute(this::accept);
    }

    private static byte[] response() {
      byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + HttpLoad.BODY.length
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] all = new byte[head.length + HttpLoad.BODY.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(HttpLoad.BODY, 0, all, head.length, HttpLoad.BODY.length);
      return all;
    }

    private void accept() {
      try {
        while (true) {
          Socket s = socket.accept();
          s.setTcpNoDelay(true);
          threads.execute(() -> serve(s));
        }
      } catch (IOException closed) {
        // closed
      }
    }

    private static void serve(Socket s) {
      try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
        byte[] buf = new byte[8192];
        int state = 0;
        while (true) {
          int n = in.read(buf);
          if (n < 0) {
            return;
          }
          for (int i = 0; i < n; i++) {
            byte b = buf[i];
            state = (b == '\r' && (state == 0 || state == 2)) ? state + 1
                : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            if (state == 4) {
              out.write(RESPONSE);
              state = 0;
            }
          }
        }
      } catch (IOException closed) {
        // client went away
      }
    }

    @Override
    int port() {
      return socket.getLocalPort();
    }

    @Override
    String label() {
      return "raw socket (limit)";
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      threads.shutdownNow();
    }
  }

  /** {@code com.sun.net.httpserver.HttpServer}, {@code sun.net.httpserver.nodelay=true}, a fixed pool of 16. */
  static final class Jdk extends LoadServer {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    Jdk() throws IOException {
      server = HttpServer.create(new InetSocketAddress(loopback(), 0), 512);
      server.createContext("/", exchange -> {
        try (exchange) {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, HttpLoad.BODY.length);
          exchange.getResponseBody().write(HttpLoad.BODY);
        }
      });
      server.setExecutor(pool);
      server.start();
    }

    @Override
    int port() {
      return server.getAddress().getPort();
    }

    @Override
    String label() {
      return "JDK HttpServer";
    }

    @Override
    public void close() {
      server.stop(0);
      pool.shutdownNow();
    }
  }

  /** Jetty 12 core API (no servlets), one connector, Jetty's default thread pool, TCP_NODELAY (Jetty's default). */
  static final class Jetty extends LoadServer {
    private final Server server;
    private final ServerConnector connector;

    private final boolean nonBlocking;

    Jetty(boolean nonBlocking) throws Exception {
      this.nonBlocking = nonBlocking;
      server = new Server(new QueuedThreadPool(200, 8));
      connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      connector.setAcceptedTcpNoDelay(true);
      server.addConnector(connector);
      server.setHandler(nonBlocking ? new Handler.Abstract.NonBlocking() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
          return respond(response, callback);
        }
      } : new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
          return respond(response, callback);
        }
      });
      server.start();
    }

    private static boolean respond(Response response, Callback callback) {
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, HttpLoad.BODY.length);
      response.write(true, ByteBuffer.wrap(HttpLoad.BODY), callback);
      return true;
    }

    @Override
    int port() {
      return connector.getLocalPort();
    }

    @Override
    String label() {
      return nonBlocking ? "Jetty 12 (non-blocking handler)" : "Jetty 12 (blocking handler)";
    }

    @Override
    public void close() {
      try {
        server.stop();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Undertow 2.4 core, non-blocking handler on the I/O thread, TCP_NODELAY. */
  static final class UndertowServer extends LoadServer {
    private final Undertow server;

    UndertowServer() {
      server = Undertow.builder()
          .addHttpListener(0, "127.0.0.1")
          .setSocketOption(Options.TCP_NODELAY, true)
          .setHandler(exchange -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, HttpLoad.BODY.length);
            exchange.getResponseSender().send(ByteBuffer.wrap(HttpLoad.BODY));
          })
          .build();
      server.start();
    }

    @Override
    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    String label() {
      return "Undertow 2.4";
    }

    @Override
    public void close() {
      server.stop();
    }
  }

  /** MockWebServer (mockwebserver3) with a fixed-response dispatcher and a server socket factory that sets NODELAY. */
  static final class Mock extends LoadServer {
    private final MockWebServer server = new MockWebServer();

    Mock() throws IOException {
      MockResponse response = new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body(new okio.Buffer().write(HttpLoad.BODY))
          .build();
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return response;
        }
      });
      server.setServerSocketFactory(new NoDelayServerSocketFactory());
      server.start(loopback(), 0);
    }

    @Override
    int port() {
      return server.getPort();
    }

    @Override
    String label() {
      return "MockWebServer 5";
    }

    @Override
    public void close() {
      server.close();
    }
  }

  /**
   * egov's fakes ({@code egov-fakes-server}) with one endpoint answering the body: the chosen server plus the fakes'
   * own work per call (routing, fault planning, recording with redaction into the bounded buffer).
   */
  static final class Egov extends LoadServer {
    private final dev.egov.fakes.server.EgovFakes fakes = dev.egov.fakes.server.EgovFakes.start();

    Egov() {
      dev.egov.fakes.server.FakeResponse body = new dev.egov.fakes.server.FakeResponse(200,
          java.util.Map.of("Content-Type", "application/json"), HttpLoad.BODY);
      fakes.handle(dev.egov.fakes.server.Route.parse("GET /load"), request -> body);
    }

    @Override
    int port() {
      return fakes.port();
    }

    @Override
    String label() {
      return "egov fakes (Jetty 12 + recording)";
    }

    @Override
    public void close() {
      fakes.close();
    }
  }

  /** Server sockets whose accepted sockets have TCP_NODELAY set. */
  static final class NoDelayServerSocketFactory extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      throw new UnsupportedOperationException();
    }
  }

  static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket s = super.accept();
      try {
        s.setTcpNoDelay(true);
      } catch (SocketException e) {
        s.close();
        throw e;
      }
      return s;
    }
  }

}
