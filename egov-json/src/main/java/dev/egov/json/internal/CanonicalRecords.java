package dev.egov.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdValueInstantiator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * egov's records read in one pass over their fields, for {@code CanonicalJson.read} only: Jackson's reader of a record
 * (a property-based creator: the canonical constructor, or a factory such as {@code PersonName.of}) buffers every
 * component in a {@code PropertyValueBuffer}, looks each field name up in a hash map, wraps each value in two more
 * calls and keeps bookkeeping for features egov's records do not use; for a citizen of about fifteen nested records,
 * that was the largest cost that raw databind on plain records does not share.
 *
 * <p>Nothing here describes the format: the fields, their order, their readers and the creator are those Jackson's
 * own reader of the type resolved from the records (its creator properties, each with the value reader and null
 * handling Jackson gave it). The shortcut reads a field by the same {@code SettableBeanProperty.deserialize} call as
 * Jackson, fills an absent component by the same two calls as Jackson ({@code getAbsentValue} of the property's null
 * provider, then of its value reader), and calls the same creator through the same value instantiator. It expects
 * the next field to be the next component (canonical JSON writes them in order), so that the parser matches the name's
 * bytes instead of hashing it.
 *
 * <p><b>Anything out of the ordinary is not read here.</b> A field the record has no component for, a field given
 * twice, a required or primitive component that is absent, a feature that changes how creators are called, or any
 * error at all (a wrong type, a value the model refuses, a limit) ends the shortcut with an exception; {@code
 * CanonicalJson} then reads the same bytes again with the standard mapper, which has no shortcut and gives exactly the
 * value or the error it always gave (JSON Pointer, reason and message). So the shortcut's only observable effect is
 * speed: a document it reads to the end gives the value Jackson gives, and any other document costs one failed pass
 * more. A reader of a type that uses anything this class does not handle (object ids, injected values, an any-setter,
 * unwrapped or external-type-id properties, views, a delegating creator, a custom value instantiator) is Jackson's own.
 *
 * <p>Register the module <em>last</em> on a mapper of its own (Jackson applies the reader modifiers of later modules
 * first, so that the modules before it, such as {@link RecordGroups}, then wrap these readers), and never on a mapper
 * whose errors anyone sees.
 */
public final class CanonicalRecords {

  /**
   * Ends the shortcut: the document is to be read by the standard mapper. Thrown only on the shortcut's own mapper; no
   * stack trace, one instance.
   */
  public static final RuntimeException NOT_ORDINARY = new NotOrdinary();

  /** Creator properties beyond this are left to Jackson (one bit each in a {@code long}). */
  static final int MAX_COMPONENTS = 64;

  /**
   * Whether this {@code jackson-databind} fills absent creator properties as the shortcut does: from 2.13 on, through
   * the null provider's {@code getAbsentValue} and then the value reader's.
   */
  static final boolean SUPPORTED = PackageVersion.VERSION.getMajorVersion() == 2
      && PackageVersion.VERSION.getMinorVersion() >= 13;

  private CanonicalRecords() {}

  /**
   * Returns the module, to register last on the shortcut's own mapper.
   *
   * @return a new module
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("egov-canonical-records");
    module.setDeserializerModifier(new Readers());
    return module;
  }

  /**
   * Describes how a resolved reader of the one-pass mapper reads its records, for the tests that check that the
   * shortcut covers every record of the model: {@code "one pass"}, {@code "Jackson"} (a record reader whose type uses
   * something the shortcut does not handle), {@code "not yet read"}, or {@code "not a record reader"}.
   *
   * @param deserializer a resolved reader
   * @return how it reads
   */
  public static String howItReads(JsonDeserializer<?> deserializer) {
    if (!(deserializer instanceof RecordReader)) {
      return "not a record reader";
    }
    Plan plan = ((RecordReader) deserializer).plan;
    return plan == null ? "not yet read" : plan == Plan.NONE ? "Jackson" : "one pass";
  }

  private static final class Readers extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
      // Exactly Jackson's bean reader (not a builder-based or throwable reader), of a final type (so that the creator
      // cannot return a subtype, which Jackson would hand to another reader), created from an object's properties.
      if (SUPPORTED && deserializer.getClass() == BeanDeserializer.class
          && Modifier.isFinal(description.getBeanClass().getModifiers())
          && ((BeanDeserializer) deserializer).getValueInstantiator().canCreateFromObjectWith()) {
        return new RecordReader((BeanDeserializer) deserializer);
      }
      return deserializer;
    }
  }

  /**
   * Jackson's reader of one record type with a one-pass path for a JSON object; every other token, and every type
   * whose reader uses more than a creator with properties, takes Jackson's path unchanged.
   */
  static final class RecordReader extends BeanDeserializer {
    private static final long serialVersionUID = 1L;

    /** Derived from the resolved reader on first use; {@link Plan#NONE} when the type takes Jackson's path. */
    private transient @Nullable Plan plan;

    RecordReader(BeanDeserializer standard) {
      super(standard);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.isExpectedStartObjectToken()) {
        Plan known = plan;
        if (known == null) {
          known = plan(context);
          plan = known; // immutable, final fields: a racing thread at worst derives it again
        }
        if (known != Plan.NONE) {
          return known.read(p, context);
        }
      }
      return super.deserialize(p, context);
    }

    /** The plan of this resolved reader, or {@link Plan#NONE} if it uses anything the one-pass path does not. */
    private Plan plan(DeserializationContext context) {
      if (_propertyBasedCreator == null || _delegateDeserializer != null || _arrayDelegateDeserializer != null
          || _objectIdReader != null || _injectables != null || _anySetter != null
          || _unwrappedPropertyHandler != null || _externalTypeIdHandler != null || _needViewProcesing
          || isCaseInsensitive() || _valueInstantiator.getClass() != StdValueInstantiator.class) {
        return Plan.NONE;
      }
      SettableBeanProperty[] arguments = _valueInstantiator.getFromObjectArguments(context.getConfig());
      if (arguments == null || arguments.length == 0 || arguments.length > MAX_COMPONENTS) {
        return Plan.NONE;
      }
      SettableBeanProperty[] properties = new SettableBeanProperty[arguments.length];
      for (Iterator<SettableBeanProperty> it = creatorProperties(); it.hasNext(); ) {
        SettableBeanProperty property = it.next();
        int index = property.getCreatorIndex();
        if (index < 0 || index >= properties.length || properties[index] != null
            || property.getInjectableValueId() != null || !property.hasValueDeserializer()) {
          return Plan.NONE;
        }
        properties[index] = property;
      }
      for (SettableBeanProperty property : properties) {
        if (property == null) {
          return Plan.NONE;
        }
      }
      return new Plan(properties, _valueInstantiator);
    }
  }

  /** What reading one record type in one pass needs, derived from Jackson's resolved reader of it. */
  static final class Plan {
    static final Plan NONE = new Plan();

    private final SettableBeanProperty[] properties;
    private final String[] names;
    private final SerializableString[] serializedNames;
    /** The components whose absence Jackson fills from their null provider or reader, as bits by creator index. */
    private final long mayBeAbsent;
    private final long all;
    private final @Nullable ValueInstantiator creator;

    private Plan() {
      properties = new SettableBeanProperty[0];
      names = new String[0];
      serializedNames = new SerializableString[0];
      mayBeAbsent = 0;
      all = 0;
      creator = null;
    }

    Plan(SettableBeanProperty[] properties, ValueInstantiator creator) {
      this.properties = properties;
      this.creator = creator;
      int count = properties.length;
      names = new String[count];
      serializedNames = new SerializableString[count];
      long absent = 0;
      for (int i = 0; i < count; i++) {
        names[i] = properties[i].getName();
        serializedNames[i] = new SerializedString(names[i]);
        // Required and primitive components: Jackson's handling of their absence has changed between versions.
        if (!properties[i].isRequired() && !properties[i].getType().isPrimitive()) {
          absent |= 1L << i;
        }
      }
      mayBeAbsent = absent;
      all = count == MAX_COMPONENTS ? -1L : (1L << count) - 1;
    }

    /** Reads the record whose {@code START_OBJECT} is the current token, up to its {@code END_OBJECT}. */
    Object read(JsonParser p, DeserializationContext context) throws IOException {
      SettableBeanProperty[] properties = this.properties;
      int count = properties.length;
      Object[] arguments = new Object[count];
      long seen = 0;
      int next = 0;
      while (true) {
        int index;
        if (next < count && p.nextFieldName(serializedNames[next])) {
          index = next;
        } else {
          JsonToken token = next < count ? p.currentToken() : p.nextToken();
          if (token == JsonToken.END_OBJECT) {
            break;
          }
          index = token == JsonToken.FIELD_NAME ? indexOf(p.currentName()) : -1;
          if (index < 0) {
            throw NOT_ORDINARY; // a field the record has no component for
          }
        }
        long bit = 1L << index;
        if ((seen & bit) != 0) {
          throw NOT_ORDINARY; // a field given twice
        }
        seen |= bit;
        p.nextToken();
        arguments[index] = properties[index].deserialize(p, context);
        next = index + 1;
      }
      if (seen != all) {
        fillAbsent(arguments, seen, context);
      }
      if (context.isEnabled(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)) {
        throw NOT_ORDINARY;
      }
      return creator.createFromObjectWith(context, arguments);
    }

    private void fillAbsent(Object[] arguments, long seen, DeserializationContext context) throws IOException {
      long absent = all & ~seen;
      if ((absent & ~mayBeAbsent) != 0 || context.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)) {
        throw NOT_ORDINARY;
      }
      for (; absent != 0; absent &= absent - 1) {
        SettableBeanProperty property = properties[Long.numberOfTrailingZeros(absent)];
        Object value = property.getNullValueProvider().getAbsentValue(context);
        arguments[property.getCreatorIndex()] = value != null
            ? value : property.getValueDeserializer().getAbsentValue(context);
      }
    }

    private int indexOf(String name) {
      String[] names = this.names;
      for (int i = 0; i < names.length; i++) {
        if (names[i] == name) { // the parser's names are interned, as Jackson's property names are
          return i;
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  private static final class NotOrdinary extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotOrdinary() {
      super("not read by the one-pass shortcut", null, false, false);
    }
  }
}
