package dev.egov.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlFactoryBuilder;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ReadLimits;
import java.io.IOException;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import org.jspecify.annotations.Nullable;

/**
 * The one place where egov-json's readers get their parser factories and parsers, so that every reader applies the
 * same {@link ReadLimits} and the same XML hardening.
 *
 * <ul>
 *   <li><b>Document size</b>: checked here, on the bytes, before any parsing, whatever the Jackson version.
 *   <li><b>JSON</b>: with a {@code jackson-core} of 2.18 or newer, the limits become the factory's {@code
 *       StreamReadConstraints} (string and name length, number length, nesting depth, token count), checked by the
 *       parser as it reads at no extra cost. With an older one (which lacks some or all of them), or when the system
 *       property {@value #OWN_CHECKS} is {@code true}, every parser is wrapped in a delegate that checks each token
 *       itself: the same limits, a little slower.
 *   <li><b>XML</b> (Woodstox, under jackson-dataformat-xml): no DTD and no external entity is ever read (so no
 *       entity expansion, no XXE); text and attribute length, element depth, element count and attributes per element
 *       are Woodstox's input properties, which do not depend on the Jackson version.
 * </ul>
 *
 * Errors of these checks, egov's or the parsers', become {@link JsonDecodingException} with {@link
 * Reason#LIMIT_EXCEEDED} naming the limit ({@link #limitError}).
 */
public final class ReadGuard {

  /** The system property that makes egov check the limits itself even when Jackson could. */
  public static final String OWN_CHECKS = "dev.egov.json.ownReadChecks";

  /** XML attributes per element: a fixed bound (Woodstox's own default), far above SOAP's handful. */
  static final int MAX_ATTRIBUTES_PER_ELEMENT = 1000;

  private static final boolean JACKSON_HAS_CONSTRAINTS = jacksonHasConstraints();

  private final ReadLimits limits;
  private final boolean ownChecks;

  /**
   * Creates the guard of one facade.
   *
   * @param limits the limits
   */
  public ReadGuard(ReadLimits limits) {
    this.limits = limits;
    this.ownChecks = !JACKSON_HAS_CONSTRAINTS || Boolean.getBoolean(OWN_CHECKS);
  }

  /** Whether this {@code jackson-core} has every read constraint egov maps its limits to (2.18 and newer). */
  private static boolean jacksonHasConstraints() {
    try {
      Class<?> builder = Class.forName("com.fasterxml.jackson.core.StreamReadConstraints$Builder");
      builder.getMethod("maxTokenCount", long.class);
      builder.getMethod("maxDocumentLength", long.class);
      builder.getMethod("maxNameLength", int.class);
      return true;
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      return false;
    }
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns whether this guard checks the limits itself (older Jackson, or asked to) rather than through Jackson's
   * read constraints.
   *
   * @return whether parsers are wrapped
   */
  public boolean ownChecks() {
    return ownChecks;
  }

  /**
   * Returns a JSON factory that applies the limits (as read constraints when Jackson has them).
   *
   * @return a new factory
   */
  public JsonFactory jsonFactory() {
    JsonFactoryBuilder builder = new JsonFactoryBuilder();
    if (!ownChecks) {
      builder.streamReadConstraints(Constraints.of(limits));
    }
    return builder.build();
  }

  /**
   * Returns an XML factory, from a builder the caller configured for writing, that never reads a DTD or an external
   * entity and applies the limits.
   *
   * @param builder the builder
   * @return a new factory
   */
  public XmlFactory xmlFactory(XmlFactoryBuilder builder) {
    if (!ownChecks) {
      builder.streamReadConstraints(Constraints.of(limits));
    }
    XmlFactory factory = builder.build();
    XMLInputFactory input = factory.getXMLInputFactory();
    // No DTDs, hence no external entities (XXE) and no entity expansion: SOAP has no use for either.
    input.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    woodstox(input, "com.ctc.wstx.maxTextLength", limits.maxStringLength());
    woodstox(input, "com.ctc.wstx.maxAttributeSize", limits.maxStringLength());
    woodstox(input, "com.ctc.wstx.maxElementDepth", limits.maxNestingDepth());
    woodstox(input, "com.ctc.wstx.maxElementCount", limits.maxTokenCount());
    woodstox(input, "com.ctc.wstx.maxChildrenPerElement", limits.maxTokenCount());
    woodstox(input, "com.ctc.wstx.maxAttributesPerElement", MAX_ATTRIBUTES_PER_ELEMENT);
    woodstox(input, "com.ctc.wstx.maxCharacters", limits.maxDocumentBytes());
    return factory;
  }

  private static void woodstox(XMLInputFactory input, String property, int value) {
    if (!input.isPropertySupported(property)) {
      throw new IllegalStateException("egov's XML reading needs Woodstox as the StAX implementation (for its read"
          + " limits); found " + input.getClass().getName());
    }
    input.setProperty(property, value);
  }

  /**
   * Checks the document's size and opens a parser on it that applies the other limits.
   *
   * @param factory a factory from {@link #jsonFactory()} or {@link #xmlFactory}
   * @param document the bytes
   * @param pointer where the document is, for the error ({@code ""} for the payload, {@code /message} for a document
   *     inside a field)
   * @return the parser
   * @throws JsonDecodingException if the document is larger than the limit
   * @throws IOException if the parser cannot be created
   */
  public JsonParser parser(JsonFactory factory, byte[] document, String pointer) throws IOException {
    checkSize(document.length, pointer);
    JsonParser parser = factory.createParser(document);
    return ownChecks && !(factory instanceof XmlFactory) ? new Checked(parser, limits) : parser;
  }

  /**
   * Checks a document's size.
   *
   * @param bytes its size in bytes
   * @param pointer where it is
   * @throws JsonDecodingException if it is larger than the limit
   */
  public void checkSize(int bytes, String pointer) {
    if (bytes > limits.maxDocumentBytes()) {
      throw exceeded(pointer, "maxDocumentBytes");
    }
  }

  private static JsonDecodingException exceeded(String pointer, String limit) {
    return new JsonDecodingException(Reason.LIMIT_EXCEEDED, pointer, "exceeds the safety limit " + limit
        + " (ReadLimits)");
  }

  /**
   * Returns the error to report when a parser's exception, or one of its causes, is a safety limit of Jackson's or
   * Woodstox's, or a limit error of egov's own checks; {@code null} when it is not. Their messages quote lengths and
   * limits, never the input, but the error made here names only the limit.
   *
   * @param e what the parser threw
   * @param pointer where, for the error
   * @return the error, or {@code null}
   */
  public static @Nullable JsonDecodingException limitError(Throwable e, String pointer) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonDecodingException && ((JsonDecodingException) t).reason() == Reason.LIMIT_EXCEEDED) {
        return (JsonDecodingException) t;
      }
      String limit = limitName(t);
      if (limit != null) {
        return exceeded(pointer, limit);
      }
    }
    return null;
  }

  private static @Nullable String limitName(Throwable t) {
    String message = t.getMessage();
    if (message == null) {
      return null;
    }
    if (t.getClass().getName().endsWith(".StreamConstraintsException")) {
      if (message.contains("getMaxDocumentLength")) {
        return "maxDocumentBytes";
      }
      if (message.contains("getMaxStringLength") || message.contains("getMaxNameLength")) {
        return "maxStringLength";
      }
      if (message.contains("getMaxNestingDepth")) {
        return "maxNestingDepth";
      }
      if (message.contains("getMaxTokenCount")) {
        return "maxTokenCount";
      }
      return "maxNumberLength";
    }
    // Woodstox: "Maximum Element Depth limit (64) Exceeded", "Text size limit (…) exceeded", …
    String lower = message.toLowerCase(Locale.ROOT);
    if (!lower.contains("limit (") || !lower.contains("exceeded")) {
      return null;
    }
    if (lower.contains("depth")) {
      return "maxNestingDepth";
    }
    if (lower.contains("attribute limit") || lower.contains("attributes")) {
      return "XML attributes per element (" + MAX_ATTRIBUTES_PER_ELEMENT + ")";
    }
    if (lower.contains("size") || lower.contains("length")) {
      return "maxStringLength";
    }
    if (lower.contains("character")) {
      return "maxDocumentBytes";
    }
    return "maxTokenCount";
  }

  /** The read constraints of a {@code jackson-core} that has them all; loaded only when it does. */
  private static final class Constraints {
    static StreamReadConstraints of(ReadLimits limits) {
      return StreamReadConstraints.builder()
          .maxDocumentLength(limits.maxDocumentBytes())
          .maxStringLength(limits.maxStringLength())
          .maxNameLength(limits.maxStringLength())
          .maxNumberLength(limits.maxNumberLength())
          .maxNestingDepth(limits.maxNestingDepth())
          .maxTokenCount(limits.maxTokenCount())
          .build();
    }
  }

  /**
   * egov's own checks, for a {@code jackson-core} without read constraints: every way of moving to the next token
   * goes through {@link #nextToken()}, which counts tokens and depth and measures strings, names and numbers.
   */
  static final class Checked extends JsonParserDelegate {
    private final ReadLimits limits;
    private long tokens;
    private int depth;

    Checked(JsonParser parser, ReadLimits limits) {
      super(parser);
      this.limits = limits;
    }

    @Override
    public @Nullable JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t == null) {
        return null;
      }
      if (++tokens > limits.maxTokenCount()) {
        throw exceeded("", "maxTokenCount");
      }
      switch (t) {
        case START_OBJECT:
        case START_ARRAY:
          if (++depth > limits.maxNestingDepth()) {
            throw exceeded("", "maxNestingDepth");
          }
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          break;
        case FIELD_NAME:
        case VALUE_STRING:
          if (delegate.getTextLength() > limits.maxStringLength()) {
            throw exceeded("", "maxStringLength");
          }
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          if (delegate.getTextLength() > limits.maxNumberLength()) {
            throw exceeded("", "maxNumberLength");
          }
          break;
        default:
          break;
      }
      return t;
    }

    @Override
    public @Nullable JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public @Nullable String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public @Nullable String nextTextValue() throws IOException {
      return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public @Nullable Boolean nextBooleanValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      JsonToken t = currentToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return this;
      }
      int open = 1;
      while (open > 0) {
        JsonToken next = nextToken();
        if (next == null) {
          return this;
        }
        if (next.isStructStart()) {
          open++;
        } else if (next.isStructEnd()) {
          open--;
        }
      }
      return this;
    }
  }
}
