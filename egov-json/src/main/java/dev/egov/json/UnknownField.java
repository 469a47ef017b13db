package dev.egov.json;

import java.util.Objects;

/**
 * A field a reader found in a payload but does not map to egov's records: reported so that nothing is dropped
 * silently, and written back by the writer when a faithful round trip is asked for.
 *
 * @param path the field's location as a JSON Pointer, such as {@code /data/0/MaTinhMoi}
 * @param json the field's value as JSON text, exactly as read
 * @since 0.1.0
 */
public record UnknownField(String path, String json) {

  /**
   * Checks the parts.
   *
   * @param path the field's location as a JSON Pointer, such as {@code /data/0/MaTinhMoi}
   * @param json the field's value as JSON text, exactly as read
   * @throws IllegalArgumentException if the path is not a JSON Pointer to a field
   */
  public UnknownField {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(json, "json");
    if (!path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("A field's path is a JSON Pointer such as /data/0/Field");
    }
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
   * @return the name
   */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
