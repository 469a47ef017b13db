/**
 * The fakes' HTTP server: {@link dev.egov.fakes.server.EgovFakes} runs fakes on a real HTTP/1.1 server on loopback
 * (Jetty 12), with endpoints registered as handlers, scriptable synthetic faults, bounded recording with secrets
 * redacted, a controllable clock, TLS with generated certificates, and an optional administration endpoint described
 * by an OpenAPI 3.1 document. Depends on no test framework; the JUnit 5 extension is in {@code egov-fakes-junit}.
 */
module dev.egov.fakes.server {
  requires org.eclipse.jetty.server;
  requires okhttp3.tls;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports dev.egov.fakes.server;
}
