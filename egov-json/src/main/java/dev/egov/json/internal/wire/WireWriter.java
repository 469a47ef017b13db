package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.egov.json.UnknownField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * A writing cursor: a Jackson generator (JSON, or jackson-dataformat-xml's, which writes fields as elements) and the
 * unknown fields of a decoded payload to put back. An unknown field goes back in place of a field the record has no
 * value for ({@link #putBack}, which tables call for every absent field), else at the end of the object it was read in
 * ({@link #endObject}), never over a field the message maps. Pointers are built only when there are unknown fields to
 * put back ({@link #tracking()}); otherwise every pointer argument is {@code null}. Not thread-safe.
 *
 * <p>XML: elements are named in the {@linkplain #namespace(String) current namespace}; {@link #prefix} binds a
 * prefix for the document and {@link #defaultNamespace} makes a namespace the default from the next element on; an
 * unknown field is written as elements (an object as children, a list as repeated elements, a scalar as text) in its
 * parent's namespace.
 */
public final class WireWriter {

  private final JsonGenerator g;
  private final @Nullable ToXmlGenerator xml;
  private final ObjectMapper mapper;
  private final @Nullable Map<String, List<UnknownField>> extras;
  private String namespace = "";
  /** A buffer a form composes a value's text in, to write it without building a string ({@link #chars}). */
  private char @Nullable [] scratch;

  /**
   * Starts a write.
   *
   * @param g the generator (a {@link ToXmlGenerator} writes XML)
   * @param mapper the mapper that turns an unknown field's JSON text back into tokens
   * @param unknown the unknown fields to put back; none for a record built in memory
   */
  public WireWriter(JsonGenerator g, ObjectMapper mapper, List<UnknownField> unknown) {
    this.g = g;
    this.xml = g instanceof ToXmlGenerator ? (ToXmlGenerator) g : null;
    this.mapper = mapper;
    if (unknown.isEmpty()) {
      this.extras = null;
    } else {
      Map<String, List<UnknownField>> byParent = new HashMap<>();
      for (UnknownField f : unknown) {
        byParent.computeIfAbsent(f.parentPath(), k -> new ArrayList<>(2)).add(f);
      }
      this.extras = byParent;
    }
  }

  /** Returns the generator. */
  public JsonGenerator generator() {
    return g;
  }

  /** Returns whether the payload is XML. */
  public boolean xml() {
    return xml != null;
  }

  /** Returns the root pointer: {@code ""} when unknown fields are put back, else {@code null}. */
  public @Nullable String root() {
    return extras == null ? null : "";
  }

  /** Returns whether pointers are tracked, that is whether there are unknown fields to put back. */
  public boolean tracking() {
    return extras != null;
  }

  /** Returns the pointer of a child, or {@code null} when pointers are not tracked. */
  public static @Nullable String child(@Nullable String pointer, String name) {
    return pointer == null ? null : pointer + '/' + WireReader.escape(name);
  }

  /** Returns the pointer of a list's element, or {@code null} when pointers are not tracked. */
  public static @Nullable String child(@Nullable String pointer, int index) {
    return pointer == null ? null : pointer + '/' + index;
  }

  // ---------------------------------------------------------------- XML names

  /**
   * Sets the namespace of the elements named from now on (XML; ignored for JSON).
   *
   * @param uri the namespace, {@code ""} for none
   */
  public void namespace(String uri) {
    this.namespace = uri;
  }

  /**
   * Binds a prefix for the rest of the document (XML; ignored for JSON); call before the root element.
   *
   * @param prefix the prefix, such as {@code soap}
   * @param uri its namespace
   */
  public void prefix(String prefix, String uri) throws IOException {
    if (xml != null) {
      try {
        xml.getStaxWriter().setPrefix(prefix, uri);
      } catch (XMLStreamException e) {
        throw new IOException("Cannot bind an XML prefix", e);
      }
    }
  }

  /**
   * Makes a namespace the default one of the next element and its descendants, and the current one (XML; ignored
   * for JSON).
   *
   * @param uri the namespace
   */
  public void defaultNamespace(String uri) throws IOException {
    if (xml != null) {
      try {
        xml.getStaxWriter().setDefaultNamespace(uri);
      } catch (XMLStreamException e) {
        throw new IOException("Cannot bind an XML namespace", e);
      }
    }
    namespace = uri;
  }

  /**
   * Names the root element, in the current namespace (XML; ignored for JSON), before {@link #startObject()}.
   *
   * @param name its local name
   */
  public void rootName(String name) {
    if (xml != null) {
      xml.setNextName(new QName(namespace, name));
    }
  }

  // ---------------------------------------------------------------- values

  /** Writes a field's name (XML: an element's, in the current namespace). */
  public void name(SerializableString name) throws IOException {
    g.writeFieldName(name);
    if (xml != null) {
      xml.setNextName(new QName(namespace, name.getValue()));
    }
  }

  private void name(String name) throws IOException {
    g.writeFieldName(name);
    if (xml != null) {
      xml.setNextName(new QName(namespace, name));
    }
  }

  /** Writes a string. */
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  /**
   * Returns a buffer of at least {@code size} characters to compose a value's text in, for {@link #string(char[],
   * int)}: a form that joins parts (a name, a date) writes them without building a string on the way. The buffer is
   * this writer's own, reused by the next call.
   *
   * @param size the characters needed
   * @return the buffer
   */
  public char[] chars(int size) {
    char[] buffer = scratch;
    if (buffer == null || buffer.length < size) {
      buffer = new char[Math.max(size, buffer == null ? 48 : buffer.length * 2)];
      scratch = buffer;
    }
    return buffer;
  }

  /**
   * Writes a string composed in a buffer (from {@link #chars(int)}).
   *
   * @param text the buffer
   * @param length the characters of the value, from the buffer's start
   */
  public void string(char[] text, int length) throws IOException {
    g.writeString(text, 0, length);
  }

  /** Writes a boolean: a JSON boolean, or {@code true}/{@code false} text in XML ({@code xs:boolean}). */
  public void bool(boolean value) throws IOException {
    if (xml != null) {
      g.writeString(value ? "true" : "false");
    } else {
      g.writeBoolean(value);
    }
  }

  /** Starts an object. */
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  /**
   * Writes now, in place, the unknown field of this name read in the object at {@code pointer}, if there is one: for
   * a field the record has no value for (a value the reader declined, a field the writer leaves out), or a field that
   * must come first (the SOAP {@code Header}).
   *
   * @param pointer the object's pointer, or {@code null}
   * @param name the field's name
   * @return whether one was written
   */
  public boolean putBack(@Nullable String pointer, String name) throws IOException {
    if (extras == null || pointer == null) {
      return false;
    }
    List<UnknownField> fields = extras.get(pointer);
    if (fields == null) {
      return false;
    }
    boolean written = false;
    for (Iterator<UnknownField> it = fields.iterator(); it.hasNext(); ) {
      UnknownField f = it.next();
      if (f.name().equals(name)) {
        it.remove();
        unknown(f);
        written = true;
      }
    }
    return written;
  }

  /**
   * Returns whether unknown fields are to be put back at or below a pointer: a writer with two shapes for one message
   * writes the one they were read in, so that none is dropped.
   *
   * @param pointer the pointer, or {@code null}
   * @return whether there are unknown fields there
   */
  public boolean unknownUnder(@Nullable String pointer) {
    if (extras == null || pointer == null) {
      return false;
    }
    for (Map.Entry<String, List<UnknownField>> e : extras.entrySet()) {
      String parent = e.getKey();
      if (!e.getValue().isEmpty() && parent.startsWith(pointer)
          && (parent.length() == pointer.length() || parent.charAt(pointer.length()) == '/')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Ends an object, first putting back the unknown fields read in it whose names the message does not map.
   *
   * @param pointer the object's pointer, or {@code null}
   * @param known the names the object's message maps
   * @throws IllegalArgumentException if an unknown field does not hold JSON
   */
  public void endObject(@Nullable String pointer, Set<String> known) throws IOException {
    if (extras != null && pointer != null) {
      List<UnknownField> fields = extras.get(pointer);
      if (fields != null) {
        for (UnknownField f : fields) {
          if (!known.contains(f.name())) {
            unknown(f);
          }
        }
      }
    }
    g.writeEndObject();
  }

  private void unknown(UnknownField f) throws IOException {
    if (xml == null) {
      g.writeFieldName(f.name());
      json(f.json(), f.path());
      return;
    }
    JsonNode node;
    try {
      node = mapper.readTree(f.json());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The unknown field " + f.path() + " does not hold JSON");
    }
    element(f.name(), node);
  }

  /** Writes a tree as elements: objects as children, lists as repeated elements, scalars as text. */
  private void element(String name, JsonNode node) throws IOException {
    if (name.isEmpty()) {
      return; // the text beside child elements or attributes: not representable as an element
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        element(name, item);
      }
      return;
    }
    name(name);
    if (node.isObject()) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        element(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } else if (node.isNull()) {
      g.writeString("");
    } else {
      g.writeString(node.asText());
    }
  }

  /**
   * Writes JSON text as a value.
   *
   * @param json the text
   * @param what what it is, for the error
   * @throws IllegalArgumentException if it is not JSON
   */
  public void json(String json, String what) throws IOException {
    try {
      g.writeTree(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The unknown field or payload " + what + " does not hold JSON");
    }
  }
}
