package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 */
public final class WireReader {

  private final JsonParser parser;
  private final boolean xml;
  private final String prefix;
  private @Nullable List<UnknownField> unknown;
  private @Nullable Values values;

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
    String path = parser.getParsingContext().pathAsPointer().toString();
    return prefix.isEmpty() ? path : prefix + path;
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
   * @throws JsonDecodingException {@link Reason#INVALID_VALUE} for a field with an empty name, which no pointer names
   */
  public void unknown(String name) throws IOException {
    if (name.isEmpty()) {
      throw error(Reason.INVALID_VALUE, "a field has an empty name");
    }
    String json = parser.currentToken() == JsonToken.VALUE_NULL ? "null"
        : String.valueOf((Object) parser.readValueAsTree());
    keep(here(), json);
  }

  /** Keeps an unknown field read elsewhere (a nested document's). */
  public void keep(String path, String json) {
    if (unknown == null) {
      unknown = new ArrayList<>(4);
    }
    unknown.add(new UnknownField(path, json));
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
