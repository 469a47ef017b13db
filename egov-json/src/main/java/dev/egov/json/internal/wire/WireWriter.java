package dev.egov.json.internal.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.UnknownField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A writing cursor: a Jackson generator and the unknown fields of a decoded payload to put back, at the end of the
 * object they were read in and never over a field the message maps. Pointers are built only when there are unknown
 * fields to put back ({@link #tracking()}); otherwise every pointer argument is {@code null}. Not thread-safe.
 */
public final class WireWriter {

  private final JsonGenerator g;
  private final ObjectMapper mapper;
  private final @Nullable Map<String, List<UnknownField>> extras;

  /**
   * Starts a write.
   *
   * @param g the generator
   * @param mapper the mapper that turns an unknown field's JSON text back into tokens
   * @param unknown the unknown fields to put back; none for a record built in memory
   */
  public WireWriter(JsonGenerator g, ObjectMapper mapper, List<UnknownField> unknown) {
    this.g = g;
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

  /** Writes a field's name. */
  public void name(SerializableString name) throws IOException {
    g.writeFieldName(name);
  }

  /** Writes a string. */
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  /** Starts an object. */
  public void startObject() throws IOException {
    g.writeStartObject();
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
          String name = f.name();
          if (!known.contains(name)) {
            g.writeFieldName(name);
            json(f.json(), f.path());
          }
        }
      }
    }
    g.writeEndObject();
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
