package dev.egov.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
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
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.JsonValueSerializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import dev.egov.model.PartialDate;
import dev.egov.model.code.OpenCode;
import dev.egov.model.id.Identifier;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The scalar values of canonical JSON written and read without Jackson's general machinery, byte for byte as that
 * machinery does: egov's text values ({@linkplain Identifier identifiers}, {@linkplain OpenCode codes}, {@linkplain
 * PartialDate partial dates}) are written by calling their {@code @JsonValue} method directly instead of through
 * reflection, and read by calling their text creator ({@code PersonalIdNumber.parse}, …) directly instead of through
 * four layers of Jackson's bean reader and reflection; instants are written and read by {@link IsoInstants} instead
 * of {@code java.time}'s formatter.
 * Anything out of the ordinary (a configuration that changes how instants are written, an instant in another form, a
 * text its creator refuses, any token but a string) goes to the serializer or deserializer that Jackson would have
 * used, so the output, every value read and every error stay the same.
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

  /**
   * The type's one delegating {@code @JsonCreator} that takes a text ({@code PersonalIdNumber.parse}, {@code
   * Ethnicity.of}, …) as a function, or {@code null} if it has none or several.
   */
  static @Nullable Function<String, ?> textCreator(Class<?> type) {
    Method found = null;
    for (Method method : type.getMethods()) {
      JsonCreator creator = method.getAnnotation(JsonCreator.class);
      if (creator != null && creator.mode() == JsonCreator.Mode.DELEGATING && Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() == type && method.getParameterCount() == 1
          && method.getParameterTypes()[0].isAssignableFrom(String.class)
          && type.isAssignableFrom(method.getReturnType())) {
        if (found != null) {
          return null;
        }
        found = method;
      }
    }
    if (found == null) {
      return null;
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle target = lookup.unreflect(found);
      @SuppressWarnings("unchecked")
      Function<String, ?> function = (Function<String, ?>) LambdaMetafactory.metafactory(lookup, "apply",
          MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
          MethodType.methodType(found.getReturnType(), String.class)).getTarget().invokeExact();
      return function;
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      // Not reachable from here (a module or class-loader boundary): Jackson's own path reads the type as before.
      return null;
    }
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
      Class<?> type = description.getBeanClass();
      // Whatever reads instants otherwise (java.time's reader, or one of egov's that refines how it reads numbers)
      // reads this ISO-8601 text as java.time does; the shortcut takes only that text.
      if (type == Instant.class) {
        return new InstantReader(deserializer);
      }
      // The canonical mapper's bean types are egov's: each is looked at once, when its reader is built.
      if (deserializer instanceof BeanDeserializerBase) {
        Function<String, ?> parse = textCreator(type);
        if (parse != null) {
          return new TextReader(deserializer, parse);
        }
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

    private final transient JsonSerializer<Instant> standard;

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

  /**
   * Reads a text value (an identifier, a code, a partial date) by calling its creator directly; a value the creator
   * refuses, an empty text and every other token go to Jackson's reader of the type, which gives the same value and
   * raises exactly the error it always raised.
   */
  static final class TextReader extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, ?> parse;

    TextReader(JsonDeserializer<?> standard, Function<String, ?> parse) {
      super(standard);
      this.parse = parse;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new TextReader(delegate, parse);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText();
        if (!text.isEmpty()) {
          try {
            return parse.apply(text);
          } catch (RuntimeException refused) {
            // Jackson's reader calls the same creator again and reports the refusal as it always has.
          }
        }
      }
      return super.deserialize(p, context);
    }
  }

  /**
   * Reads an instant written as canonical JSON writes it ({@code 2026-11-16T02:00:00Z}, as {@link Instant#toString()}
   * writes it) directly, and leaves every other form to the mapper's reader of instants.
   */
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
