package dev.egov.json.population;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import dev.egov.model.catalog.AdministrativeEra;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One read of one payload: the parser (JSON, or Jackson's XML parser, which presents elements as fields), the
 * location being read, and the unknown fields found so far. Not thread-safe; one per read.
 *
 * <p>The location is kept as a stack of names and only turned into a pointer when an error or an unknown field needs
 * one, so that a payload without surprises allocates no paths.
 */
final class WireIn {

  /** An unknown field found while reading: where, and its value as read. */
  static final class Unknown {
    final String path;
    final JsonNode value;

    Unknown(String path, JsonNode value) {
      this.path = path;
      this.value = value;
    }
  }

  final JsonParser parser;
  final boolean xml;
  /** The era of an address that has no district (see {@link PopulationDatabaseJson}). */
  final AdministrativeEra eraWithoutDistrict;
  private final String prefix;
  private final List<Unknown> unknowns;
  private @Nullable String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  WireIn(JsonParser parser, boolean xml, AdministrativeEra eraWithoutDistrict, String prefix, List<Unknown> unknowns) {
    this.parser = parser;
    this.xml = xml;
    this.eraWithoutDistrict = eraWithoutDistrict;
    this.prefix = prefix;
    this.unknowns = unknowns;
  }

  // ---------------------------------------------------------------- location

  void push(@Nullable String name) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = -1;
  }

  void pushIndex(int index) {
    push(null);
    indexes[depth - 1] = index;
  }

  /** Adds an index to the name just pushed: a repeated XML element, {@code CongDan/0}. */
  void indexTop(int index) {
    indexes[depth - 1] = index;
  }

  /** Returns a view of the unknown fields to which a nested document's unknown fields are added at {@code at}. */
  List<Unknown> unknownsAt(int at) {
    return unknowns.subList(at, at);
  }

  void pop() {
    names[--depth] = null;
  }

  /** Returns the location being read as a JSON Pointer (for XML, element names from below the root element). */
  String pointer() {
    StringBuilder out = new StringBuilder(prefix);
    for (int i = 0; i < depth; i++) {
      if (names[i] != null) {
        out.append('/').append(escape(names[i]));
      }
      if (indexes[i] >= 0) {
        out.append('/').append(indexes[i]);
      }
    }
    return out.toString();
  }

  /** Returns the pointer of a child of the location being read. */
  String pointer(String child) {
    return pointer() + '/' + escape(child);
  }

  static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }

  JsonDecodingException error(Reason reason, String detail) {
    return new JsonDecodingException(reason, pointer(), detail);
  }

  JsonDecodingException missing(String child) {
    return new JsonDecodingException(Reason.MISSING_FIELD, pointer(child), "a value is required");
  }

  // ---------------------------------------------------------------- tokens

  /** Moves to the next field of the current object; returns its name, or {@code null} at the end of the object. */
  @Nullable String nextField() throws IOException {
    return parser.nextFieldName();
  }

  /** Moves to the value of the field just read. */
  JsonToken value() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new JsonDecodingException(Reason.MALFORMED, "", "the payload ends early");
    }
    return token;
  }

  /**
   * Returns the current scalar's text: a string as written, a number's or a boolean's text; {@code null} for null and
   * for empty or blank text. Surrounding white space is insignificant and removed.
   */
  @Nullable String text() throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        String text = parser.getText();
        int n = text == null ? 0 : text.length();
        if (n == 0) {
          return null;
        }
        // Fast path: most values start and end with a visible ASCII character; only others are scanned.
        char first = text.charAt(0);
        char last = text.charAt(n - 1);
        if (first > ' ' && first < 0x7f && last > ' ' && last < 0x7f) {
          return text;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
      case VALUE_NULL:
        return null;
      default:
        throw error(Reason.UNEXPECTED_TYPE, xml ? "expected text, not elements" : "expected a string or a number");
    }
  }

  /**
   * Returns whether the current value is an object to read; {@code false} for an absent one (null, empty or blank
   * text, an empty element).
   */
  boolean object() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && parser.getText().isBlank())) {
      return false;
    }
    throw error(Reason.UNEXPECTED_TYPE, xml ? "expected elements, not text" : "expected an object");
  }

  // ---------------------------------------------------------------- unknown fields

  /**
   * Keeps the current value, at the current location, as an unknown field; skips it if it is null or empty text. The
   * parser ends on the value's last token.
   */
  void unknown() throws IOException {
    JsonNode node = parser.readValueAsTree();
    keep(node);
  }

  /** Keeps a value read (or rebuilt) at the current location as an unknown field, unless it is null or empty. */
  void keep(@Nullable JsonNode node) {
    if (node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank())
        || (node.isContainerNode() && node.isEmpty())) {
      return;
    }
    unknowns.add(new Unknown(pointer(), node));
  }

  /** Returns a mark to pass to {@link #collapse}. */
  int mark() {
    return unknowns.size();
  }

  /**
   * Called when the object at the current location turned out to hold nothing egov knows: the unknown fields found
   * inside it since {@code mark} become one unknown field holding the whole object, so that a writer, which writes no
   * such object, puts it back whole.
   */
  void collapse(int mark) {
    int n = unknowns.size();
    if (n == mark) {
      return;
    }
    String here = pointer();
    ObjectNode whole = JsonNodeFactory.instance.objectNode();
    for (int i = mark; i < n; i++) {
      Unknown u = unknowns.get(i);
      int slash = u.path.lastIndexOf('/');
      if (!u.path.substring(0, slash).equals(here)) {
        return;
      }
      String name = u.path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      JsonNode previous = whole.get(name);
      if (previous == null) {
        whole.set(name, u.value);
      } else if (previous.isArray()) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) previous).add(u.value);
      } else {
        whole.set(name, JsonNodeFactory.instance.arrayNode().add(previous).add(u.value));
      }
    }
    unknowns.subList(mark, n).clear();
    unknowns.add(new Unknown(here, whole));
  }

  static List<UnknownField> toUnknownFields(List<Unknown> unknowns) {
    if (unknowns.isEmpty()) {
      return List.of();
    }
    List<UnknownField> out = new ArrayList<>(unknowns.size());
    for (Unknown u : unknowns) {
      out.add(new UnknownField(u.path, u.value.toString()));
    }
    return out;
  }

  // ---------------------------------------------------------------- errors of the parser

  /** Maps a parser's exception, whose message may quote the input, to one that names only where. */
  static JsonDecodingException malformed(IOException e, boolean xml, String prefix) {
    JsonDecodingException limit = ReadGuard.limitError(e, prefix);
    if (limit != null) {
      return limit;
    }
    String where = "";
    if (e instanceof StreamReadException) {
      JsonLocation location = ((StreamReadException) e).getLocation();
      if (location != null && location.getLineNr() > 0) {
        where = " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      }
    }
    return new JsonDecodingException(Reason.MALFORMED, prefix, (xml ? "not well-formed XML" : "not well-formed JSON") + where);
  }
}
