package dev.egov.fakes.server;

import java.util.Locale;
import java.util.Objects;

/**
 * An endpoint of the fakes: an HTTP method and an exact path, such as {@code GET /health}. Either part may be
 * {@code *}, which matches any method or any path (for faults scripted on every endpoint).
 *
 * @param method the HTTP method in upper case, or {@code *}
 * @param path the exact path starting with {@code /}, without query, or {@code *}
 */
public record Route(String method, String path) {

  /**
   * Checks and normalises the parts.
   *
   * @param method the HTTP method, or {@code *}
   * @param path the exact path starting with {@code /}, or {@code *}
   * @throws IllegalArgumentException naming the part that is malformed
   */
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    method = method.toUpperCase(Locale.ROOT);
    if (!method.equals("*") && !method.matches("[A-Z]{1,16}")) {
      throw new IllegalArgumentException("method: not an HTTP method");
    }
    if (!path.equals("*") && (!path.startsWith("/") || path.contains("?") || path.contains("#"))) {
      throw new IllegalArgumentException("path: must start with '/' and have no query or fragment");
    }
  }

  /**
   * A route from {@code "METHOD /path"}, such as {@code "POST /api/token"}.
   *
   * @param methodAndPath the method, one space, the path
   * @return the route
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Route parse(String methodAndPath) {
    String[] parts = Objects.requireNonNull(methodAndPath, "methodAndPath").trim().split(" +");
    if (parts.length != 2) {
      throw new IllegalArgumentException("methodAndPath: expected \"METHOD /path\"");
    }
    return new Route(parts[0], parts[1]);
  }

  /**
   * The route that matches every endpoint.
   *
   * @return {@code * *}
   */
  public static Route any() {
    return new Route("*", "*");
  }

  /**
   * Whether a request's method and path fall under this route.
   *
   * @param requestMethod the request's method
   * @param requestPath the request's path
   * @return {@code true} if both parts match
   */
  public boolean matches(String requestMethod, String requestPath) {
    return (method.equals("*") || method.equals(requestMethod)) && (path.equals("*") || path.equals(requestPath));
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
