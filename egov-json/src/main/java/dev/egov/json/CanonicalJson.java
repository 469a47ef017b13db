package dev.egov.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.internal.CanonicalScalars;
import dev.egov.json.internal.RecordGroups;
import dev.egov.model.TextLimitExceededException;
import dev.egov.model.id.InvalidIdentifierException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * egov's canonical JSON: every record of {@code egov-model} as JSON with English camelCase names (the record
 * components), ISO-8601 dates and instants ({@code "2026-11-16T02:00:00Z"}), partial dates as {@code "1985"}, {@code
 * "1985-07"} or {@code "1985-07-14"}, identifiers and codes as their text, and no explicit nulls. The format is
 * published as a JSON Schema ({@code dev/egov/json/canonical.schema.json} in this jar) so that systems in other
 * languages can rely on it.
 *
 * <pre>{@code
 * CanonicalJson json = CanonicalJson.get();
 * byte[] bytes = json.write(citizen);
 * Citizen back = json.read(bytes, Citizen.class);
 *
 * Decoded<Dossier> decoded = json.decode(bytes, Dossier.class);   // and the fields egov has no home for
 * byte[] again = json.write(decoded);                            // puts them back
 * }</pre>
 *
 * <p><b>Reading</b> is strict about values (an invalid identifier, an impossible date or a missing required field
 * throws {@link JsonDecodingException} naming the field) and tolerant of unknown fields, which {@link #decode}
 * reports. <b>Sharing</b>: one instance is thread-safe and should be shared ({@link #get()}); readers and writers
 * per type are built once. To map egov's records with your own {@code ObjectMapper}, register {@link #module()}.
 *
 * @since 0.1.0
 */
public final class CanonicalJson {

  private static final CanonicalJson SHARED = new CanonicalJson();

  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ConcurrentHashMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  private CanonicalJson() {
    this.mapper = configure(JsonMapper.builder()).build();
    this.writer = mapper.writer();
  }

  /**
   * Applies egov's canonical settings to a mapper builder: java.time support, ISO-8601 text for dates, no explicit
   * nulls, only record components as properties, unknown fields skipped, trailing tokens refused, and a list that is
   * absent or {@code null} read as empty (egov always writes its lists, possibly empty, as the schema says; writers in
   * other languages often leave an empty list out, which loses nothing); likewise an absent or {@code null} group of a
   * record ({@code timeline}, {@code places}, …) reads as the group's {@code NONE}.
   */
  static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(RecordGroups.module())
        .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
        .addModule(new JavaTimeModule())
        .addModule(CanonicalScalars.module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  }

  /**
   * Returns the shared instance.
   *
   * @return the canonical JSON mapping
   */
  public static CanonicalJson get() {
    return SHARED;
  }

  /**
   * Returns a Jackson module that makes an {@code ObjectMapper} of your own write and read every type of {@code
   * egov-model} exactly as {@link #get()} does, whatever your mapper's settings: an egov value inside your payload is
   * canonical JSON that the published schema accepts.
   *
   * <pre>{@code
   * ObjectMapper yours = JsonMapper.builder()
   *     .addModule(CanonicalJson.module())
   *     .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)   // your own types only
   *     .build();
   * yours.writeValueAsString(new Envelope("r-1", citizen));  // {"request_id":"r-1","citizen":{"personalId":…}}
   * }</pre>
   *
   * <p><b>What the module overrides</b>, inside an egov value only (your own types keep your settings): the inclusion
   * default ({@code ALWAYS}, {@code NON_EMPTY}, {@code NON_DEFAULT}: absent values are left out and lists are written,
   * empty or not), naming strategies, {@code WRITE_DATES_AS_TIMESTAMPS} and date formats (always ISO-8601 text),
   * enum features ({@code WRITE_ENUMS_USING_INDEX}, {@code WRITE_ENUMS_USING_TO_STRING}), property sorting, mix-ins
   * and views on properties of egov's records, the generator feature {@code WRITE_NUMBERS_AS_STRINGS}, and on reading
   * {@code FAIL_ON_UNKNOWN_PROPERTIES} (an unknown field inside an egov value is skipped, as {@link #read} does; use
   * {@link #decode} to see them) and the other {@code DeserializationFeature}s. <b>What it keeps</b>, because it is
   * the shape of your document rather than of egov's values: indentation ({@code INDENT_OUTPUT}, your pretty
   * printer), character escaping, root wrapping, and the type ids of default typing, which go around an egov value
   * (a wrapper array or object), never into it. <b>What it cannot override</b>: a serializer or deserializer that you
   * name yourself for an egov type ({@code @JsonSerialize}/{@code @JsonDeserialize} on a mix-in or on your property,
   * or another module registered after this one) wins, and its output is yours to keep valid. The module registers
   * nothing for your own types: add {@code JavaTimeModule} yourself for {@code java.time} values of yours.
   *
   * <p>Errors are Jackson's own ({@code JsonMappingException} and its subtypes, with the path in your document), not
   * {@link JsonDecodingException}: your mapper, your exceptions. For Jackson 3 mappers see {@code
   * docs/adr/0002-jackson-2-line.md}.
   *
   * @return a new module
   */
  public static com.fasterxml.jackson.databind.Module module() {
    return new CanonicalModule(SHARED.mapper);
  }

  /**
   * Reads a record, ignoring fields egov does not know (see {@link #decode} to see them).
   *
   * @param json UTF-8 JSON
   * @param type the record type, such as {@code Citizen.class}
   * @param <T> the type
   * @return the record
   * @throws JsonDecodingException if the JSON is malformed or a value is unusable
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return readWith(reader(type), json);
  }

  /**
   * Reads a record from a string.
   *
   * @param json JSON text
   * @param type the record type
   * @param <T> the type
   * @return the record
   * @throws JsonDecodingException if the JSON is malformed or a value is unusable
   */
  public <T> T read(String json, Class<T> type) {
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a record and reports the fields it has no home for: every non-null field of the input that writing the
   * record back would not produce. Slower than {@link #read}, which skips such fields.
   *
   * @param json UTF-8 JSON
   * @param type the record type
   * @param <T> the type
   * @return the record and its unknown fields
   * @throws JsonDecodingException if the JSON is malformed or a value is unusable
   */
  public <T> Decoded<T> decode(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    JsonNode input;
    T value;
    try {
      input = mapper.readTree(json);
      value = reader(type).readValue(input);
    } catch (IOException e) {
      throw decodingError(e);
    }
    List<UnknownField> unknown = new ArrayList<>(0);
    collectUnknown(input, mapper.valueToTree(value), "", unknown);
    return new Decoded<>(value, unknown);
  }

  /**
   * Reports every non-null field of {@code input} that writing the record back does not produce: those are the fields
   * the record has no home for.
   */
  private static void collectUnknown(JsonNode input, JsonNode written, String path, List<UnknownField> unknown) {
    if (input.isObject() && written.isObject()) {
      for (Map.Entry<String, JsonNode> e : input.properties()) {
        String child = path + '/' + e.getKey().replace("~", "~0").replace("/", "~1");
        JsonNode counterpart = written.get(e.getKey());
        if (counterpart == null) {
          if (!e.getValue().isNull()) {
            unknown.add(new UnknownField(child, e.getValue().toString()));
          }
        } else {
          collectUnknown(e.getValue(), counterpart, child, unknown);
        }
      }
    } else if (input.isArray() && written.isArray()) {
      for (int i = 0; i < input.size() && i < written.size(); i++) {
        collectUnknown(input.get(i), written.get(i), path + '/' + i, unknown);
      }
    }
  }

  private ObjectReader reader(Class<?> type) {
    // Looked up before computeIfAbsent, whose method reference would be a new object on every read.
    ObjectReader known = readers.get(Objects.requireNonNull(type, "type"));
    return known != null ? known : readers.computeIfAbsent(type, mapper::readerFor);
  }

  private static <T> T readWith(ObjectReader reader, byte[] json) {
    try {
      return reader.readValue(json);
    } catch (IOException e) {
      throw decodingError(e);
    }
  }

  /**
   * Writes a record as canonical JSON.
   *
   * @param value a record of egov-model
   * @return UTF-8 JSON
   */
  public byte[] write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a record as a canonical JSON string.
   *
   * @param value a record of egov-model
   * @return JSON text
   */
  public String writeAsString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a decoded record with its unknown fields put back where they were read, so that reading and writing loses
   * nothing. A field is put back only if its object still exists and has no field of that name.
   *
   * @param decoded a record and its unknown fields
   * @return UTF-8 JSON
   */
  public byte[] write(Decoded<?> decoded) {
    Objects.requireNonNull(decoded, "decoded");
    if (decoded.unknownFields().isEmpty()) {
      return write(decoded.value());
    }
    try {
      JsonNode tree = mapper.valueToTree(decoded.value());
      for (UnknownField field : decoded.unknownFields()) {
        JsonNode parent = tree.at(field.parentPath());
        if (parent instanceof ObjectNode && !parent.has(field.name())) {
          ((ObjectNode) parent).set(field.name(), mapper.readTree(field.json()));
        }
      }
      return writer.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + decoded.value().getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Maps Jackson's exceptions, whose messages quote values, to one that names the field only. */
  static JsonDecodingException decodingError(IOException e) {
    if (e instanceof StreamReadException) {
      StreamReadException read = (StreamReadException) e;
      String where = read.getLocation() == null
          ? "" : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
      return new JsonDecodingException(Reason.MALFORMED, "", "not well-formed JSON" + where);
    }
    if (e instanceof InvalidDefinitionException) {
      throw new IllegalStateException("egov cannot map this type: " + e.getClass().getSimpleName(), e);
    }
    String field = e instanceof JsonMappingException ? pointer((JsonMappingException) e) : "";
    Throwable root = rootCause(e);
    if (root instanceof TextLimitExceededException) {
      TextLimitExceededException limit = (TextLimitExceededException) root;
      return new JsonDecodingException(Reason.LIMIT_EXCEEDED, field, limit.getMessage());
    }
    if (root instanceof InvalidIdentifierException) {
      InvalidIdentifierException id = (InvalidIdentifierException) root;
      return new JsonDecodingException(Reason.INVALID_VALUE, field, id.getMessage(), id);
    }
    if (e instanceof InvalidNullException) {
      PropertyName name = ((InvalidNullException) e).getPropertyName();
      String missing = name == null || field.endsWith("/" + escape(name.getSimpleName()))
          ? "" : "/" + escape(name.getSimpleName());
      return new JsonDecodingException(Reason.MISSING_FIELD, field + missing, "a value is required");
    }
    if (root instanceof NullPointerException) {
      // The records name a missing component in their null checks (Objects.requireNonNull(name, "name")); any other
      // message (a JDK's helpful NullPointerException text) is not a field name.
      String message = root.getMessage();
      String missing = message != null && isName(message) ? "/" + escape(message) : "";
      return new JsonDecodingException(Reason.MISSING_FIELD, field + missing, "a value is required");
    }
    if (root instanceof DateTimeException) {
      return new JsonDecodingException(Reason.INVALID_VALUE, field, "not a date or time that exists");
    }
    if (root instanceof IllegalArgumentException) {
      return new JsonDecodingException(Reason.INVALID_VALUE, field, String.valueOf(root.getMessage()));
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      return new JsonDecodingException(Reason.UNEXPECTED_TYPE, field,
          "a value of another type was expected" + (target == null ? "" : ": " + target.getSimpleName()));
    }
    return new JsonDecodingException(Reason.INVALID_VALUE, field, "unusable value");
  }

  private static boolean isName(String text) {
    if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!Character.isJavaIdentifierPart(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      out.append('/');
      if (ref.getFieldName() != null) {
        out.append(escape(ref.getFieldName()));
      } else {
        out.append(ref.getIndex());
      }
    }
    return out.toString();
  }
}
