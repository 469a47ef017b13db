package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import dev.egov.json.internal.WireScalars;
import dev.egov.model.PartialDate;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reading cursor over one payload: a Jackson parser (JSON, or Jackson's XML parser, which presents elements as
 * fields), the unknown fields found so far, and the lenient scalar forms. Not thread-safe; one per read.
 *
 * <p>The location is the parser's own context, turned into a JSON Pointer only when an error or an unknown field
 * needs one: a payload without surprises allocates no path. Every scalar method reads the <em>current</em> token (the
 * value just moved to) and fails with a {@link JsonDecodingException} at the current pointer, never quoting the value.
 *
 * <p>Options a dialect sets before reading: {@link #context(Object)} (a value its forms read, such as the population
 * database's address era), {@link #dropEmptyUnknowns()} (an unknown {@code null}, blank text or empty structure is not
 * kept, for dialects where those mean absent). Repeated XML elements are told apart with {@link #index(int)} ({@code
 * /CongDan/0}); a form may {@link #decline()} a value into an unknown field; {@link #mark()} and {@link
 * #collapse(int)} turn an object that held only unknown fields into one unknown field holding it whole. {@link
 * #keepEmptyNames()} keeps fields with an empty name (XML text beside child elements) instead of refusing them.
 */
public final class WireReader {

  /** Reads an unknown field's JSON text back, numbers as written ({@code 2.50}), for {@link #collapse(int)}. */
  private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private final JsonParser parser;
  private final boolean xml;
  private final String prefix;
  private @Nullable List<UnknownField> unknown;
  private @Nullable Values values;
  private @Nullable Object context;
  private boolean dropEmpty;
  private boolean emptyNames;
  /** Indexes of repeated elements: the context whose current name is the element's, its name, its index. */
  private JsonStreamContext @Nullable [] indexed;
  private @Nullable String[] indexedNames = NO_NAMES;
  private int[] indexes = NO_INDEXES;
  /** The slot arrays of the objects being read, by depth, reused from one object to the next ({@link #slots}). */
  private @Nullable Object[][] slotStack = NO_SLOTS;
  private int slotDepth;

  private static final String[] NO_NAMES = new String[0];
  private static final int[] NO_INDEXES = new int[0];
  private static final Object[][] NO_SLOTS = new Object[0][];
  private int indexCount;

  /**
   * Starts a read.
   *
   * @param parser the parser, before its first token
   * @param xml whether it is Jackson's XML parser (for messages)
   * @param prefix a pointer put before every location ({@code ""} for a payload of its own; a document nested in
   *     another, such as SOAP inside a JSON envelope, gives the field that holds it)
   */
  public WireReader(JsonParser parser, boolean xml, String prefix) {
    this.parser = parser;
    this.xml = xml;
    this.prefix = prefix;
  }

  /**
   * Sets a value the dialect's forms and assemblers read while reading ({@link #context(Class)}): the era of an
   * address without a district, for the population database.
   *
   * @param value the value
   * @return this reader
   */
  public WireReader context(@Nullable Object value) {
    this.context = value;
    return this;
  }

  /**
   * Returns the value set with {@link #context(Object)}, if it is of the type asked.
   *
   * @param type its type
   * @param <C> its type
   * @return the value, or {@code null} when none of that type is set
   */
  public <C> @Nullable C context(Class<C> type) {
    return type.isInstance(context) ? type.cast(context) : null;
  }

  /**
   * Keeps no unknown field whose value is {@code null}, blank text or an empty object or list: for a dialect in which
   * those mean "absent" (the population database's empty elements), so that reading and writing back loses nothing.
   *
   * @return this reader
   */
  public WireReader dropEmptyUnknowns() {
    this.dropEmpty = true;
    return this;
  }

  /**
   * Keeps a field with an empty name (a JSON {@code ""}; in XML, the text beside child elements or attributes, which
   * Jackson presents so) as an unknown field whose pointer ends in {@code /}, instead of refusing it with {@link
   * Reason#INVALID_VALUE}: for a dialect with an XML form, where such text is ordinary.
   *
   * @return this reader
   */
  public WireReader keepEmptyNames() {
    this.emptyNames = true;
    return this;
  }

  /** Returns the parser, for forms of their own. */
  public JsonParser parser() {
    return parser;
  }

  /** Returns whether the payload is XML. */
  public boolean xml() {
    return xml;
  }

  /** Returns the unknown fields found so far, in document order. */
  public List<UnknownField> unknownFields() {
    return unknown == null ? List.of() : unknown;
  }

  /** Returns the values of an object to assemble, one instance per read. */
  Values values(@Nullable Object[] slots) {
    Values v = values;
    if (v == null) {
      v = new Values(slots, this);
      values = v;
      return v;
    }
    return v.of(slots);
  }

  /**
   * Returns cleared slots for an object a table starts reading, at least {@code size} long: the array of the previous
   * object read at the same depth, so that a message's addresses or relatives share one. Each call is paired with
   * {@link #release}, once the object is assembled (an assembler keeps values, never the array).
   */
  @Nullable Object[] slots(int size) {
    int depth = slotDepth;
    if (depth == slotStack.length) {
      slotStack = java.util.Arrays.copyOf(slotStack, Math.max(4, depth * 2));
    }
    Object[] slots = slotStack[depth];
    if (slots == null || slots.length < size) {
      slots = new Object[size];
      slotStack[depth] = slots;
    }
    slotDepth = depth + 1;
    return slots;
  }

  /** Clears the slots from {@link #slots} for the next object at their depth. */
  void release(@Nullable Object[] slots, int size) {
    java.util.Arrays.fill(slots, 0, size, null);
    slotDepth--;
  }

  // ---------------------------------------------------------------- moving

  /** Moves to the first token, which must exist. */
  public JsonToken root() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw new JsonDecodingException(Reason.MALFORMED, prefix, xml ? "no XML element" : "no JSON value");
    }
    return t;
  }

  /** Checks that nothing follows the root value (content after it is {@link Reason#MALFORMED}). */
  public void end() throws IOException {
    if (parser.nextToken() != null) {
      throw new JsonDecodingException(Reason.MALFORMED, prefix, "content after the " + (xml ? "root element" : "JSON value"));
    }
  }

  /** Moves to the next field of the current object: its name, or {@code null} at the object's end. */
  public @Nullable String nextField() throws IOException {
    return parser.nextFieldName();
  }

  /** Moves to the value of the field just read, or to the next element of a list. */
  public JsonToken next() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw new JsonDecodingException(Reason.MALFORMED, prefix, "the payload ends early");
    }
    return t;
  }

  /** Returns the current token. */
  public JsonToken token() {
    JsonToken t = parser.currentToken();
    return t == null ? JsonToken.NOT_AVAILABLE : t;
  }

  /** Skips the current value, with its children. */
  public void skip() throws IOException {
    parser.skipChildren();
  }

  // ---------------------------------------------------------------- where

  /** Returns the current location as a JSON Pointer: the current field or element; an object's own after its end. */
  public String here() {
    String path = indexCount == 0 ? parser.getParsingContext().pathAsPointer().toString() : indexedPath();
    return prefix.isEmpty() ? path : prefix + path;
  }

  /** The pointer with the indexes of repeated elements: built from the contexts, root first. */
  private String indexedPath() {
    JsonStreamContext[] chain = new JsonStreamContext[16];
    int n = 0;
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (n == chain.length) {
        chain = java.util.Arrays.copyOf(chain, n * 2);
      }
      chain[n++] = c;
    }
    StringBuilder out = new StringBuilder();
    for (int i = n - 1; i >= 0; i--) {
      JsonStreamContext c = chain[i];
      if (c.inArray()) {
        if (c.getCurrentIndex() >= 0) {
          out.append('/').append(c.getCurrentIndex());
        }
      } else if (c.hasCurrentName()) {
        String name = c.getCurrentName();
        out.append('/').append(escape(name));
        for (int k = 0; k < indexCount; k++) {
          if (indexed[k] == c && name.equals(indexedNames[k])) {
            out.append('/').append(indexes[k]);
            break;
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Names the current value as the {@code index}-th of the elements of its name in its parent: a repeated XML element,
   * which Jackson presents as the same field again. Locations inside it, and its own, then carry the index ({@code
   * /CongdanCollection/CongDan/1/SoDinhDanh}), as a JSON list's elements do.
   *
   * @param index the element's index among those of its name, from 0
   */
  public void index(int index) {
    JsonStreamContext c = parser.getParsingContext();
    if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
      c = c.getParent();
    }
    String name = c.getCurrentName();
    int depth = depth(c);
    int keep = 0;
    for (int k = 0; k < indexCount; k++) {
      if (indexed[k] != c && depth(indexed[k]) < depth) {
        indexed[keep] = indexed[k];
        indexedNames[keep] = indexedNames[k];
        indexes[keep++] = indexes[k];
      }
    }
    if (indexed == null || keep == indexed.length) {
      int size = Math.max(4, keep * 2);
      indexed = indexed == null ? new JsonStreamContext[size] : java.util.Arrays.copyOf(indexed, size);
      indexedNames = java.util.Arrays.copyOf(indexedNames, size);
      indexes = java.util.Arrays.copyOf(indexes, size);
    }
    indexed[keep] = c;
    indexedNames[keep] = name;
    indexes[keep] = index;
    indexCount = keep + 1;
  }

  private static int depth(JsonStreamContext c) {
    int d = 0;
    for (JsonStreamContext p = c; p != null; p = p.getParent()) {
      d++;
    }
    return d;
  }

  /** Returns the pointer of a child of the current location. */
  public String here(String child) {
    return here() + '/' + escape(child);
  }

  /** Escapes a name for a JSON Pointer ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  public static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }

  /** Returns an error at the current location. */
  public JsonDecodingException error(Reason reason, String detail) {
    return new JsonDecodingException(reason, here(), detail);
  }

  /** At an object's end: the error for a required child that was absent or empty. */
  public JsonDecodingException missing(String child) {
    return new JsonDecodingException(Reason.MISSING_FIELD, here(child), "a value is required");
  }

  // ---------------------------------------------------------------- structure

  /**
   * Returns whether the current value is an object to read; {@code false} for an absent one ({@code null}, empty or
   * blank text, an empty XML element).
   *
   * @throws JsonDecodingException {@link Reason#UNEXPECTED_TYPE} for any other value
   */
  public boolean object() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_STRING && parser.getText().isBlank()) {
      return false;
    }
    throw error(Reason.UNEXPECTED_TYPE, xml ? "expected elements, not text" : "expected an object");
  }

  /**
   * Keeps the current value as an unknown field at the current location; the parser ends on its last token.
   *
   * @param name the field's name (the current one)
   * @throws JsonDecodingException {@link Reason#INVALID_VALUE} for a field with an empty name, which no pointer names,
   *     unless the reader {@linkplain #keepEmptyNames() keeps them}
   */
  public void unknown(String name) throws IOException {
    if (name.isEmpty() && !emptyNames) {
      throw error(Reason.INVALID_VALUE, "a field has an empty name");
    }
    keepHere();
  }

  private void keepHere() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      if (!dropEmpty) {
        keep(here(), "null");
      }
      return;
    }
    TreeNode node = parser.readValueAsTree();
    if (dropEmpty && node instanceof JsonNode && empty((JsonNode) node)) {
      return;
    }
    keep(here(), String.valueOf((Object) node));
  }

  private static boolean empty(JsonNode node) {
    return node.isNull() || node.isTextual() && node.textValue().isBlank() || node.isContainerNode() && node.isEmpty();
  }

  /**
   * Keeps the current value as an unknown field where it is, for a form that declines it (a secondary identifier that
   * fails its check, a code outside a closed list): it is reported, and written back in place when the record has no
   * value there. The form then returns {@code null}.
   *
   * @return {@code null}, for the form to return
   */
  public <V> @Nullable V decline() throws IOException {
    keepHere();
    return null;
  }

  /** Keeps an unknown field read elsewhere (a nested document's). */
  public void keep(String path, String json) {
    if (unknown == null) {
      unknown = new ArrayList<>(4);
    }
    unknown.add(new UnknownField(path, json));
  }

  /**
   * Keeps unknown fields read elsewhere (a nested document's) at a position among those found so far, so that they
   * stay in document order.
   *
   * @param at the position, from {@link #mark()}
   * @param fields the fields
   */
  public void keep(int at, List<UnknownField> fields) {
    if (fields.isEmpty()) {
      return;
    }
    if (unknown == null) {
      unknown = new ArrayList<>(fields.size() + 2);
    }
    unknown.addAll(at, fields);
  }

  /** Returns a mark of the unknown fields found so far, for {@link #collapse(int)} and {@link #keep(int, List)}. */
  public int mark() {
    return unknown == null ? 0 : unknown.size();
  }

  /**
   * Called at the end of an object that held nothing the message knows: the unknown fields found directly in it since
   * {@code mark} become one unknown field holding the whole object (repeated names as lists), so that a writer, which
   * writes no such object, puts it back whole. Nothing changes if one of them lies deeper.
   *
   * @param mark the mark taken at the object's start
   */
  public void collapse(int mark) throws IOException {
    int n = mark();
    if (n == mark) {
      return;
    }
    String here = here();
    ObjectNode whole = JsonNodeFactory.instance.objectNode();
    for (int i = mark; i < n; i++) {
      UnknownField u = unknown.get(i);
      if (!u.parentPath().equals(here)) {
        return;
      }
      JsonNode value = JSON.readTree(u.json());
      String name = u.name();
      JsonNode previous = whole.get(name);
      if (previous == null) {
        whole.set(name, value);
      } else if (previous.isArray()) {
        ((ArrayNode) previous).add(value);
      } else {
        whole.set(name, JsonNodeFactory.instance.arrayNode().add(previous).add(value));
      }
    }
    unknown.subList(mark, n).clear();
    unknown.add(new UnknownField(here, whole.toString()));
  }

  /** Returns the current value as JSON text (a payload kept whole), {@code null} for {@code null}. */
  public @Nullable String json() throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL ? null : String.valueOf((Object) parser.readValueAsTree());
  }

  // ---------------------------------------------------------------- scalars

  /**
   * Returns the current scalar's text as written: a string, a number's or a boolean's text; {@code null} for {@code
   * null}.
   *
   * @throws JsonDecodingException {@link Reason#UNEXPECTED_TYPE} for an object or a list
   */
  public @Nullable String raw() throws IOException {
    switch (token()) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return null;
      default:
        throw error(Reason.UNEXPECTED_TYPE, xml ? "expected text, not elements" : "expected a text, a number or a boolean");
    }
  }

  /** Returns the current scalar's text, {@code null} when absent, empty or blank; kept as written otherwise. */
  public @Nullable String text() throws IOException {
    return WireScalars.text(raw());
  }

  /** Returns the current scalar's text without surrounding white space, {@code null} when absent or blank: a code. */
  public @Nullable String code() throws IOException {
    String s = text();
    if (s == null) {
      return null;
    }
    int n = s.length();
    char first = s.charAt(0);
    char last = s.charAt(n - 1);
    return first > ' ' && first < 0x7f && last > ' ' && last < 0x7f ? s : s.strip();
  }

  /** Returns the current scalar as a date-time in any form of {@link WireScalars#instant}, {@code null} when absent. */
  public @Nullable Instant instant() throws IOException {
    try {
      return WireScalars.instant(raw(), "");
    } catch (JsonDecodingException e) {
      throw e.at(here());
    }
  }

  /** Returns the current scalar as a partial date ({@link WireScalars#partialDate}); unknown when absent. */
  public PartialDate partialDate() throws IOException {
    try {
      return WireScalars.partialDate(raw(), "");
    } catch (JsonDecodingException e) {
      throw e.at(here());
    }
  }

  /**
   * Returns the current scalar as a boolean: {@code true}/{@code false} (JSON or text, any case), {@code "1"}/{@code
   * "0"} or the numbers; {@code null} when absent.
   */
  public @Nullable Boolean bool() throws IOException {
    JsonToken t = token();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    try {
      return WireScalars.bool(raw(), "");
    } catch (JsonDecodingException e) {
      throw e.at(here());
    }
  }

  /** Returns the current scalar as a whole, non-negative amount ({@link WireScalars#amount}), {@code null} when absent. */
  public @Nullable Long amount() throws IOException {
    try {
      return WireScalars.amount(raw(), "");
    } catch (JsonDecodingException e) {
      throw e.at(here());
    }
  }

  /** Returns the current scalar as a whole, non-negative number, {@code null} when absent. */
  public @Nullable Integer integer() throws IOException {
    try {
      return WireScalars.integer(raw(), "");
    } catch (JsonDecodingException e) {
      throw e.at(here());
    }
  }

  // ---------------------------------------------------------------- errors of the parser

  /**
   * Maps a parser's exception, whose message may quote the input, to one that names only where.
   *
   * @param e the parser's exception
   * @param xml whether the payload is XML
   * @param prefix the pointer of the payload
   * @return {@link Reason#LIMIT_EXCEEDED} naming the limit when a read limit stopped the parser, else {@link
   *     Reason#MALFORMED} with the line and column when known
   */
  public static JsonDecodingException malformed(IOException e, boolean xml, String prefix) {
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
    return new JsonDecodingException(Reason.MALFORMED, prefix, (xml ? "not well-formed XML" : "not well-formed JSON")
        + where);
  }
}
