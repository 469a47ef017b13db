package dev.egov.json;

import java.util.Locale;
import java.util.Objects;

/**
 * A field a reader found in a payload but does not map to egov's records: reported so that nothing is dropped
 * silently, and written back by the writer when a faithful round trip is asked for.
 *
 * <p><b>Printing never shows the value.</b> An unknown field is often personal data that failed its check (a
 * relative's personal ID, a tax code, a phone number) or a credential a gateway added; {@link #toString()} shows the
 * path and the value's shape and length only, such as {@code UnknownField[/data/0/SoDinhDanh = string(12 chars)]},
 * and for a field whose name says it holds a secret ({@link #secret()}) not even that. The value itself is available
 * only through {@link #json()}, for the code that puts it back; do not log it.
 *
 * @param path the field's location as a JSON Pointer, such as {@code /data/0/MaTinhMoi}; its last segment may be
 *     empty ({@code /}, {@code /a/}): a field whose name is the empty string
 * @param json the field's value as raw JSON text, exactly as read (unmasked: never log it)
 * @since 0.1.0
 */
public record UnknownField(String path, String json) {

  /**
   * Checks the parts.
   *
   * @param path the field's location as a JSON Pointer, such as {@code /data/0/MaTinhMoi}; its last segment may be
   *     empty ({@code /}, {@code /a/}): a field whose name is the empty string
   * @param json the field's value as raw JSON text, exactly as read (unmasked: never log it)
   * @throws IllegalArgumentException if the path is not a JSON Pointer to a field (it does not start with {@code /})
   */
  public UnknownField {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(json, "json");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A field's path is a JSON Pointer such as /data/0/Field");
    }
  }

  /**
   * Returns the field's value as raw JSON text, exactly as read: unmasked personal data or a secret, for a writer
   * that puts the field back. Never log it; {@link #toString()} is the form to print.
   *
   * @return the raw JSON text of the value
   */
  @Override
  public String json() {
    return json;
  }

  /**
   * Returns the pointer of the object holding the field.
   *
   * @return the parent pointer, {@code ""} for a field of the root object
   */
  public String parentPath() {
    return path.substring(0, path.lastIndexOf('/'));
  }

  /**
   * Returns the field's name, unescaped from its pointer form ({@code ~1} is {@code /}, {@code ~0} is {@code ~}).
   *
   * @return the name, possibly empty
   */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  /**
   * Returns whether the field's name, or the name of an object it is inside, says that it holds a secret: a name
   * containing {@code token}, {@code secret}, {@code password}, {@code passwd}, {@code key}, {@code session}, {@code
   * credential} or {@code authhash}, in any case ({@code accessToken}, {@code lgspAccessToken}, {@code AuthHash},
   * {@code api_key}). Such a field prints without its shape or length.
   *
   * @return whether the value is treated as a secret
   */
  public boolean secret() {
    return saysSecret(path);
  }

  /**
   * Returns the path and the value's shape and length, never the value: {@code UnknownField[/data/0/SoDinhDanh =
   * string(12 chars)]}, {@code UnknownField[/extra = object(3 fields)]}, {@code UnknownField[/accessToken =
   * <secret>]}.
   *
   * @return a description that holds no part of the value
   */
  @Override
  public String toString() {
    return "UnknownField[" + path + " = " + (secret() ? "<secret>" : shape(json)) + ']';
  }

  private static final String[] SECRET_MARKS =
      {"token", "secret", "password", "passwd", "key", "session", "credential", "authhash"};

  static boolean saysSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String mark : SECRET_MARKS) {
      if (lower.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /** The shape and length of a JSON value, from its text alone; {@code text(n chars)} for text that is not JSON. */
  static String shape(String json) {
    String s = json.strip();
    if (s.isEmpty()) {
      return "text(0 chars)";
    }
    char c = s.charAt(0);
    if (c == '"' && s.length() >= 2 && s.charAt(s.length() - 1) == '"') {
      return "string(" + unescapedLength(s) + " chars)";
    }
    if (c == '{' && s.charAt(s.length() - 1) == '}') {
      return "object(" + members(s) + " fields)";
    }
    if (c == '[' && s.charAt(s.length() - 1) == ']') {
      return "array(" + members(s) + " items)";
    }
    if (s.equals("true") || s.equals("false")) {
      return "boolean";
    }
    if (s.equals("null")) {
      return "null";
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return "number(" + s.length() + " chars)";
    }
    return "text(" + s.length() + " chars)";
  }

  /** The length of a JSON string's value: an escape ({@code \n}, {@code \u00e1}) is one character. */
  private static int unescapedLength(String quoted) {
    int n = 0;
    for (int i = 1; i < quoted.length() - 1; i++) {
      if (quoted.charAt(i) == '\\' && i + 1 < quoted.length() - 1) {
        i += quoted.charAt(i + 1) == 'u' ? 5 : 1;
      }
      n++;
    }
    return n;
  }

  /** The number of members of an object or array, counting the commas at its top level outside strings. */
  private static int members(String container) {
    int depth = 0;
    int commas = 0;
    boolean any = false;
    boolean inString = false;
    for (int i = 1; i < container.length() - 1; i++) {
      char c = container.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (!Character.isWhitespace(c)) {
        any = true;
      }
      switch (c) {
        case '"':
          inString = true;
          break;
        case '{':
        case '[':
          depth++;
          break;
        case '}':
        case ']':
          depth--;
          break;
        case ',':
          if (depth == 0) {
            commas++;
          }
          break;
        default:
          break;
      }
    }
    return any ? commas + 1 : 0;
  }
}
