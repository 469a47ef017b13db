package dev.egov.fakes.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.egov.fakes.server.FakeResponse;
import dev.egov.fakes.server.FakesException;
import dev.egov.fakes.server.Fault;
import dev.egov.fakes.server.FaultRates;
import dev.egov.fakes.server.Phase;
import dev.egov.fakes.server.RecordedCall;
import dev.egov.fakes.server.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The administration endpoint under {@value FakesCore#ADMIN_PREFIX}, described by the OpenAPI 3.1 document it serves
 * at {@code /__admin/openapi.json}. Its calls are neither recorded nor faulted.
 */
final class AdminEndpoint {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final FakesCore core;
  private final byte[] openApi;

  AdminEndpoint(FakesCore core) {
    this.core = core;
    try (InputStream in = AdminEndpoint.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the jar");
      }
      openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FakeResponse handle(String method, String path, @Nullable String query, byte[] body) {
    String route = method + " " + path.substring(FakesCore.ADMIN_PREFIX.length());
    try {
      switch (route) {
        case "GET /openapi.json":
          return new FakeResponse(200, Map.of("Content-Type", "application/json"), openApi);
        case "GET /ca.pem":
          Certificates certificates = core.certificates();
          return certificates == null ? error(404, "NOT_HTTPS", "the fakes run without https")
              : new FakeResponse(200, Map.of("Content-Type", "application/x-pem-file"),
                  certificates.trust().certificateAuthorityPem().getBytes(StandardCharsets.US_ASCII));
        case "GET /calls":
          return json(200, calls());
        case "DELETE /calls":
          core.recorder().clear();
          return noContent();
        case "POST /faults":
          return json(201, script(read(body)));
        case "DELETE /faults":
          core.faults().clear();
          return noContent();
        case "GET /clock":
          return json(200, clock());
        case "POST /clock":
          return json(200, setClock(read(body)));
        case "POST /reset":
          core.reset();
          return noContent();
        default:
          return error(404, "NOT_FOUND", "no administration operation for this method and path");
      }
    } catch (FakesException | IllegalArgumentException e) {
      return error(400, FakesException.Code.BAD_ADMIN_REQUEST.name(), e.getMessage());
    }
  }

  private static JsonNode read(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw bad("the body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw bad("the body is not JSON");
    }
  }

  private ObjectNode calls() {
    ObjectNode out = JSON.createObjectNode();
    out.put("count", core.recorder().count());
    out.put("dropped", core.recorder().dropped());
    ArrayNode calls = out.putArray("calls");
    for (RecordedCall c : core.recorder().all()) {
      ObjectNode n = calls.addObject();
      n.put("sequence", c.sequence());
      n.put("method", c.method());
      n.put("path", c.path());
      n.put("query", c.query());
      ObjectNode headers = n.putObject("headers");
      c.headers().forEach((k, v) -> v.forEach(headers.putArray(k)::add));
      n.put("body", c.bodyText());
      n.put("receivedAt", c.receivedAt().toString());
      n.put("durationMillis", c.duration().toNanos() / 1e6);
      n.put("status", c.status());
      n.put("fault", c.fault());
    }
    return out;
  }

  private ObjectNode script(JsonNode body) {
    Route route = Route.parse(text(body, "route"));
    ObjectNode out = JSON.createObjectNode();
    out.put("route", route.toString());
    if (body.has("rates")) {
      JsonNode r = body.get("rates");
      FaultRates rates = new FaultRates(duration(r, "minLatency", Duration.ZERO),
          duration(r, "maxLatency", duration(r, "minLatency", Duration.ZERO)),
          r.path("disconnectRate").asDouble(0), r.path("errorRate").asDouble(0), r.path("errorStatus").asInt(503));
      core.faults().rates(route, rates);
      out.put("rates", true);
      return out;
    }
    int times = body.path("times").asInt(1);
    Fault fault = fault(body.path("fault"));
    core.faults().next(route, times, fault);
    out.put("times", times);
    out.put("fault", fault.name());
    return out;
  }

  static Fault fault(JsonNode f) {
    if (!f.isObject()) {
      throw bad("fault: missing");
    }
    String type = text(f, "type");
    switch (type) {
      case "delay":
        return Fault.delay(phase(f), duration(f, "duration", null));
      case "stall":
        return Fault.stall(phase(f), duration(f, "duration", null));
      case "disconnect":
        return Fault.disconnect(phase(f));
      case "status":
        int status = f.path("status").asInt(503);
        return f.has("body")
            ? new Fault.Status(status, f.path("contentType").asText("application/json"), f.get("body").asText())
            : Fault.status(status);
      case "too-many-requests":
        return Fault.tooManyRequests(duration(f, "retryAfter", Duration.ofSeconds(1)));
      case "malformed-body":
        return Fault.malformedBody();
      case "truncated-body":
        return Fault.truncatedBody();
      case "wrong-content-type":
        return f.has("contentType") ? new Fault.WrongContentType(f.get("contentType").asText())
            : Fault.wrongContentType();
      default:
        throw bad("fault.type: unknown");
    }
  }

  private static Phase phase(JsonNode f) {
    String text = f.path("phase").asText("BEFORE_RESPONSE").toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Phase.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw bad("fault.phase: unknown");
    }
  }

  private ObjectNode clock() {
    ObjectNode out = JSON.createObjectNode();
    out.put("instant", core.clock().instant().toString());
    out.put("zone", core.clock().getZone().getId());
    return out;
  }

  private ObjectNode setClock(JsonNode body) {
    if (body.has("set")) {
      try {
        core.clock().set(Instant.parse(body.get("set").asText()));
      } catch (DateTimeParseException e) {
        throw bad("set: not an ISO-8601 instant");
      }
    } else if (body.has("advance")) {
      core.clock().advance(duration(body, "advance", null));
    } else if (body.path("reset").asBoolean(false)) {
      core.clock().reset();
    } else {
      throw bad("expected one of set, advance, reset");
    }
    return clock();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw bad(field + ": missing");
    }
    return value.asText();
  }

  private static Duration duration(JsonNode node, String field, @Nullable Duration fallback) {
    JsonNode value = node.get(field);
    if (value == null) {
      if (fallback == null) {
        throw bad(field + ": missing");
      }
      return fallback;
    }
    try {
      return Duration.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw bad(field + ": not an ISO-8601 duration");
    }
  }

  private static FakesException bad(String message) {
    return new FakesException(FakesException.Code.BAD_ADMIN_REQUEST, message);
  }

  private static FakeResponse json(int status, JsonNode node) {
    try {
      return new FakeResponse(status, Map.of("Content-Type", "application/json"), JSON.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FakeResponse noContent() {
    return new FakeResponse(204, Map.of(), new byte[0]);
  }

  private static FakeResponse error(int status, String code, @Nullable String message) {
    ObjectNode out = JSON.createObjectNode();
    out.put("code", code);
    out.put("error", message);
    return json(status, out);
  }

}
