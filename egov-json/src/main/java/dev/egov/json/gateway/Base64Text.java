package dev.egov.json.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Base64 of UTF-8 text in headers, with typed errors that never quote the value. */
final class Base64Text {

  private Base64Text() {}

  /**
   * Decodes standard Base64 (padding optional) to UTF-8 bytes.
   *
   * @param header the header, for errors
   * @param base64 the text
   * @return the bytes
   * @throws GatewayHeaderException {@code MALFORMED} if it is not Base64
   */
  static byte[] bytes(String header, String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, header, "expected Base64");
    }
  }

  /**
   * Decodes standard Base64 of UTF-8 text.
   *
   * @param header the header, for errors
   * @param base64 the text
   * @return the decoded text
   * @throws GatewayHeaderException {@code MALFORMED} if it is not Base64 or not UTF-8
   */
  static String decode(String header, String base64) {
    byte[] bytes = bytes(header, base64);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new GatewayHeaderException(GatewayHeaderException.Reason.MALFORMED, header, "expected Base64 of UTF-8");
    } finally {
      java.util.Arrays.fill(bytes, (byte) 0);
    }
  }
}
