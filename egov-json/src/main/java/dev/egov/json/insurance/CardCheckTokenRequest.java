package dev.egov.json.insurance;

import dev.egov.json.internal.Redaction;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The gateway's token call ({@code POST /api/token/take}): {@code {username, password}}, the password sent as the
 * lower-case hexadecimal MD5 of its UTF-8 bytes, as the gateway expects. {@link #of(String, char[])} computes it from
 * the plain password, which is neither kept nor printed; the hash is a credential too and {@link #toString()} never
 * shows it.
 *
 * <pre>{@code
 * CardCheckTokenRequest request = CardCheckTokenRequest.of("benhvien_01", passwordChars); // the chars may be wiped
 * }</pre>
 *
 * @param username the account's name ({@code username})
 * @param passwordMd5 the password's MD5, 32 lower-case hexadecimal digits as sent ({@code password})
 * @since 0.1.0
 */
public record CardCheckTokenRequest(String username, String passwordMd5) {

  /**
   * Checks the parts.
   *
   * @param username the account's name
   * @param passwordMd5 the password's MD5 as sent
   * @throws IllegalArgumentException if either is blank
   */
  public CardCheckTokenRequest {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordMd5, "passwordMd5");
    if (username.isBlank() || passwordMd5.isBlank()) {
      throw new IllegalArgumentException("A token request has a user name and a password");
    }
  }

  /**
   * Returns the token call for a plain password, hashing it: the plain password is not kept.
   *
   * @param username the account's name
   * @param password the plain password (not changed; the caller may wipe it afterwards)
   * @return the request
   * @throws IllegalArgumentException if either is blank
   */
  public static CardCheckTokenRequest of(String username, char[] password) {
    Objects.requireNonNull(password, "password");
    return new CardCheckTokenRequest(username, md5Hex(password));
  }

  /**
   * Returns the lower-case hexadecimal MD5 of a password's UTF-8 bytes.
   *
   * @param password the plain password
   * @return 32 hexadecimal digits
   */
  static String md5Hex(char[] password) {
    ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[utf8.remaining()];
    utf8.get(bytes);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has MD5", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (utf8.hasArray()) {
        Arrays.fill(utf8.array(), (byte) 0);
      }
    }
  }

  /** Returns the user name's length; never the password's hash. */
  @Override
  public String toString() {
    return "CardCheckTokenRequest[username=" + Redaction.personal(username) + ", password=***]";
  }
}
