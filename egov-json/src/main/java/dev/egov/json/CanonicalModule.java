package dev.egov.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The module behind {@link CanonicalJson#module()}: every type of {@code egov-model} is written and read by egov's
 * canonical mapper, whatever the user's mapper is set to, so that a user's mapper writes exactly the bytes {@link
 * CanonicalJson#write(Object)} writes for an egov value (its generator's pretty printer and character escapes aside)
 * and reads what {@link CanonicalJson#read(byte[], Class)} reads. The user's settings keep applying to everything
 * around egov's values.
 */
final class CanonicalModule extends Module {

  private static final String MODEL_PACKAGE = "dev.egov.model";

  private final ObjectMapper canonical;
  private final ObjectWriter writer;

  CanonicalModule(ObjectMapper canonical) {
    this.canonical = canonical;
    // Writing into the user's generator: flushing after each value would flush their stream once per egov value.
    this.writer = canonical.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  @Override
  public String getModuleName() {
    return "egov-canonical-json";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CanonicalSerializers());
    context.addDeserializers(new CanonicalDeserializers());
  }

  /** Whether egov owns the type: every type in {@code dev.egov.model} and its subpackages. */
  static boolean isEgovModelType(Class<?> type) {
    String pkg = type.getPackageName();
    return pkg.equals(MODEL_PACKAGE) || pkg.startsWith(MODEL_PACKAGE + ".");
  }

  private final class CanonicalSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return isEgovModelType(type.getRawClass()) ? new CanonicalSerializer(type.getRawClass(), writer) : null;
    }
  }

  private final class CanonicalDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return deserializerFor(type);
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return deserializerFor(config.constructType(type));
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return isEgovModelType(valueType);
    }

    private JsonDeserializer<?> deserializerFor(JavaType type) {
      if (!isEgovModelType(type.getRawClass())) {
        return null;
      }
      // Inside the user's document: what follows the egov value is theirs, not trailing tokens.
      return new CanonicalDeserializer(type,
          canonical.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }
  }

  /** Writes an egov value with the canonical mapper into the user's generator. */
  private static final class CanonicalSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private static final JsonGenerator.Feature NUMBERS_AS_STRINGS =
        JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature();

    private final ObjectWriter writer;

    @SuppressWarnings("unchecked")
    CanonicalSerializer(Class<?> type, ObjectWriter writer) {
      super((Class<Object>) type);
      this.writer = writer;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      // A generator feature of the user's would write canonical numbers as strings, which the schema refuses.
      boolean numbersAsStrings = gen.isEnabled(NUMBERS_AS_STRINGS);
      if (numbersAsStrings) {
        gen.disable(NUMBERS_AS_STRINGS);
      }
      try {
        writer.writeValue(gen, value);
      } finally {
        if (numbersAsStrings) {
          gen.enable(NUMBERS_AS_STRINGS);
        }
      }
    }

    /**
     * With default typing, the user's type id goes around the canonical value (as a wrapper array or object), never
     * into it.
     */
    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      WritableTypeId typeId = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.VALUE_EMBEDDED_OBJECT));
      serialize(value, gen, provider);
      typeSer.writeTypeSuffix(gen, typeId);
    }
  }

  /** Reads an egov value from the user's parser with the canonical mapper. */
  private static final class CanonicalDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    private final ObjectReader reader;

    CanonicalDeserializer(JavaType type, ObjectReader reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.readValue(p);
    }
  }
}
