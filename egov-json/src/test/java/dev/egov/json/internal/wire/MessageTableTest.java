package dev.egov.json.internal.wire;

import dev.egov.json.ReadLimits;
import dev.egov.json.internal.ReadGuard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.UnknownField;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The message table: reading, writing and viewing derived from one declaration. */
class MessageTableTest {

  /** As the dialects configure it: numbers kept as written ({@code 2.50}), so out-of-range scales are caught. */
  private static final ReadGuard GUARD = new ReadGuard(ReadLimits.defaults());
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  /** A small message: a required, identifying name (read also as {@code ten}), a flag, a date-time, a list. */
  record Item(String name, @Nullable Boolean flag, @Nullable Instant at, List<String> tags, @Nullable Item child) {}

  static final MessageTable<Item> ITEM = item();

  private static MessageTable<Item> item() {
    MessageTable.Builder<Item> t = MessageTable.<Item>builder("an item (Ten)").foreign("error_code", "an answer");
    Field<Item, String> name = t.field("Ten", Forms.TEXT, Item::name).required().identifies().aliases("ten");
    Field<Item, Boolean> flag = t.field("Co", Forms.FLAG_10, Item::flag);
    Field<Item, Instant> at = t.field("Luc", Forms.PORTAL_DATE_TIME, Item::at).always();
    Field<Item, List<String>> tags = t.field("Nhan", Forms.list(Forms.TEXT), Item::tags);
    Field<Item, Item> child = t.field("Con", new LazyItem(), Item::child);
    return t.build(v -> new Item(v.need(name), v.get(flag), v.get(at), v.get(tags, List.of()), v.get(child)));
  }

  /** The table nested in itself, through a form that looks it up when used. */
  static final class LazyItem implements Form<Item> {
    @Override
    public @Nullable Item read(WireReader r) throws java.io.IOException {
      return ITEM.read(r);
    }

    @Override
    public void write(WireWriter w, Item value, @Nullable String pointer) throws java.io.IOException {
      ITEM.write(w, value, pointer);
    }

    @Override
    public Item view(Item value) {
      return ITEM.view(value);
    }
  }

  private static Decoded<Item> read(String json) {
    return Wire.decodeJson(GUARD, MAPPER.getFactory(), json.getBytes(StandardCharsets.UTF_8), r -> ITEM.read(r));
  }

  private static String write(Decoded<Item> item) {
    return new String(Wire.encodeJson(MAPPER, item.unknownFields(), w -> ITEM.write(w, item.value(), w.root())),
        StandardCharsets.UTF_8);
  }

  @Test
  void reads_byNameOrAlias_withTheLenientForms_andKeepsUnknownFieldsAtTheirPointer() {
    Decoded<Item> read = read("""
        {"ten": "a", "Co": "True", "Luc": "2026-01-20T09:30:41", "Nhan": ["x", null, " "],
         "Con": {"Ten": "b", "Co": 0, "Them": [1, 2.50]}, "Khac": null}""");

    assertThat(read.value()).isEqualTo(new Item("a", true, Instant.parse("2026-01-20T02:30:41Z"), List.of("x"),
        new Item("b", false, null, List.of(), null)));
    assertThat(read.unknownFields()).containsExactly(new UnknownField("/Con/Them", "[1,2.50]"),
        new UnknownField("/Khac", "null"));
  }

  @Test
  void writes_inTableOrder_anAbsentFlagStaysAbsent_andAlwaysFieldsAreWrittenEmpty() {
    Item item = new Item("a", null, null, List.of(), null);

    assertThat(write(Decoded.of(item))).isEqualTo("{\"Ten\":\"a\",\"Luc\":\"\"}");
    assertThat(write(Decoded.of(new Item("a", false, Instant.parse("2026-01-20T02:30:41Z"), List.of("x"), null))))
        .isEqualTo("{\"Ten\":\"a\",\"Co\":\"0\",\"Luc\":\"20260120093041\",\"Nhan\":[\"x\"]}");
  }

  @Test
  void write_putsUnknownFieldsBackAtTheEndOfTheirObject_neverOverAMappedName() {
    Decoded<Item> read = read("{\"Extra\": {\"k\": 1}, \"Ten\": \"a\", \"Con\": {\"Ten\": \"b\", \"X\": true}}");
    Decoded<Item> forged = new Decoded<>(read.value(), List.of(new UnknownField("/Ten", "\"forged\""),
        new UnknownField("/ten", "\"forged\""), new UnknownField("/Y", "2")));

    assertThat(write(read)).isEqualTo(
        "{\"Ten\":\"a\",\"Luc\":\"\",\"Con\":{\"Ten\":\"b\",\"Luc\":\"\",\"X\":true},\"Extra\":{\"k\":1}}");
    assertThat(write(forged)).isEqualTo("{\"Ten\":\"a\",\"Luc\":\"\",\"Con\":{\"Ten\":\"b\",\"Luc\":\"\"},\"Y\":2}");
  }

  @Test
  void write_ofARequiredFieldThatIsBlank_isTheCallersError() {
    assertThatThrownBy(() -> write(Decoded.of(new Item(" ", null, null, List.of(), null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ten").hasMessageContaining("an item");
  }

  @Test
  void read_ofARequiredFieldAbsentOrBlank_isMissingField_atItsPointer() {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> read("{\"Ten\": \"a\", \"Con\": {\"Ten\": \"  \", \"Co\": \"1\"}}"));

    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(e.field()).isEqualTo("/Con/Ten");
  }

  @Test
  void read_ofAnObjectWithoutAnIdentifyingField_isWrongMessage_namingFieldsNeverValues() {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> read("{\"session\": \"secret-token-1\", \"madonvi\": \"000.00.06.H56\", \"Co\": 1}"));

    assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).contains("an item (Ten)").contains("session").contains("madonvi")
        .doesNotContain("secret-token-1").doesNotContain("000.00.06.H56");
  }

  @Test
  void read_ofAForeignName_isWrongMessage_atOnce() {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> read("{\"Ten\": \"a\", \"error_code\": \"0\"}"));

    assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE);
    assertThat(e.field()).isEqualTo("/error_code");
    assertThat(e.detail()).isEqualTo("expected an item (Ten), found an answer");
  }

  @Test
  void read_mapsEveryParserFailure_toAStableReason() {
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> read("{\"Ten\": \"a\"} {}")).reason())
        .isEqualTo(Reason.MALFORMED);
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> read("{\"Ten\": \"a\"")).reason())
        .isEqualTo(Reason.MALFORMED);
    assertThat(catchThrowableOfType(JsonDecodingException.class, () -> read("")).reason())
        .isEqualTo(Reason.MALFORMED);
    JsonDecodingException scale = catchThrowableOfType(JsonDecodingException.class,
        () -> read("{\"Ten\": \"a\", \"x\": 1e-2147483648}"));
    assertThat(scale.reason()).isIn(Reason.INVALID_VALUE, Reason.MALFORMED);
    assertThat(scale.getMessage()).doesNotContain("2147483648");
    JsonDecodingException empty = catchThrowableOfType(JsonDecodingException.class,
        () -> read("{\"Ten\": \"a\", \"\": 1}"));
    assertThat(empty.reason()).isEqualTo(Reason.INVALID_VALUE);
    JsonDecodingException type = catchThrowableOfType(JsonDecodingException.class,
        () -> read("{\"Ten\": \"a\", \"Co\": [\"1\"]}"));
    assertThat(type.reason()).isEqualTo(Reason.UNEXPECTED_TYPE);
    assertThat(type.field()).isEqualTo("/Co");
  }

  @Test
  void aFieldWithAnEmptyName_isKeptWhenTheReaderIsToldTo_withAPointerEndingInASlash_andWrittenBack() {
    Decoded<Item> read = Wire.decode(GUARD, MAPPER.getFactory(), "{\"Ten\": \"a\", \"\": 1}"
        .getBytes(StandardCharsets.UTF_8), false, "", WireReader::keepEmptyNames, ITEM::readObject);

    assertThat(read.unknownFields()).containsExactly(new UnknownField("/", "1"));
    assertThat(write(read)).contains("\"\":1");
  }

  @Test
  void view_isWhatAWriteThenAReadGives() {
    Item item = new Item("a", true, Instant.parse("2026-01-20T02:30:41.123456Z"), List.of("x"),
        new Item("b", null, null, List.of(), null));

    Item view = ITEM.view(item);

    assertThat(view).isEqualTo(read(write(Decoded.of(item))).value());
    assertThat(view.at()).isEqualTo(Instant.parse("2026-01-20T02:30:41Z"));
  }

  @Test
  void aBlankElementOfAList_isDroppedFromTheView_butRefusedByTheWriter() {
    Item item = new Item("a", null, null, List.of("x", " "), null);

    assertThat(ITEM.view(item).tags()).containsExactly("x");
    assertThatThrownBy(() -> write(Decoded.of(item))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTable_isDeclaredOnce_andFrozen() {
    MessageTable.Builder<Item> t = MessageTable.builder("twice");
    Field<Item, String> name = t.field("Ten", Forms.TEXT, Item::name);
    t.field("Ten", Forms.TEXT, Item::name);
    Field<Item, String> aliased = MessageTable.<Item>builder("alias").field("A", Forms.TEXT, Item::name);

    assertThatThrownBy(() -> t.build(v -> null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ten");
    assertThat(aliased.aliases("B")).isSameAs(aliased);
    assertThat(ITEM.names()).contains("Ten", "ten", "Co", "Luc", "Nhan", "Con");
    assertThatThrownBy(() -> ITEM.fields().get(0).required()).isInstanceOf(IllegalStateException.class);
    assertThat(name.name()).isEqualTo("Ten");
  }
}
