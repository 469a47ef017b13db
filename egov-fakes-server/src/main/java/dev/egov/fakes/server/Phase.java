package dev.egov.fakes.server;

/** Where in an exchange a connection-level {@link Fault} strikes. */
public enum Phase {
  /** Before anything of the response is sent. */
  BEFORE_RESPONSE,
  /** After the status line and headers are sent and flushed, before any body byte. */
  AFTER_HEADERS,
  /** After the first half of the body is sent and flushed. */
  DURING_BODY
}
