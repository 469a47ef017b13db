package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * The XML entry points of a read and a write, as {@link Wire} has for JSON: Jackson's XML parser and generator
 * (elements as fields, attributes as fields read first), every parser failure mapped to a {@link
 * JsonDecodingException}, and the few XML-only moves a message written element by element needs (qualified names,
 * attributes, namespace declarations, repeated elements read as a list).
 */
public final class WireXml {

  private WireXml() {}

  /**
   * Reads a whole XML payload.
   *
   * @param guard the read limits
   * @param factory an XML factory built by the guard ({@link ReadGuard#xmlFactory})
   * @param xml the document
   * @param body reads the message at the root element's {@code START_OBJECT} (or its text, for a text-only root)
   * @param <T> the record
   * @return the record and its unknown fields
   * @throws JsonDecodingException if the document is not well-formed XML, is another message, or a value is missing
   *     or unusable
   */
  public static <T> Decoded<T> decode(ReadGuard guard, XmlFactory factory, byte[] xml, Wire.Body<T> body) {
    return Wire.decode(guard, factory, xml, true, "", r -> { }, r -> {
      T value = body.read(r);
      r.end();
      return value;
    });
  }

  /**
   * Makes the elements of these names, inside the element whose {@code START_OBJECT} is the current token, read as
   * one list each ({@code START_ARRAY}, one item per element): pointers then carry the item's index, as in JSON.
   *
   * @param r the reader, at an element's {@code START_OBJECT}
   * @param names the repeated elements' local names
   */
  public static void repeated(WireReader r, Set<String> names) {
    JsonParser p = r.parser();
    while (p instanceof JsonParserDelegate) {
      p = ((JsonParserDelegate) p).delegate();
    }
    if (p instanceof FromXmlParser) {
      ((FromXmlParser) p).addVirtualWrapping(names, false);
    }
  }

  /**
   * At a field named by {@link #repeated}: turns its elements into a list, the current token becoming its {@code
   * START_ARRAY} (each item then is one element, {@code START_OBJECT} or its text).
   *
   * @param r the reader, at the value of a repeated element
   * @return whether the current token is now a list's start
   */
  public static boolean list(WireReader r) {
    return r.parser().isExpectedStartArrayToken();
  }

  /**
   * Writes an XML payload with its XML declaration.
   *
   * @param factory the XML factory
   * @param mapper the mapper that turns unknown fields' JSON text back into tokens
   * @param unknown the unknown fields to put back
   * @param out writes the message
   * @return the UTF-8 document
   */
  public static byte[] encode(XmlFactory factory, ObjectMapper mapper, List<UnknownField> unknown, Wire.Out out) {
    return Wire.encode(factory, mapper, unknown, out);
  }

  /**
   * Names the next element (or attribute) with its namespace; a name written after it by {@link WireWriter#name}
   * keeps that namespace, so set it again where it changes.
   *
   * @param w the writer, over Jackson's XML generator
   * @param namespace the namespace URI, {@code ""} for none
   * @param local the local name
   */
  public static void next(WireWriter w, String namespace, String local) {
    w.namespace(namespace);
    ((ToXmlGenerator) w.generator()).setNextName(new QName(namespace, local));
  }

  /**
   * Starts a child element in a namespace.
   *
   * @param w the writer
   * @param namespace the namespace URI, {@code ""} for none
   * @param local the local name
   * @throws IOException from the generator
   */
  public static void start(WireWriter w, String namespace, String local) throws IOException {
    w.generator().writeFieldName(local);
    next(w, namespace, local);
    w.startObject();
  }

  /**
   * Starts the root element in a namespace.
   *
   * @param w the writer
   * @param namespace the namespace URI
   * @param local the local name
   * @throws IOException from the generator
   */
  public static void root(WireWriter w, String namespace, String local) throws IOException {
    next(w, namespace, local);
    w.startObject();
  }

  /**
   * Declares a prefix for a namespace on the element just started (call right after starting it, before its
   * attributes and children).
   *
   * @param w the writer
   * @param prefix the prefix, {@code ""} for the default namespace
   * @param namespace the namespace URI
   * @throws IOException from the XML writer
   */
  public static void declare(WireWriter w, String prefix, String namespace) throws IOException {
    try {
      var stax = ((ToXmlGenerator) w.generator()).getStaxWriter();
      if (prefix.isEmpty()) {
        stax.setDefaultNamespace(namespace);
        stax.writeDefaultNamespace(namespace);
      } else {
        stax.setPrefix(prefix, namespace);
        stax.writeNamespace(prefix, namespace);
      }
    } catch (XMLStreamException e) {
      throw new IOException("Cannot declare an XML namespace", e);
    }
  }

  /**
   * Binds a prefix for the elements written from now on, without declaring it (call before the element that
   * declares it, so that element is written with the prefix).
   *
   * @param w the writer
   * @param prefix the prefix, {@code ""} for the default namespace
   * @param namespace the namespace URI
   * @throws IOException from the XML writer
   */
  public static void bind(WireWriter w, String prefix, String namespace) throws IOException {
    if (!prefix.isEmpty()) {
      w.prefix(prefix, namespace);
      return;
    }
    try {
      ((ToXmlGenerator) w.generator()).getStaxWriter().setDefaultNamespace(namespace);
    } catch (XMLStreamException e) {
      throw new IOException("Cannot bind an XML namespace", e);
    }
  }

  /**
   * Writes an attribute of the element just started (before its children).
   *
   * @param w the writer
   * @param namespace the attribute's namespace URI, {@code ""} for none
   * @param local its local name
   * @param value its value
   * @param nextNamespace the namespace the next element name written with {@link WireWriter#name} takes
   * @throws IOException from the generator
   */
  public static void attribute(WireWriter w, String namespace, String local, String value,
      @Nullable String nextNamespace) throws IOException {
    w.generator().writeFieldName(local);
    attributeValue(w, namespace, local, value, nextNamespace);
  }

  /**
   * Writes an attribute whose name a message table just wrote ({@link WireWriter#name}), as a {@link Form} of an
   * attribute does.
   *
   * @param w the writer
   * @param namespace the attribute's namespace URI, {@code ""} for none
   * @param local its local name
   * @param value its value
   * @param nextNamespace the namespace the next element name written with {@link WireWriter#name} takes
   * @throws IOException from the generator
   */
  public static void attributeValue(WireWriter w, String namespace, String local, String value,
      @Nullable String nextNamespace) throws IOException {
    ToXmlGenerator x = (ToXmlGenerator) w.generator();
    x.setNextIsAttribute(true);
    x.setNextName(new QName(namespace, local));
    x.writeString(value);
    x.setNextIsAttribute(false);
    w.namespace(nextNamespace == null ? "" : nextNamespace);
    x.setNextName(new QName(nextNamespace == null ? "" : nextNamespace, local));
  }
}
