package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
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
    return decode(guard, factory, json, false, "", r -> { }, body);
  }

  /** Sets a reader's options before it reads ({@link WireReader#context(Object)}, …). */
  @FunctionalInterface
  public interface Setup {
    /**
     * Sets the options.
     *
     * @param r the reader
     */
    void setUp(WireReader r);
  }

  /**
   * Reads a whole payload, JSON or XML (Jackson's XML parser), possibly nested in another (a SOAP document in a JSON
   * envelope's field): as {@link #decodeJson}, every location prefixed with {@code prefix}; for JSON, content after
   * the value is {@link Reason#MALFORMED}.
   *
   * @param guard the read limits, checked while the parser reads
   * @param factory the factory, built by the guard
   * @param bytes the payload
   * @param xml whether it is XML
   * @param prefix the pointer of the payload ({@code ""}, or the field of the document it is nested in)
   * @param setup sets the reader's options
   * @param body reads the message at the root's first token
   * @param <T> the record
   * @return the record and its unknown fields
   * @throws JsonDecodingException if the payload is malformed, is another message, or a value is missing or unusable
   */
  public static <T> Decoded<T> decode(ReadGuard guard, JsonFactory factory, byte[] bytes, boolean xml, String prefix,
      Setup setup, Body<T> body) {
    WireReader r = null;
    try (JsonParser p = guard.parser(factory, bytes, prefix)) {
      r = new WireReader(p, xml, prefix);
      setup.setUp(r);
      r.root();
      T value = body.read(r);
      if (!xml) {
        r.end();
      }
      return new Decoded<>(value, r.unknownFields());
    } catch (IOException e) {
      throw WireReader.malformed(e, xml, prefix);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new JsonDecodingException(Reason.INVALID_VALUE, r == null ? prefix : r.here(), "a number out of range");
    } catch (IllegalArgumentException | DateTimeException e) {
      // A record's own check that a table's assembler did not make first: its message may quote the value.
      throw new JsonDecodingException(Reason.INVALID_VALUE, r == null ? prefix : r.here(),
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
    return encode(mapper.getFactory(), mapper, unknown, out);
  }

  /**
   * Writes a payload, JSON or XML (an {@code XmlFactory}: with the XML declaration when the factory enables it), in
   * the factory's recycled buffers.
   *
   * @param factory the factory that makes the generator
   * @param json the JSON mapper that turns unknown fields back into tokens
   * @param unknown the unknown fields to put back
   * @param out writes the message
   * @return the payload, UTF-8
   */
  public static byte[] encode(JsonFactory factory, ObjectMapper json, List<UnknownField> unknown, Out out) {
    BufferRecycler buffers = factory._getBufferRecycler(); // as ObjectMapper.writeValueAsBytes does
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
      try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
        if (g instanceof ToXmlGenerator) {
          ((ToXmlGenerator) g).initGenerator(); // the XML declaration, when enabled
        }
        out.write(new WireWriter(g, json, unknown));
      }
      return bytes.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a payload", e);
    } finally {
      buffers.releaseToPool();
    }
  }
}
