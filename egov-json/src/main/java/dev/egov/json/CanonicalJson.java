package dev.egov.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.internal.CanonicalRecords;
import dev.egov.json.internal.CanonicalScalars;
import dev.egov.json.internal.EpochInstantDeserializer;
import dev.egov.json.internal.ReadGuard;
import dev.egov.json.internal.RecordGroups;
import dev.egov.model.TextLimitExceededException;
import dev.egov.model.id.InvalidIdentifierException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Errors.</b> Every failure to read a payload is a {@link JsonDecodingException} with a stable {@linkplain
 * JsonDecodingException#reason() reason}: an empty payload (no bytes, or only white space) and text that is not
 * JSON, or has anything but white space after the value, are {@code MALFORMED}; a payload that is the JSON {@code
 * null} is {@code UNEXPECTED_TYPE} (a record is expected); a payload beyond the {@linkplain ReadLimits read limits}
 * is {@code LIMIT_EXCEEDED}. A {@code null} argument is a programming error ({@link NullPointerException}).
 *
 * @since 0.1.0
 */
public final class CanonicalJson {

  private static final CanonicalJson SHARED = builder().build();

  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ObjectReader treeReader;
  private final ReadGuard guard;
  private final ConcurrentHashMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  /** The same settings with records read in one pass (CanonicalRecords); its errors are never shown: see read. */
  private final ObjectMapper onePass;
  private final ConcurrentHashMap<Class<?>, ObjectReader> onePassReaders = new ConcurrentHashMap<>();

  private CanonicalJson(ReadLimits limits) {
    this.guard = new ReadGuard(limits);
    this.mapper = configure(JsonMapper.builder(guard.jsonFactory())).build();
    // Last: Jackson applies the modifiers of later modules first, so the groups' NONE and the scalar shortcuts of
    // configure() see and wrap the one-pass record readers.
    this.onePass = configure(JsonMapper.builder(guard.jsonFactory())).addModule(CanonicalRecords.module()).build();
    this.writer = mapper.writer();
    this.treeReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // see end()
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
        // After java.time's module, so that it wins: an epoch number out of range is refused, not read as 1970.
        .addModule(new SimpleModule("egov-instants")
            .addDeserializer(Instant.class, new EpochInstantDeserializer()))
        // Last: its instant shortcut wraps whichever instant reader the modules above leave in place.
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
   * Returns the shared instance, with the {@linkplain ReadLimits#defaults() default read limits}.
   *
   * @return the canonical JSON mapping
   */
  public static CanonicalJson get() {
    return SHARED;
  }

  /**
   * Starts a configuration, with the defaults of {@link #get()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the safety limits this instance reads with.
   *
   * @return the limits
   */
  public ReadLimits readLimits() {
    return guard.limits();
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
   * @throws JsonDecodingException if the JSON is empty, malformed or {@code null}, a value is unusable, or a read
   *     limit is exceeded
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    T ordinary = readInOnePass(json, type);
    return ordinary != null ? ordinary : readStandard(json, type);
  }

  /**
   * Reads with the standard mapper alone: the reading, and the errors, of {@link #read} for any document the one-pass
   * reader does not read to the end (tests compare the two).
   */
  <T> T readStandard(byte[] json, Class<T> type) {
    ObjectReader reader = reader(type);
    try (JsonParser p = open(json)) {
      T value = reader.readValue(p);
      end(p);
      return value;
    } catch (IOException | IllegalArgumentException | DateTimeException e) {
      throw decodingError(e);
    }
  }

  /**
   * Reads an ordinary document (an object of the type's components, each at most once, every value one the model
   * accepts) with the one-pass mapper; returns {@code null} for any other, which {@link #read} then reads again with
   * the standard mapper: that reading, not this one, gives the value or the error, so the error is always the
   * standard mapper's (pointer, reason and detail).
   */
  @SuppressWarnings("unchecked")
  <T> @Nullable T readInOnePass(byte[] json, Class<T> type) {
    ObjectReader reader = onePassReaders.get(type);
    if (reader == null) {
      reader = onePassReaders.computeIfAbsent(type,
          t -> onePass.readerFor(t).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }
    try (JsonParser p = guard.parser(onePass.getFactory(), json, "")) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object value = reader.readValue(p);
      return p.nextToken() == null ? (T) value : null;
    } catch (IOException | RuntimeException notOrdinary) {
      // Anything the one-pass reader does not read, and every error: the standard reading below reports it.
      return null;
    }
  }

  /** Opens a parser on the first token, which must be there and not {@code null}. */
  private JsonParser open(byte[] json) throws IOException {
    JsonParser p = guard.parser(mapper.getFactory(), json, "");
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new JsonDecodingException(Reason.MALFORMED, "", "the payload is empty");
    }
    if (first == JsonToken.VALUE_NULL) {
      throw new JsonDecodingException(Reason.UNEXPECTED_TYPE, "", "expected a record, not null");
    }
    return p;
  }

  /** Checks that nothing but white space follows the value. */
  private static void end(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw new JsonDecodingException(Reason.MALFORMED, "", "content after the JSON value");
    }
  }

  /**
   * Reads a record from a string.
   *
   * @param json JSON text
   * @param type the record type
   * @param <T> the type
   * @return the record
   * @throws JsonDecodingException if the JSON is empty, malformed or {@code null}, a value is unusable, or a read
   *     limit is exceeded
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
   * @throws JsonDecodingException if the JSON is empty, malformed or {@code null}, a value is unusable, or a read
   *     limit is exceeded
   */
  public <T> Decoded<T> decode(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    ObjectReader reader = reader(type);
    JsonNode input;
    T value;
    try (JsonParser p = open(json)) {
      input = treeReader.readTree(p);
      end(p);
      value = reader.readValue(input);
    } catch (IOException | IllegalArgumentException | DateTimeException e) {
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
    // Looked up before computeIfAbsent, whose lambda would be a new object on every read. Content after the value is
    // checked by end(), which reports it as MALFORMED (databind's own check reports a second value as a mismatched
    // type).
    ObjectReader known = readers.get(Objects.requireNonNull(type, "type"));
    if (known != null) {
      return known;
    }
    return readers.computeIfAbsent(type,
        t -> mapper.readerFor(t).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
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

  /**
   * Maps Jackson's exceptions, whose messages quote values, and the model's, whose messages may too, to one that names
   * the field only. A {@link JsonDecodingException} of egov's own checks, wrapped by Jackson, is returned as it is.
   */
  static JsonDecodingException decodingError(Exception e) {
    JsonDecodingException limit = ReadGuard.limitError(e, "");
    if (limit != null) {
      return limit;
    }
    if (!(e instanceof IOException)) {
      // Not from the parser or the binding: a rule of the model broken outside a JSON property, or a number out of
      // range where Jackson touches it (NumberFormatException); neither message is ever quoted.
      return new JsonDecodingException(Reason.INVALID_VALUE, "", "a value egov's records cannot hold");
    }
    Throwable root = rootCause(e);
    if (root instanceof JsonDecodingException) {
      return (JsonDecodingException) root;
    }
    if (e instanceof StreamReadException) {
      StreamReadException read = (StreamReadException) e;
      String where = read.getLocation() == null
          ? "" : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
      return new JsonDecodingException(Reason.MALFORMED, "", "not well-formed JSON" + where);
    }
    String field = e instanceof JsonMappingException ? pointer((JsonMappingException) e) : "";
    if (e instanceof InvalidDefinitionException) {
      // Jackson reports some input as a definition problem (a duplicate key of a creator property): the input is
      // what cannot be mapped, since egov's own types are all mappable (CanonicalJsonTest writes and reads each).
      return new JsonDecodingException(Reason.INVALID_VALUE, field, "a value egov's records cannot hold");
    }
    if (root instanceof TextLimitExceededException) {
      return new JsonDecodingException(Reason.LIMIT_EXCEEDED, field, root.getMessage());
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
      // The model's messages may quote the value ("… not 84987123456"): a fixed detail instead.
      return new JsonDecodingException(Reason.INVALID_VALUE, field, "a value egov's records cannot hold");
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

  /**
   * Configures a {@link CanonicalJson}: today its read limits.
   *
   * <pre>{@code
   * CanonicalJson json = CanonicalJson.builder()
   *     .readLimits(ReadLimits.builder().maxDocumentBytes(16 * 1024 * 1024).build())
   *     .build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ReadLimits readLimits = ReadLimits.defaults();

    private Builder() {}

    /**
     * Sets the safety limits of reading ({@link ReadLimits#defaults()} by default).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder readLimits(ReadLimits limits) {
      this.readLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the mapping. Build one per configuration and share it: it is thread-safe.
     *
     * @return a new mapping
     */
    public CanonicalJson build() {
      return new CanonicalJson(readLimits);
    }
  }
}
