package dev.egov.json;

/**
 * Safety limits that every reader of egov-json applies before it spends memory or time on a payload: the size of the
 * document, the length of one string or number, how deep objects nest and how many tokens a document has. The
 * defaults ({@link #defaults()}) are far above any real message of the national systems, whose largest answers are a
 * few tens of kilobytes; they guard the reader's resources and are not business rules, which stay in validation.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxDocumentBytes(16 * 1024 * 1024).build();
 * PortalJson portal = PortalJson.builder().readLimits(limits).build();
 * CanonicalJson json = CanonicalJson.builder().readLimits(limits).build();
 * }</pre>
 *
 * <p>A payload beyond a limit is refused with {@link JsonDecodingException} of reason {@link
 * JsonDecodingException.Reason#LIMIT_EXCEEDED}, whose detail names the limit (such as {@code maxStringLength}), never
 * the value. The limits hold in every form: JSON, and XML (the population database's SOAP form, including the SOAP
 * document inside a gateway's JSON envelope), where a string is an element's text or an attribute's value and a token
 * is an element. Under a {@code jackson-core} that lacks the read constraints egov needs (older than 2.18, as some
 * platforms put first on the class path), egov-json applies the same limits with checks of its own; see
 * docs/gateways.md, "Safety limits".
 *
 * @param maxDocumentBytes the largest document read, in bytes (4 MiB by default)
 * @param maxStringLength the longest string, field name, element text or attribute value, in characters (1 Mi
 *     characters by default)
 * @param maxNumberLength the longest number, in characters of its text (100 by default)
 * @param maxNestingDepth the deepest nesting of objects, arrays or elements (64 by default)
 * @param maxTokenCount the most tokens (names, values, starts and ends of objects and arrays; XML elements) in a
 *     document (500,000 by default)
 * @since 0.1.0
 */
public record ReadLimits(
    int maxDocumentBytes, int maxStringLength, int maxNumberLength, int maxNestingDepth, int maxTokenCount) {

  private static final ReadLimits DEFAULTS = new ReadLimits(4 * 1024 * 1024, 1024 * 1024, 100, 64, 500_000);

  /**
   * Checks that every limit is positive.
   *
   * @param maxDocumentBytes the largest document read, in bytes
   * @param maxStringLength the longest string, field name, element text or attribute value, in characters
   * @param maxNumberLength the longest number, in characters of its text
   * @param maxNestingDepth the deepest nesting of objects, arrays or elements
   * @param maxTokenCount the most tokens in a document
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public ReadLimits {
    positive(maxDocumentBytes, "maxDocumentBytes");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxTokenCount, "maxTokenCount");
  }

  private static void positive(int limit, String name) {
    if (limit < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + limit);
    }
  }

  /**
   * Returns the defaults: documents up to 4 MiB, strings up to 1 Mi characters, numbers up to 100 characters, nesting
   * up to 64 levels, up to 500,000 tokens.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder holding {@link #defaults()}
   */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /**
   * Starts from these limits.
   *
   * @return a builder holding these limits
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds {@link ReadLimits}; every limit not set keeps the value the builder started from.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private int maxDocumentBytes;
    private int maxStringLength;
    private int maxNumberLength;
    private int maxNestingDepth;
    private int maxTokenCount;

    private Builder(ReadLimits from) {
      this.maxDocumentBytes = from.maxDocumentBytes;
      this.maxStringLength = from.maxStringLength;
      this.maxNumberLength = from.maxNumberLength;
      this.maxNestingDepth = from.maxNestingDepth;
      this.maxTokenCount = from.maxTokenCount;
    }

    /**
     * Sets {@link ReadLimits#maxDocumentBytes()}.
     *
     * @param bytes the largest document read, in bytes
     * @return this builder
     */
    public Builder maxDocumentBytes(int bytes) {
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxStringLength()}.
     *
     * @param chars the longest string, in characters
     * @return this builder
     */
    public Builder maxStringLength(int chars) {
      this.maxStringLength = chars;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNumberLength()}.
     *
     * @param chars the longest number, in characters
     * @return this builder
     */
    public Builder maxNumberLength(int chars) {
      this.maxNumberLength = chars;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNestingDepth()}.
     *
     * @param depth the deepest nesting
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxTokenCount()}.
     *
     * @param tokens the most tokens in a document
     * @return this builder
     */
    public Builder maxTokenCount(int tokens) {
      this.maxTokenCount = tokens;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     * @throws IllegalArgumentException if a limit is less than 1
     */
    public ReadLimits build() {
      return new ReadLimits(maxDocumentBytes, maxStringLength, maxNumberLength, maxNestingDepth, maxTokenCount);
    }
  }
}
