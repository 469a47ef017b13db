package dev.egov.json.population;

import com.fasterxml.jackson.core.JsonGenerator;
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
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * One write of one payload, to JSON or (through Jackson's XML generator, which writes fields as elements) to XML, with
 * the unknown fields of a decoded record put back: a field the writer has no value for is written from the unknown
 * field of the same name in place, and the remaining unknown fields of an object are written at its end.
 *
 * <p>Locations are tracked only when there are unknown fields to put back.
 */
final class WireOut {

  final JsonGenerator gen;
  final @Nullable ToXmlGenerator xml;
  private final ObjectMapper json;
  /** Unknown fields by the pointer of their parent; {@code null} when there are none. */
  private final @Nullable Map<String, List<UnknownField>> byParent;
  private String namespace = "";
  private String[] pointers = new String[16];
  private int depth;

  WireOut(JsonGenerator gen, ObjectMapper json, List<UnknownField> unknown, String root) {
    this.gen = gen;
    this.xml = gen instanceof ToXmlGenerator ? (ToXmlGenerator) gen : null;
    this.json = json;
    if (unknown.isEmpty()) {
      this.byParent = null;
    } else {
      Map<String, List<UnknownField>> map = new HashMap<>();
      for (UnknownField f : unknown) {
        map.computeIfAbsent(f.parentPath(), k -> new ArrayList<>(4)).add(f);
      }
      this.byParent = map;
    }
    pointers[0] = root;
  }

  boolean isXml() {
    return xml != null;
  }

  // ---------------------------------------------------------------- names and namespaces

  /** Sets the namespace of the elements named from now on (XML only). */
  void namespace(String uri) {
    this.namespace = uri;
  }

  /** Binds a prefix for the rest of the document (XML only); call before the root element. */
  void prefix(String prefix, String uri) throws IOException {
    if (xml != null) {
      try {
        xml.getStaxWriter().setPrefix(prefix, uri);
      } catch (javax.xml.stream.XMLStreamException e) {
        throw new IOException("Cannot bind an XML prefix", e);
      }
    }
  }

  /** Makes {@code uri} the default namespace of the next element and its descendants (XML only). */
  void defaultNamespace(String uri) throws IOException {
    if (xml != null) {
      try {
        xml.getStaxWriter().setDefaultNamespace(uri);
      } catch (javax.xml.stream.XMLStreamException e) {
        throw new IOException("Cannot bind an XML namespace", e);
      }
    }
    namespace = uri;
  }

  /** Names the root element (XML only). */
  void root(SerializableString name) {
    if (xml != null) {
      xml.setNextName(new QName(namespace, name.getValue()));
    }
  }

  void name(SerializableString name) throws IOException {
    gen.writeFieldName(name);
    if (xml != null) {
      xml.setNextName(new QName(namespace, name.getValue()));
    }
  }

  /** Names an element of an unknown field (XML only). */
  private void name(String name) throws IOException {
    gen.writeFieldName(name);
    if (xml != null) {
      xml.setNextName(new QName(namespace, name));
    }
  }

  // ---------------------------------------------------------------- values

  /** Writes a text field, or, when there is no value, the unknown field of that name if there is one. */
  void text(SerializableString name, @Nullable String value) throws IOException {
    if (value == null) {
      absent(name);
    } else {
      known(name);
      gen.writeString(value);
    }
  }

  /** Names a field the writer has a value for: an unknown field of the same name is then dropped (the value wins). */
  private void known(SerializableString name) throws IOException {
    if (byParent != null) {
      List<UnknownField> here = byParent.get(pointers[depth]);
      if (here != null) {
        here.removeIf(f -> f.name().equals(name.getValue()));
      }
    }
    name(name);
  }

  /** Writes a boolean field: a JSON boolean, or {@code true}/{@code false} text in XML ({@code xs:boolean}). */
  void bool(SerializableString name, @Nullable Boolean value) throws IOException {
    if (value == null) {
      absent(name);
    } else if (xml != null) {
      known(name);
      gen.writeString(value ? "true" : "false");
    } else {
      known(name);
      gen.writeBoolean(value);
    }
  }

  /**
   * Writes, in place of a field the writer has no value for, the unknown field of that name, if any.
   *
   * @return whether one was written
   */
  boolean absent(SerializableString name) throws IOException {
    if (byParent == null) {
      return false;
    }
    List<UnknownField> here = byParent.get(pointers[depth]);
    if (here == null) {
      return false;
    }
    boolean written = false;
    for (Iterator<UnknownField> it = here.iterator(); it.hasNext(); ) {
      UnknownField f = it.next();
      if (f.name().equals(name.getValue())) {
        it.remove();
        writeUnknown(f);
        written = true;
      }
    }
    return written;
  }

  /**
   * Returns whether unknown fields were read at or below a path under the current object: a writer that has two
   * shapes for one message (the look-up answer with or without {@code TraCuuThongTinCongDanResponse}) writes the one
   * they were read in, so that none is dropped.
   *
   * @param path the path below the current object, such as {@code /TraCuuThongTinCongDanResponse}
   * @return whether there are unknown fields to put back there
   */
  boolean unknownUnder(String path) {
    if (byParent == null) {
      return false;
    }
    String p = pointers[depth] + path;
    for (String parent : byParent.keySet()) {
      if (parent.startsWith(p) && (parent.length() == p.length() || parent.charAt(p.length()) == '/')) {
        return true;
      }
    }
    return false;
  }

  /** Starts an object field. */
  void startObject(SerializableString name) throws IOException {
    known(name);
    gen.writeStartObject();
    enter(WireIn.escape(name.getValue()));
  }

  /**
   * Starts an object in an array (JSON: the caller has written the field's name and started the array) or a repeated
   * element (XML), with its index in the location: {@code /data/0}, {@code .../CongDan/0}.
   */
  void startElement(SerializableString name, int index) throws IOException {
    if (xml != null) {
      name(name);
    }
    gen.writeStartObject();
    enter(WireIn.escape(name.getValue()) + '/' + index);
  }

  /** Starts the root object. */
  void startRoot() throws IOException {
    gen.writeStartObject();
  }

  /** Writes the object's remaining unknown fields and ends it. */
  void endObject() throws IOException {
    remaining();
    gen.writeEndObject();
    if (depth > 0) {
      pointers[depth--] = null;
    }
  }

  /** Writes the current object's remaining unknown field of {@code name} now, ahead of the others (SOAP Header). */
  void early(SerializableString name) throws IOException {
    absent(name);
  }

  /** Descends into a child whose pointer segment (already escaped) is {@code segment}. */
  private void enter(String segment) {
    if (byParent == null) {
      return;
    }
    if (depth + 1 == pointers.length) {
      pointers = java.util.Arrays.copyOf(pointers, pointers.length * 2);
    }
    pointers[depth + 1] = pointers[depth] + '/' + segment;
    depth++;
  }

  private void remaining() throws IOException {
    if (byParent == null) {
      return;
    }
    List<UnknownField> here = byParent.remove(pointers[depth]);
    if (here != null) {
      for (UnknownField f : here) {
        writeUnknown(f);
      }
    }
  }

  // ---------------------------------------------------------------- unknown values

  private void writeUnknown(UnknownField field) throws IOException {
    JsonNode node = json.readTree(field.json());
    if (xml == null) {
      gen.writeFieldName(field.name());
      json.writeTree(gen, node);
    } else {
      writeXml(field.name(), node);
    }
  }

  /** Writes a tree as elements: objects as children, arrays as repeated elements, scalars as text. */
  private void writeXml(String name, JsonNode node) throws IOException {
    if (name.isEmpty()) {
      return; // the text of an element that also had attributes: not representable as an element
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        writeXml(name, item);
      }
      return;
    }
    name(name);
    if (node.isObject()) {
      gen.writeStartObject();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        writeXml(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
    } else if (node.isNull()) {
      gen.writeString("");
    } else {
      gen.writeString(node.asText());
    }
  }
}
