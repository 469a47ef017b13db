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
import dev.egov.json.internal.wire.Forms;
import dev.egov.json.internal.wire.GatewayFaults;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.Wire;
import dev.egov.json.internal.wire.WireReader;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
    return request(json, table, null);
  }

  /**
   * Reads a message that names its service (the portal's {@code service}): as {@link #request(byte[], MessageTable)},
   * and a message naming another service is {@code WRONG_MESSAGE} naming it.
   *
   * @param json UTF-8 JSON
   * @param table the message's table
   * @param service the service the message names, or {@code null} if it names none
   * @param <T> the message
   * @return the message and its unknown fields
   */
  public <T> Decoded<T> request(byte[] json, MessageTable<T> table, @Nullable String service) {
    Objects.requireNonNull(json, "json");
    try {
      return Wire.decodeJson(guard, factory, json, r -> root(r, table));
    } catch (JsonDecodingException e) {
      throw refine(e, json, table, service);
    }
  }

  /**
   * Reads a body sent as a bare list of items, or as one item alone.
   *
   * @param json UTF-8 JSON
   * @param item the item's table
   * @param <T> the item
   * @return the items and their unknown fields
   */
  public <T> Decoded<List<T>> list(byte[] json, MessageTable<T> item) {
    Objects.requireNonNull(json, "json");
    try {
      return Wire.decodeJson(guard, factory, json, r -> Forms.oneOrMany(r, item));
    } catch (JsonDecodingException e) {
      throw refine(e, json, item, null);
    }
  }

  private JsonDecodingException refine(JsonDecodingException e, byte[] json, MessageTable<?> table,
      @Nullable String service) {
    if (e.reason() == Reason.MALFORMED || e.reason() == Reason.LIMIT_EXCEEDED) {
      return e;
    }
    return GatewayFaults.refine(e, GatewayFaults.sniffJson(factory, json), table.what(), service);
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
   * Writes a bare list of items with their unknown fields put back.
   *
   * @param value the items and their unknown fields
   * @param item the item's table
   * @param <T> the item
   * @return UTF-8 JSON
   */
  public <T> byte[] writeList(Decoded<List<T>> value, MessageTable<T> item) {
    return Wire.encodeJson(mapper, value.unknownFields(), w -> Forms.list(item).write(w, value.value(), w.root()));
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
      throw new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + table.what()
          + ", found a list (a body without envelope)");
    }
    throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, "", "expected an object");
  }
}
