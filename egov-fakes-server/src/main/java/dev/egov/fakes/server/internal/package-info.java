/**
 * Implementation of the fakes' server: Jetty handler, fault execution, recording, redaction, certificates and the
 * administration endpoint. Not exported; no compatibility promise.
 */
package dev.egov.fakes.server.internal;
