package dev.egov.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ReadLimits;
import dev.egov.json.internal.wire.GatewayFaults;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.Wire;
import dev.egov.json.internal.wire.WireReader;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reading and writing one JSON object per message through the kernel, for the dialects whose messages are single
 * objects (the business registry, the health-insurance gateway): a request is its table or {@code WRONG_MESSAGE}; an
 * answer is its table, or a gateway's fault in any form (returned as an answer), or {@code WRONG_MESSAGE}.
 */
public final class JsonMessages {

  private final ReadGuard guard;
  private final ObjectMapper mapper;
  private final JsonFactory factory;

  /**
   * Sets up reading under limits.
   *
   * @param limits the safety limits
   */
  public JsonMessages(ReadLimits limits) {
    this.guard = new ReadGuard(limits);
    this.mapper = JsonMapper.builder(guard.jsonFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .build();
    this.factory = mapper.getFactory();
  }

  /**
   * Reads a message that is not an answer: its table, else {@code WRONG_MESSAGE} naming what was found (a gateway
   * fault included).
   *
   * @param json UTF-8 JSON
   * @param table the message's table
   * @param <T> the message
   * @return the message and its unknown fields
   */
  public <T> Decoded<T> request(byte[] json, MessageTable<T> table) {
    Objects.requireNonNull(json, "json");
    try {
      return Wire.decodeJson(guard, factory, json, r -> root(r, table));
    } catch (JsonDecodingException e) {
      if (e.reason() == Reason.MALFORMED || e.reason() == Reason.LIMIT_EXCEEDED) {
        throw e;
      }
      throw GatewayFaults.refine(e, GatewayFaults.sniffJson(factory, json), table.what(), null);
    }
  }

  /**
   * Reads an answer: its table; a gateway's fault in any form (JSON, legacy JSON, XML) becomes an answer through
   * {@code fault}, never a success or an error.
   *
   * @param json UTF-8 JSON (or a gateway's XML fault)
   * @param table the answer's table
   * @param fault the answer a fault becomes
   * @param <T> the answer
   * @return the answer and its unknown fields
   */
  public <T> Decoded<T> answer(byte[] json, MessageTable<T> table, Function<GatewayFault, T> fault) {
    Objects.requireNonNull(json, "json");
    try {
      return Wire.decodeJson(guard, factory, json, r -> root(r, table));
    } catch (JsonDecodingException e) {
      if (e.reason() == Reason.MALFORMED) {
        GatewayFault xml = GatewayFaults.inXml(json);
        if (xml != null) {
          return Decoded.of(fault.apply(xml));
        }
        throw e;
      }
      if (e.reason() == Reason.LIMIT_EXCEEDED) {
        throw e;
      }
      GatewayFaults.Sniff sniff = GatewayFaults.sniffJson(factory, json);
      if (sniff.fault() != null) {
        return Decoded.of(fault.apply(sniff.fault()));
      }
      throw GatewayFaults.refine(e, sniff, table.what(), null);
    }
  }

  /**
   * Writes a message with its unknown fields put back.
   *
   * @param value the message and its unknown fields
   * @param table its table
   * @param <T> the message
   * @return UTF-8 JSON
   */
  public <T> byte[] write(Decoded<T> value, MessageTable<T> table) {
    return Wire.encodeJson(mapper, value.unknownFields(), w -> table.write(w, value.value(), w.root()));
  }

  /**
   * Checks answer codes given to a builder.
   *
   * @param codes the codes
   * @param atLeastOne whether an empty list is refused
   * @return the codes, immutable, in no order
   * @throws IllegalArgumentException if one is blank or has surrounding white space, or there is none when one is
   *     needed
   */
  public static Set<String> codes(Collection<String> codes, boolean atLeastOne) {
    Set<String> set = new LinkedHashSet<>();
    for (String code : codes) {
      Objects.requireNonNull(code, "code");
      if (code.isEmpty() || !code.equals(code.strip())) {
        throw new IllegalArgumentException("An answer code is non-empty and has no surrounding white space");
      }
      set.add(code);
    }
    if (atLeastOne && set.isEmpty()) {
      throw new IllegalArgumentException("At least one code means success");
    }
    return Set.copyOf(set);
  }

  private static <T> T root(WireReader r, MessageTable<T> table) throws IOException {
    JsonToken t = r.token();
    if (t == JsonToken.START_OBJECT) {
      return table.readObject(r);
    }
    if (t == JsonToken.START_ARRAY) {
      throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + table.what() + ", found a list");
    }
    throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, "", "expected an object");
  }
}
