package dev.egov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.CollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.egov.json.internal.CanonicalRecords;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass record reader ({@code internal.CanonicalRecords}) changes nothing {@link CanonicalJson#read} answers:
 * an ordinary document gives the record the standard mapper gives, and every other one (unknown or repeated fields,
 * wrong types, nulls, missing or refused values, anything after the value) is left to the standard mapper, whose
 * error (reason, pointer and detail) is the one reported.
 */
class CanonicalRecordsTest {

  private static final CanonicalJson JSON = CanonicalJson.get();

  private static final String CITIZEN = "{\"personalId\":\"001190001234\",\"name\":{\"family\":\"Phạm\",\"middle\":"
      + "\"\",\"given\":\"Minh\"},\"sex\":\"UNKNOWN\",\"birthDate\":\"1990\",\"particulars\":{},\"places\":{},"
      + "\"family\":{},\"contact\":{},\"otherIdentifiers\":{},\"dataQualityFlags\":[]}";

  /**
   * The citizen above edited by each row of a table, as arguments (what the edit is about, the document): in each row
   * {@code what | text | replacement}, the replacement {@code (nothing)} for the empty text.
   */
  private static Stream<Arguments> edits(String table) {
    return table.lines().map(row -> {
      String[] cells = row.split(" \\| ", -1);
      assertThat(cells).as(row).hasSize(3);
      assertThat(CITIZEN).as(row).contains(cells[1]);
      return Arguments.of(cells[0], CITIZEN.replace(cells[1], cells[2].equals("(nothing)") ? "" : cells[2]));
    });
  }

  /** Ordinary documents: the shortcut reads them to the end. */
  static Stream<Arguments> ordinary() {
    return Stream.concat(Stream.of(Arguments.of("as written", CITIZEN),
        Arguments.of("white space", CITIZEN.replace("\"sex\":\"UNKNOWN\"", "\n  \"sex\" :\t\"UNKNOWN\" "))),
        edits("""
            fields in another order | "personalId":"001190001234","name":{"family":"Phạm","middle":"","given":"Minh"}, \
            | "name":{"given":"Minh","family":"Phạm","middle":""},"personalId":"001190001234",
            optional groups and lists absent | ,"particulars":{},"places":{},"family":{},"contact":{},\
            "otherIdentifiers":{},"dataQualityFlags":[] | (nothing)
            a group null | "places":{} | "places":null
            a list null | "dataQualityFlags":[] | "dataQualityFlags":null
            an optional identifier null | "personalId":"001190001234" | "personalId":"001190001234","legacyIdCard":null
            an enum by its index, as Jackson reads it | "sex":"UNKNOWN" | "sex":1
            a name part null, which PersonName.of accepts | "middle":"" | "middle":null"""));
  }

  /** Documents the shortcut leaves to the standard mapper, valid or not. */
  static Stream<Arguments> notOrdinary() {
    return Stream.concat(edits("""
        an unknown field | "sex" | "nickname":"Bi","sex"
        an unknown field in a group | "contact":{} | "contact":{"fax":"028"}
        an unknown null field | "sex" | "nickname":null,"sex"
        a field twice | "sex":"UNKNOWN" | "sex":"MALE","sex":"UNKNOWN"
        a field twice in the name | "given":"Minh" | "given":"Minh","given":"An"
        a field twice in a group | "contact":{} | "contact":{"phone":"0912345678","phone":"0912345679"}
        a group twice | "contact":{} | "contact":{},"contact":{}
        an unknown enum | "sex":"UNKNOWN" | "sex":"X"
        a string for a record | "name":{"family":"Phạm","middle":"","given":"Minh"} | "name":"Phạm Minh"
        an array for a group | "places":{} | "places":[]
        an object for a list | "dataQualityFlags":[] | "dataQualityFlags":{}
        a number for an identifier | "001190001234" | 1190001234
        an invalid identifier | "001190001234" | "001190001235x"
        an invalid date | "1990" | "1990-02-30"
        a required record null | "name":{"family":"Phạm","middle":"","given":"Minh"} | "name":null
        a required record absent | "name":{"family":"Phạm","middle":"","given":"Minh"}, | (nothing)
        a required enum null | "sex":"UNKNOWN" | "sex":null
        no identity number | "personalId":"001190001234", | (nothing)
        a name part of another type | "middle":"" | "middle":[]
        an empty field name | "sex" | "":1,"sex"
        content after the value | []} | []} {}
        not well-formed | "sex": | "sex"::
        cut short | ,"dataQualityFlags":[]} | ,"dataQualityFlags":[
        a number out of range | []} | [],"x":1e-2147483648}"""),
        Stream.of(Arguments.of("an empty object", "{}"), Arguments.of("null", "null"),
            Arguments.of("an array", "[" + CITIZEN + "]"), Arguments.of("a string", "\"x\""),
            Arguments.of("empty", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordinary")
  void read_ordinaryDocument_isReadInOnePass_asTheStandardMapperReadsIt(String what, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    Citizen onePass = JSON.readInOnePass(bytes, Citizen.class);

    assertThat(onePass).isNotNull().isEqualTo(JSON.readStandard(bytes, Citizen.class));
    assertThat(JSON.read(bytes, Citizen.class)).isEqualTo(onePass);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notOrdinary")
  void read_anyOtherDocument_isLeftToTheStandardMapper_withItsValueOrError(String what, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    assertThat(JSON.readInOnePass(bytes, Citizen.class)).isNull();
    assertThat(outcome(() -> JSON.read(bytes, Citizen.class)))
        .isEqualTo(outcome(() -> JSON.readStandard(bytes, Citizen.class)));
  }

  @Test
  void read_unknownFields_areStillReportedByDecode() {
    byte[] bytes = CITIZEN.replace("\"sex\"", "\"nickname\":\"Bi\",\"sex\"").getBytes(StandardCharsets.UTF_8);

    Decoded<Citizen> decoded = JSON.decode(bytes, Citizen.class);

    assertThat(JSON.read(bytes, Citizen.class)).isEqualTo(decoded.value());
    assertThat(decoded.unknownFields()).extracting(UnknownField::path).containsExactly("/nickname");
  }

  @Test
  void read_aDuplicateKeyInAName_reportsWhatItAlwaysReported() {
    byte[] bytes = CITIZEN.replace("\"given\":\"Minh\"", "\"given\":\"Minh\",\"given\":\"An\"")
        .getBytes(StandardCharsets.UTF_8);

    JsonDecodingException e = (JsonDecodingException) catchThrowable(() -> JSON.read(bytes, Citizen.class));

    assertThat(e.reason()).isEqualTo(JsonDecodingException.Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/name/given");
  }

  @ParameterizedTest
  @MethodSource("dev.egov.json.CanonicalJsonTest#corpus")
  void read_everyRecordOfTheCorpus_inOnePass_equalsTheStandardReading(Object record) {
    byte[] bytes = JSON.write(record);

    assertThat(JSON.readInOnePass(bytes, record.getClass())).isNotNull().isEqualTo(record)
        .isEqualTo(JSON.readStandard(bytes, record.getClass()));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void read_everyGolden_inOnePass_equalsTheStandardReading(String resource, Class<?> type) throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/golden/canonical/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      bytes = in.readAllBytes();
    }

    assertThat(JSON.readInOnePass(bytes, type)).isNotNull().isEqualTo(JSON.readStandard(bytes, type));
  }

  static Stream<Arguments> goldens() {
    return Stream.of(Arguments.of("citizen-minimal.json", Citizen.class),
        Arguments.of("dossier-minimal.json", Dossier.class));
  }

  @Test
  void onePassMapper_readsEveryRecordOfTheModelInOnePass() throws Exception {
    ObjectMapper onePass = CanonicalJson.configure(JsonMapper.builder()).addModule(CanonicalRecords.module()).build();
    for (Object record : CanonicalCorpus.all()) {
      assertThat(onePass.readValue(JSON.write(record), record.getClass())).isEqualTo(record);
    }

    Map<JsonDeserializer<?>, String> seen = new IdentityHashMap<>();
    for (Object record : CanonicalCorpus.all()) {
      walk(deserializer(onePass, record.getClass()), seen);
    }

    List<String> records = new ArrayList<>();
    seen.forEach((deserializer, how) -> {
      if (deserializer instanceof BeanDeserializerBase
          && ((BeanDeserializerBase) deserializer).getValueInstantiator().canCreateFromObjectWith()) {
        records.add(deserializer.handledType().getSimpleName() + ": " + how);
      }
    });
    assertThat(records).hasSizeGreaterThan(30).allMatch(line -> line.endsWith(": one pass"));
  }

  private static void walk(JsonDeserializer<?> deserializer, Map<JsonDeserializer<?>, String> seen) {
    JsonDeserializer<?> d = deserializer;
    while (d instanceof DelegatingDeserializer) {
      d = ((DelegatingDeserializer) d).getDelegatee();
    }
    if (d == null || seen.containsKey(d)) {
      return;
    }
    seen.put(d, CanonicalRecords.howItReads(d));
    if (d instanceof CollectionDeserializer) {
      walk(((CollectionDeserializer) d).getContentDeserializer(), seen);
    } else if (d instanceof BeanDeserializerBase) {
      for (Iterator<SettableBeanProperty> it = ((BeanDeserializerBase) d).creatorProperties(); it.hasNext(); ) {
        walk(it.next().getValueDeserializer(), seen);
      }
    }
  }

  private static JsonDeserializer<Object> deserializer(ObjectMapper mapper, Class<?> type) throws Exception {
    return ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createDummyInstance(mapper.getDeserializationConfig())
        .findRootValueDeserializer(mapper.constructType(type));
  }

  /** The value, or the error as reason, pointer, detail and type. */
  private static String outcome(ThrowingSupplier read) {
    try {
      return "value " + read.get();
    } catch (JsonDecodingException e) {
      return "error " + e.reason() + " at '" + e.field() + "': " + e.detail() + " (" + e.getMessage() + ")";
    } catch (RuntimeException e) {
      return "unexpected " + e;
    }
  }

  @FunctionalInterface
  private interface ThrowingSupplier {
    Object get();
  }
}
