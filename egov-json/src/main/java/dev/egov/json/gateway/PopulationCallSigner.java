package dev.egov.json.gateway;

import dev.egov.json.internal.Redaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Signs direct calls to the population service (docs/gateways.md, Direct calls to the population service), as a
 * court system and a PHP client do:
 *
 * <pre>
 * Timestamp: &lt;epoch milliseconds&gt;
 * Authorization: Basic base64(user:sha256hex(url + user + timestamp + secret))
 * X-Road-Client: &lt;instance/class/member/subsystem&gt;        (when configured)
 * ApiKey: &lt;key&gt;
 * SOAPAction: ""
 * </pre>
 *
 * <p>The scheme is seen in two clients, not published: what they disagree on, or what only one shows, is
 * configurable rather than fixed. The timestamp's unit ({@link Builder#timestampUnit}: milliseconds by default, one
 * client sends seconds), the order of the signed parts ({@link Builder#signedParts}), the hexadecimal digits' case
 * ({@link Builder#upperCaseHex}: lower by default) and the SOAP action ({@link Builder#soapAction}: {@code ""}, the
 * two quotes, by default). The URL is signed as given, character for character: give the one the request goes to.
 *
 * <pre>{@code
 * PopulationCallSigner signer = PopulationCallSigner.builder("toaan_hcm", secret, apiKey)
 *     .clock(clock)                                             // Clock.system(Asia/Ho_Chi_Minh) by default
 *     .client(XRoadClient.parse("VN/GOV/000.00.00.H29/toaan"))
 *     .build();
 * Map<String, String> headers = signer.headers(url).toMap();
 * }</pre>
 *
 * <p>The secret and the API key are never printed; the user's name shows as its length. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PopulationCallSigner {

  /** The time zone of the default clock: Vietnam's. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The unit of the {@code Timestamp} header. */
  public enum TimestampUnit {
    /** Epoch milliseconds (the court system's). */
    MILLISECONDS,
    /** Epoch seconds (the PHP client's). */
    SECONDS
  }

  /** A part of the signed text. */
  public enum Part {
    /** The URL, as given to {@link #headers(String)}. */
    URL,
    /** The user's name. */
    USER,
    /** The {@code Timestamp} header's value. */
    TIMESTAMP,
    /** The shared secret. */
    SECRET
  }

  private final String user;
  private final String secret;
  private final String apiKey;
  private final Clock clock;
  private final TimestampUnit unit;
  private final List<Part> parts;
  private final boolean upperCaseHex;
  private final String soapAction;
  private final @Nullable XRoadClient client;

  private PopulationCallSigner(Builder b) {
    this.user = b.user;
    this.secret = b.secret;
    this.apiKey = b.apiKey;
    this.clock = b.clock;
    this.unit = b.unit;
    this.parts = b.parts;
    this.upperCaseHex = b.upperCaseHex;
    this.soapAction = b.soapAction;
    this.client = b.client;
  }

  /**
   * Starts a configuration.
   *
   * @param user the user's name the service issued
   * @param secret the shared secret
   * @param apiKey the API key
   * @return a builder
   * @throws IllegalArgumentException if one is blank, the user contains {@code ':'} or one has a control character
   */
  public static Builder builder(String user, String secret, String apiKey) {
    return new Builder(user, secret, apiKey);
  }

  /**
   * Returns the headers of a call to a URL, at the clock's current time.
   *
   * @param url the URL the request goes to, signed as given
   * @return the headers
   * @throws IllegalArgumentException if the URL is blank
   */
  public PopulationCallHeaders headers(String url) {
    Objects.requireNonNull(url, "url");
    if (url.isBlank()) {
      throw new IllegalArgumentException("A URL is not blank");
    }
    long now = unit == TimestampUnit.MILLISECONDS ? clock.millis() : clock.instant().getEpochSecond();
    String timestamp = Long.toString(now);
    return new PopulationCallHeaders(timestamp, authorization(url, timestamp), client, apiKey, soapAction);
  }

  /**
   * Returns whether a call's headers carry this signer's credentials and a signature of the URL at their own
   * timestamp, as a fake population service checks it. The timestamp's age is the caller's to check.
   *
   * @param url the URL the call was sent to
   * @param headers the call's headers (names in any case)
   * @return whether the API key and the signature match (compared in constant time)
   */
  public boolean verify(String url, Map<String, String> headers) {
    Objects.requireNonNull(url, "url");
    PopulationCallHeaders received;
    try {
      received = PopulationCallHeaders.parse(headers);
    } catch (GatewayHeaderException e) {
      return false;
    }
    boolean key = MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
        received.apiKey().getBytes(StandardCharsets.UTF_8));
    boolean signature = MessageDigest.isEqual(authorization(url, received.timestamp()).getBytes(StandardCharsets.UTF_8),
        received.authorization().getBytes(StandardCharsets.UTF_8));
    return key & signature;
  }

  /**
   * Returns the {@code Authorization} value for a URL and a timestamp.
   *
   * @param url the URL
   * @param timestamp the {@code Timestamp} value
   * @return {@code Basic base64(user:hex(sha256(parts)))}
   */
  String authorization(String url, String timestamp) {
    StringBuilder signed = new StringBuilder(url.length() + user.length() + timestamp.length() + secret.length());
    for (Part p : parts) {
      switch (p) {
        case URL -> signed.append(url);
        case USER -> signed.append(user);
        case TIMESTAMP -> signed.append(timestamp);
        case SECRET -> signed.append(secret);
        default -> throw new IllegalStateException();
      }
    }
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(signed.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
    HexFormat hex = upperCaseHex ? HexFormat.of().withUpperCase() : HexFormat.of();
    String pair = user + ':' + hex.formatHex(digest);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the configuration; never the secret nor the API key. */
  @Override
  public String toString() {
    return "PopulationCallSigner[user=" + Redaction.personal(user) + ", secret=***, apiKey=***, timestampUnit="
        + unit + ", signedParts=" + parts + ", upperCaseHex=" + upperCaseHex + ", soapAction=" + soapAction
        + ", client=" + client + ", clock=" + clock.getZone() + ']';
  }

  /**
   * Configures a {@link PopulationCallSigner}. Each option may be set once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String user;
    private final String secret;
    private final String apiKey;
    private Clock clock = Clock.system(VIETNAM);
    private TimestampUnit unit = TimestampUnit.MILLISECONDS;
    private List<Part> parts = List.of(Part.URL, Part.USER, Part.TIMESTAMP, Part.SECRET);
    private boolean upperCaseHex;
    private String soapAction = "\"\"";
    private @Nullable XRoadClient client;
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder(String user, String secret, String apiKey) {
      credential("user", user);
      credential("secret", secret);
      credential("apiKey", apiKey);
      if (user.indexOf(':') >= 0) {
        throw new IllegalArgumentException("user has no ':'");
      }
      this.user = user;
      this.secret = secret;
      this.apiKey = apiKey;
    }

    private static void credential(String name, String value) {
      Objects.requireNonNull(value, name);
      if (value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(name + " is not blank and has no control character");
      }
    }

    private void once(String option) {
      if (!set.add(option)) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    /**
     * Sets the clock the timestamp is read from ({@code Clock.system(Asia/Ho_Chi_Minh)} by default; the epoch time
     * sent does not depend on the zone).
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder clock(Clock clock) {
      once("clock");
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the unit of {@code Timestamp} (milliseconds by default).
     *
     * @param unit the unit
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder timestampUnit(TimestampUnit unit) {
      once("timestampUnit");
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the parts of the signed text, in order ({@code URL, USER, TIMESTAMP, SECRET} by default).
     *
     * @param parts the parts, each once
     * @return this builder
     * @throws IllegalArgumentException if a part is repeated, or {@code SECRET} or {@code TIMESTAMP} is missing
     * @throws IllegalStateException if already set
     */
    public Builder signedParts(Part... parts) {
      once("signedParts");
      List<Part> list = List.of(parts);
      if (java.util.Set.copyOf(list).size() != list.size()) {
        throw new IllegalArgumentException("signedParts: each part once");
      }
      if (!list.contains(Part.SECRET) || !list.contains(Part.TIMESTAMP)) {
        throw new IllegalArgumentException("signedParts: the secret and the timestamp are signed");
      }
      this.parts = list;
      return this;
    }

    /**
     * Sets whether the hash's hexadecimal digits are upper case (lower by default).
     *
     * @param upper whether upper case
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder upperCaseHex(boolean upper) {
      once("upperCaseHex");
      this.upperCaseHex = upper;
      return this;
    }

    /**
     * Sets the {@code SOAPAction} header's value as sent ({@code ""}, the two quotes, by default).
     *
     * @param action the value
     * @return this builder
     * @throws IllegalArgumentException if it has a control character
     * @throws IllegalStateException if already set
     */
    public Builder soapAction(String action) {
      once("soapAction");
      this.soapAction = HeaderMaps.value(PopulationCallHeaders.SOAP_ACTION, Objects.requireNonNull(action, "action"));
      return this;
    }

    /**
     * Sets the caller sent as {@code X-Road-Client} (not sent by default).
     *
     * @param client the caller
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder client(XRoadClient client) {
      once("client");
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Builds the signer.
     *
     * @return an immutable, thread-safe signer
     */
    public PopulationCallSigner build() {
      return new PopulationCallSigner(this);
    }
  }
}
