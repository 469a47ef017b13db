package dev.egov.json.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.JsonValueSerializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import dev.egov.model.PartialDate;
import dev.egov.model.code.OpenCode;
import dev.egov.model.id.Identifier;
import java.io.IOException;
import java.time.Instant;

/**
 * The scalar values of canonical JSON written and read without Jackson's general machinery, byte for byte as that
 * machinery does: egov's text values ({@linkplain Identifier identifiers}, {@linkplain OpenCode codes}, {@linkplain
 * PartialDate partial dates}) are written by calling their {@code @JsonValue} method directly instead of through
 * reflection, and instants are written and read by {@link IsoInstants} instead of {@code java.time}'s formatter.
 * Anything out of the ordinary (a configuration that changes how instants are written, an instant in another form)
 * goes to the serializer or deserializer that Jackson would have used, so the output and every error stay the same.
 */
public final class CanonicalScalars {

  private CanonicalScalars() {}

  /** Returns the module; register it after {@code JavaTimeModule}, whose instant serializers it wraps. */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("egov-canonical-scalars");
    module.setSerializerModifier(new Writers());
    module.setDeserializerModifier(new Readers());
    return module;
  }

  /** Which direct writer replaces the {@code @JsonValue} serializer of {@code type}, or {@code -1} for none. */
  static int textKind(Class<?> type, BeanDescription description) {
    AnnotatedMember accessor = description.findJsonValueAccessor();
    if (accessor == null || accessor.getRawType() != String.class) {
      return -1;
    }
    String name = accessor.getName();
    if (Identifier.class.isAssignableFrom(type) && name.equals("format")) {
      return TextSerializer.IDENTIFIER;
    }
    if (OpenCode.class.isAssignableFrom(type) && name.equals("code")) {
      return TextSerializer.CODE;
    }
    if (type == PartialDate.class && name.equals("format")) {
      return TextSerializer.PARTIAL_DATE;
    }
    return -1;
  }

  private static final class Writers extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
      Class<?> type = description.getBeanClass();
      if (type == Instant.class && serializer == InstantSerializer.INSTANCE) {
        return new InstantWriter(InstantSerializer.INSTANCE);
      }
      if (serializer instanceof JsonValueSerializer) {
        int kind = textKind(type, description);
        if (kind >= 0) {
          return new TextSerializer(type, kind);
        }
      }
      return serializer;
    }
  }

  private static final class Readers extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
      if (description.getBeanClass() == Instant.class && deserializer.getClass() == InstantDeserializer.class) {
        return new InstantReader(deserializer);
      }
      return deserializer;
    }
  }

  /** Writes the text of an identifier, a code or a partial date: what their {@code @JsonValue} method returns. */
  static final class TextSerializer extends StdScalarSerializer<Object> {
    private static final long serialVersionUID = 1L;
    static final int IDENTIFIER = 0;
    static final int CODE = 1;
    static final int PARTIAL_DATE = 2;

    private final int kind;

    @SuppressWarnings("unchecked")
    TextSerializer(Class<?> type, int kind) {
      super((Class<Object>) type);
      this.kind = kind;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      switch (kind) {
        case IDENTIFIER:
          gen.writeString(((Identifier) value).format());
          break;
        case CODE:
          gen.writeString(((OpenCode) value).code());
          break;
        default:
          gen.writeString(((PartialDate) value).format());
          break;
      }
    }
  }

  /**
   * Writes an instant as {@link Instant#toString()} does, which is what {@code JavaTimeModule}'s serializer writes
   * unless dates are written as timestamps.
   */
  static final class InstantWriter extends StdScalarSerializer<Instant> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;

    private final JsonSerializer<Instant> standard;

    InstantWriter(JsonSerializer<Instant> standard) {
      super(Instant.class);
      this.standard = standard;
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (!provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)) {
        char[] text = new char[IsoInstants.MAX_LENGTH];
        int length = IsoInstants.format(value, text);
        if (length > 0) {
          gen.writeString(text, 0, length);
          return;
        }
      }
      standard.serialize(value, gen, provider);
    }

    /** A property with its own format gets the standard serializer for it, without this shortcut. */
    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      JsonFormat.Value format = findFormatOverrides(provider, property, Instant.class);
      return format == null || format.equals(JsonFormat.Value.empty())
          ? this : provider.handlePrimaryContextualization(standard, property);
    }
  }

  /** Reads an instant written as canonical JSON writes it directly, and leaves every other form to Jackson's reader. */
  static final class InstantReader extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    InstantReader(JsonDeserializer<?> standard) {
      super(standard);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new InstantReader(delegate);
    }

    /** A property with its own format gets the standard reader for it, without this shortcut. */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
        throws JsonMappingException {
      JsonFormat.Value format = findFormatOverrides(context, property, Instant.class);
      return format == null || format.equals(JsonFormat.Value.empty())
          ? this : context.handlePrimaryContextualization(getDelegatee(), property, context.constructType(Instant.class));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        Instant instant = IsoInstants.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (instant != null) {
          return instant;
        }
      }
      return super.deserialize(p, context);
    }
  }
}
