package dev.egov.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** egov's own checks, used under a Jackson without read constraints: every way of moving the parser is counted. */
class ReadGuardTest {

  private static JsonParser checked(ReadLimits limits, String json) throws IOException {
    // A factory without read constraints, as an old Jackson's: only egov's checks apply.
    return new ReadGuard.Checked(new JsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8)), limits);
  }

  private static void assertExceeds(ReadLimits limits, String json, String limit, ThrowingConsumer<JsonParser> read)
      throws IOException {
    try (JsonParser p = checked(limits, json)) {
      JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class, () -> read.accept(p));
      assertThat(e).as(limit).isNotNull();
      assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
      assertThat(e.detail()).contains(limit);
    }
  }

  private static void drainWith(JsonParser p, String how) throws IOException {
    while (!p.isClosed()) {
      Object moved = switch (how) {
        case "nextFieldName" -> p.nextFieldName() != null || p.currentToken() != null;
        case "nextFieldNameMatching" -> p.nextFieldName(new SerializedString("a")) || p.currentToken() != null;
        case "nextTextValue" -> p.nextTextValue() != null || p.currentToken() != null;
        case "nextIntValue" -> p.nextIntValue(0) != 0 || p.currentToken() != null;
        case "nextLongValue" -> p.nextLongValue(0) != 0 || p.currentToken() != null;
        case "nextBooleanValue" -> p.nextBooleanValue() != null || p.currentToken() != null;
        default -> p.nextValue() != null;
      };
      if (!(Boolean) moved) {
        return;
      }
    }
  }

  @Test
  void everyWayOfMovingCountsTokens() throws IOException {
    ReadLimits few = ReadLimits.builder().maxTokenCount(5).build();
    String json = "{\"a\":1,\"b\":\"x\",\"c\":true,\"d\":[1,2,3]}";
    for (String how : new String[] {"nextFieldName", "nextFieldNameMatching", "nextTextValue", "nextIntValue",
        "nextLongValue", "nextBooleanValue", "nextValue"}) {
      assertExceeds(few, json, "maxTokenCount", p -> drainWith(p, how));
    }
  }

  @Test
  void skippingChildrenCountsTheirTokens() throws IOException {
    assertExceeds(ReadLimits.builder().maxTokenCount(5).build(), "{\"a\":[1,2,3,4,5,6]}", "maxTokenCount", p -> {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      p.skipChildren();
    });
    try (JsonParser p = checked(ReadLimits.defaults(), "{\"a\":[1,[2]],\"b\":1}")) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      p.skipChildren();
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(p.nextFieldName()).isEqualTo("b");
    }
  }

  @Test
  void depthStringsNamesAndNumbersAreMeasured() throws IOException {
    assertExceeds(ReadLimits.builder().maxNestingDepth(2).build(), "[[[]]]", "maxNestingDepth", ReadGuardTest::drain);
    assertExceeds(ReadLimits.builder().maxNestingDepth(2).build(), "{\"a\":{\"b\":{}}}", "maxNestingDepth",
        ReadGuardTest::drain);
    assertExceeds(ReadLimits.builder().maxStringLength(3).build(), "[\"abcd\"]", "maxStringLength",
        ReadGuardTest::drain);
    assertExceeds(ReadLimits.builder().maxStringLength(3).build(), "{\"abcd\":1}", "maxStringLength",
        ReadGuardTest::drain);
    assertExceeds(ReadLimits.builder().maxNumberLength(3).build(), "[1234]", "maxNumberLength", ReadGuardTest::drain);
    assertExceeds(ReadLimits.builder().maxNumberLength(3).build(), "[1.5e3]", "maxNumberLength", ReadGuardTest::drain);
  }

  @Test
  void withinTheLimitsItReadsEveryTokenAsTheParserDoes() throws IOException {
    ReadLimits exact = new ReadLimits(100, 4, 3, 2, 7);
    try (JsonParser p = checked(exact, "{\"abcd\":[123,\"wxyz\"]}")) {
      int tokens = 0;
      while (p.nextToken() != null) {
        tokens++;
      }
      assertThat(tokens).isEqualTo(7);
    }
  }

  @Test
  void aDocumentIsMeasuredBeforeParsing() {
    ReadGuard guard = new ReadGuard(ReadLimits.builder().maxDocumentBytes(3).build());

    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> guard.parser(guard.jsonFactory(), new byte[4], "/message"));

    assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(e.field()).isEqualTo("/message");
  }

  private static void drain(JsonParser p) throws IOException {
    while (p.nextToken() != null) {
      // every token
    }
  }
}
