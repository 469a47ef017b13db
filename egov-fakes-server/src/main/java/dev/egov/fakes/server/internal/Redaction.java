package dev.egov.fakes.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secrets from what is recorded: header values, query parameters, JSON string fields and form fields. */
public final class Redaction {

  /** What a redacted value reads. */
  public static final String REDACTED = "[redacted]";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
  private static final List<String> SECRET_WORDS =
      List.of("token", "secret", "password", "passwd", "api-key", "apikey", "api_key", "session", "credential");
  private static final Pattern JSON_FIELD = Pattern.compile("\"([^\"\\\\]{1,64})\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern FORM_FIELD = Pattern.compile("(^|&)([^=&]+)=([^&]*)");

  private Redaction() {}

  /**
   * Whether a header, parameter or field of this name carries a secret.
   *
   * @param name the name
   * @return {@code true} if its value must not be recorded
   */
  public static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (SECRET_HEADERS.contains(lower)) {
      return true;
    }
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Headers with secret values replaced.
   *
   * @param headers the headers
   * @return a redacted copy
   */
  public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name,
        isSecret(name) ? values.stream().map(v -> REDACTED).toList() : values));
    return copy;
  }

  /**
   * A query or form body with secret parameters' values replaced.
   *
   * @param query the raw query
   * @return the redacted query
   */
  public static String form(String query) {
    Matcher m = FORM_FIELD.matcher(query);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = isSecret(java.net.URLDecoder.decode(m.group(2), StandardCharsets.UTF_8))
          ? m.group(1) + m.group(2) + "=" + REDACTED : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A body with secrets replaced when it is JSON or a form; other bodies are kept as they are.
   *
   * @param body the body
   * @param contentType the request's content type, or {@code null}
   * @return the redacted body
   */
  public static byte[] body(byte[] body, String contentType) {
    if (contentType == null || body.length == 0) {
      return body;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      String text = new String(body, StandardCharsets.UTF_8);
      Matcher m = JSON_FIELD.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String replacement = isSecret(m.group(1))
            ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + REDACTED + "\"" : m.group();
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return form(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
    return body;
  }
}
