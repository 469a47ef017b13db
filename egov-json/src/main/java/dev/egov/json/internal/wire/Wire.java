package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The entry points of a read and a write: the parser or generator opened and closed, every failure of the parser
 * mapped to {@link JsonDecodingException} with a stable reason (content after the value included: {@link
 * Reason#MALFORMED}), and the unknown fields collected.
 */
public final class Wire {

  private Wire() {}

  /** Reads a message from a reader at its root's first token. */
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Reads the message.
     *
     * @param r the reader, at the root's first token
     * @return the record
     * @throws IOException from the parser
     */
    T read(WireReader r) throws IOException;
  }

  /** Writes a message. */
  @FunctionalInterface
  public interface Out {
    /**
     * Writes the message.
     *
     * @param w the writer
     * @throws IOException from the generator
     */
    void write(WireWriter w) throws IOException;
  }

  /**
   * Reads a whole JSON payload.
   *
   * @param guard the read limits, checked while the parser reads
   * @param factory the factory (its mapper reads unknown fields as trees), built by the guard
   * @param json UTF-8 JSON
   * @param body reads the message at the root
   * @param <T> the record
   * @return the record and its unknown fields
   * @throws JsonDecodingException if the payload is malformed, is another message, or a value is missing or unusable
   */
  public static <T> Decoded<T> decodeJson(ReadGuard guard, JsonFactory factory, byte[] json, Body<T> body) {
    WireReader r = null;
    try (JsonParser p = guard.parser(factory, json, "")) {
      r = new WireReader(p, false, "");
      r.root();
      T value = body.read(r);
      r.end();
      return new Decoded<>(value, r.unknownFields());
    } catch (IOException e) {
      throw WireReader.malformed(e, false, "");
    } catch (NumberFormatException | ArithmeticException e) {
      throw new JsonDecodingException(Reason.INVALID_VALUE, r == null ? "" : r.here(), "a number out of range");
    } catch (IllegalArgumentException e) {
      // A record's own check that a table's assembler did not make first: its message may quote the value.
      throw new JsonDecodingException(Reason.INVALID_VALUE, r == null ? "" : r.here(),
          "a value the records do not accept");
    }
  }

  /**
   * Writes a JSON payload.
   *
   * @param mapper the mapper (its factory makes the generator; it turns unknown fields back into tokens)
   * @param unknown the unknown fields to put back
   * @param out writes the message
   * @return UTF-8 JSON
   */
  public static byte[] encodeJson(ObjectMapper mapper, List<UnknownField> unknown, Out out) {
    ByteArrayBuilder bytes = new ByteArrayBuilder(512);
    try (JsonGenerator g = mapper.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      out.write(new WireWriter(g, mapper, unknown));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a payload", e);
    }
    return bytes.toByteArray();
  }
}
