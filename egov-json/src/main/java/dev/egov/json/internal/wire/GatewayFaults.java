package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a gateway's fault in a payload given to an answer reader, and tells what else a payload that is not the
 * expected message is (docs/gateways.md, Gateway faults). Readers call it only when the message's own fields are not
 * found or cannot be read, so a good answer costs nothing; it never throws.
 */
public final class GatewayFaults {

  /** WSO2 API Manager's fault namespace. */
  public static final String WSO2_NAMESPACE = "http://wso2.org/apimanager/security";

  /** A StAX factory that never reads a DTD nor resolves an entity. */
  private static final XMLInputFactory XML = hardened();

  private GatewayFaults() {}

  private static XMLInputFactory hardened() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }

  /**
   * Recognises WSO2's XML fault in a payload that a JSON reader found not well-formed (a gateway answers in XML when
   * the caller's {@code Accept} allows it).
   *
   * @param payload the payload
   * @return the fault, or {@code null} if the payload is not one
   */
  public static @Nullable GatewayFault inXml(byte[] payload) {
    int i = 0;
    while (i < payload.length && (payload[i] == ' ' || payload[i] == '\n' || payload[i] == '\r' || payload[i] == '\t'
        || (payload[i] & 0xff) == 0xef || (payload[i] & 0xff) == 0xbb || (payload[i] & 0xff) == 0xbf)) {
      i++;
    }
    return i < payload.length && payload[i] == '<' ? inXml(XML, payload) : null;
  }

  /** What the top level of a JSON payload shows. */
  public static final class Sniff {
    private @Nullable GatewayFault fault;
    private @Nullable String service;
    private boolean array;
    private final List<String> names = new ArrayList<>(3);

    /** Returns the gateway fault it is, or {@code null}. */
    public @Nullable GatewayFault fault() {
      return fault;
    }

    /** Returns its {@code service} (a portal call's), or {@code null}. */
    public @Nullable String service() {
      return service;
    }

    /** Returns whether its root is a list. */
    public boolean array() {
      return array;
    }

    /** Returns the first few names of its root object's fields. */
    public List<String> names() {
      return names;
    }

    /** Describes what was found, by name only. */
    public String describe() {
      if (fault != null) {
        return "a gateway fault (" + fault.form() + (fault.code() == null ? "" : " " + shortName(fault.code())) + ')';
      }
      if (array) {
        return "a list";
      }
      return names.isEmpty() ? "no field" : "fields " + String.join(", ", names);
    }
  }

  private static String shortName(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }

  /**
   * Returns the first byte of a payload that is not white space or part of a UTF-8 byte-order mark: {@code '{'} or
   * {@code '['} for JSON, {@code '<'} for XML; {@code -1} for a blank payload.
   *
   * @param payload the payload
   * @return the byte, or {@code -1}
   */
  public static int leading(byte[] payload) {
    for (byte b : payload) {
      int c = b & 0xff;
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xef && c != 0xbb && c != 0xbf) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Looks at the top level of a JSON payload.
   *
   * @param factory the factory
   * @param json the payload
   * @return what it shows; empty for a payload that is not well-formed
   */
  public static Sniff sniffJson(JsonFactory factory, byte[] json) {
    Sniff s = new Sniff();
    Map<String, String> top;
    Map<String, String> fault = null;
    try (JsonParser p = factory.createParser(json)) {
      JsonToken root = p.nextToken();
      if (root == JsonToken.START_ARRAY) {
        s.array = true;
        return s;
      }
      if (root != JsonToken.START_OBJECT) {
        return s;
      }
      top = new HashMap<>();
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        if (s.names.size() < 3) {
          s.names.add(shortName(name));
        }
        if (t == JsonToken.START_OBJECT && name.equals("fault")) {
          fault = new HashMap<>();
          String inner;
          while ((inner = p.nextFieldName()) != null) {
            scalar(p, p.nextToken(), inner, fault);
          }
        } else {
          scalar(p, t, name, top);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not well-formed, or past a limit: the reader's own error stands.
      return s;
    }
    s.service = top.get("service");
    if (top.containsKey("error_code")) {
      return s;
    }
    String code = top.get("code");
    String error = top.get("error");
    String type = top.get("type");
    if (fault != null && (fault.get("code") != null || fault.get("message") != null)) {
      s.fault = new GatewayFault(GatewayFault.Form.WSO2_LEGACY_JSON, strip(fault.get("code")), fault.get("message"),
          fault.get("description"), null);
    } else if (error != null && !error.isBlank()) {
      s.fault = new GatewayFault(GatewayFault.Form.OAUTH, error.strip(), top.get("error_description"), null, null);
    } else if (type != null && (type.startsWith("Client") || type.startsWith("Server"))) {
      s.fault = new GatewayFault(GatewayFault.Form.X_ROAD, type.strip(), top.get("message"), top.get("detail"), null);
    } else if (code != null && !code.isBlank() && (top.get("message") != null || top.get("description") != null)) {
      s.fault = new GatewayFault(GatewayFault.Form.WSO2_JSON, code.strip(), top.get("message"),
          top.get("description"), top.get("nextAccessTime"));
    }
    return s;
  }

  /** The fields of the faults' forms, and the names that tell another message. */
  private static final Set<String> KEPT = Set.of("code", "message", "description", "nextAccessTime", "type",
      "detail", "error", "error_description", "error_code", "service");

  /** Keeps a scalar field of the faults' forms; skips any other value. */
  private static void scalar(JsonParser p, JsonToken t, String name, Map<String, String> into) throws IOException {
    if (!t.isScalarValue()) {
      p.skipChildren();
    } else if (KEPT.contains(name)) {
      into.put(name, t == JsonToken.VALUE_NULL ? null : p.getText());
    }
  }

  private static @Nullable String strip(@Nullable String code) {
    return code == null ? null : code.strip();
  }

  /**
   * Recognises WSO2's XML fault ({@code <ams:fault xmlns:ams="http://wso2.org/apimanager/security">}), as the root
   * element or in a SOAP body.
   *
   * @param in a hardened StAX factory (no DTD, no external entities), such as the XML dialect's
   * @param xml the payload
   * @return the fault, or {@code null} if the payload is not one
   */
  public static @Nullable GatewayFault inXml(XMLInputFactory in, byte[] xml) {
    XMLStreamReader r = null;
    try {
      r = in.createXMLStreamReader(new ByteArrayInputStream(xml));
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String local = r.getLocalName();
          if (local.equals("fault") && WSO2_NAMESPACE.equals(r.getNamespaceURI())) {
            return wso2Xml(r);
          }
          boolean soap = local.equals("Envelope") || local.equals("Body") || local.equals("Header");
          if (!soap || depth > 3) {
            if (local.equals("Header")) {
              skipElement(r);
              depth--;
              continue;
            }
            return null;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing to release
        }
      }
    }
  }

  private static void skipElement(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static GatewayFault wso2Xml(XMLStreamReader r) throws XMLStreamException {
    String code = null;
    String message = null;
    String description = null;
    String next = null;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        String text = r.getElementText();
        switch (local) {
          case "code" -> code = text.strip();
          case "message" -> message = text;
          case "description" -> description = text;
          case "nextAccessTime" -> next = text;
          default -> {
            // not a fault's field
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    return new GatewayFault(GatewayFault.Form.WSO2_XML, code == null || code.isEmpty() ? null : code, message,
        description, next);
  }

  /**
   * Refines a reader's error for a payload that is another message: a gateway fault or another portal call becomes
   * {@link Reason#WRONG_MESSAGE} naming what was found; an error of a payload that is the expected message stands.
   *
   * @param e the reader's error
   * @param s what the payload's top level shows
   * @param expected what was expected: {@code "a DongBoHoSoMC call"}
   * @param expectedService the {@code service} expected, or {@code null} for a message without one
   * @return the error to throw
   */
  public static JsonDecodingException refine(JsonDecodingException e, Sniff s, String expected,
      @Nullable String expectedService) {
    if (e.reason() == Reason.MALFORMED || e.reason() == Reason.LIMIT_EXCEEDED) {
      return e;
    }
    if (s.fault() != null) {
      return new JsonDecodingException(Reason.WRONG_MESSAGE, "", "expected " + expected + ", found " + s.describe());
    }
    if (e.reason() == Reason.WRONG_MESSAGE) {
      return e;
    }
    if (s.service() != null && expectedService != null && !s.service().strip().equals(expectedService)) {
      return new JsonDecodingException(Reason.WRONG_MESSAGE, "/service", "expected " + expected
          + ", found another service");
    }
    return e;
  }
}
