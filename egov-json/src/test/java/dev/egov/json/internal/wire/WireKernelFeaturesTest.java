package dev.egov.json.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ReadLimits;
import dev.egov.json.UnknownField;
import dev.egov.json.internal.ReadGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The kernel's features for dialects with XML forms and richer structures (the population database's): repeated
 * elements with indexed pointers, reader context, values declined into unknown fields and put back in place, objects of
 * only unknown fields collapsed, text-or-object values, empty unknowns dropped, credentials skipped, XML written with
 * namespaces and prefixes.
 */
class WireKernelFeaturesTest {

  private static final ReadGuard GUARD = new ReadGuard(ReadLimits.defaults());
  private static final ObjectMapper JSON = JsonMapper.builder(GUARD.jsonFactory()).build();
  private static final XmlMapper XML = new XmlMapper(GUARD.xmlFactory(XmlFactory.builder()));

  /** A person: a name that is text or {@code {Ho, Ten}}, a code a check may decline, a place of only a city. */
  record Person(String name, @Nullable String code, @Nullable String city) {}

  record Name(String family, String given) {}

  static final MessageTable<String> NAME_OBJECT;

  static {
    MessageTable.Builder<String> t = MessageTable.<String>builder("a name").collapses();
    Field<String, String> family = t.field("Ho", Forms.TEXT, n -> n.substring(0, n.indexOf(' '))).always();
    Field<String, String> given = t.field("Ten", Forms.TEXT, n -> n.substring(n.indexOf(' ') + 1)).always();
    NAME_OBJECT = t.build(v -> v.get(family, "") + ' ' + v.get(given, ""));
  }

  static final MessageTable<String> PLACE;

  static {
    MessageTable.Builder<String> t = MessageTable.<String>builder("a place").collapses();
    Field<String, String> city = t.field("ThanhPho", Forms.TEXT, c -> c);
    PLACE = t.build(v -> {
      WireReader r = v.reader();
      String suffix = r == null ? null : r.context(String.class);
      return v.get(city) + (suffix == null ? "" : suffix);
    });
  }

  static final MessageTable<Person> PERSON;

  static {
    MessageTable.Builder<Person> t = MessageTable.builder("a person");
    Field<Person, String> name =
        t.field("HoVaTen", Forms.textOrObject(Forms.TEXT, NAME_OBJECT, Forms.Shape.OBJECT_IN_XML), Person::name)
            .required();
    Field<Person, String> code =
        t.field("Ma", Forms.orUnknown(s -> s.chars().allMatch(Character::isDigit) ? s : null, s -> s), Person::code);
    Field<Person, String> city = t.field("NoiO", PLACE, Person::city);
    t.field("AuthHash", Forms.SECRET, p -> null);
    PERSON = t.build(v -> new Person(v.need(name), v.get(code), v.get(city)));
  }

  private static Decoded<Person> json(String text, Wire.Setup setup) {
    return Wire.decode(GUARD, JSON.getFactory(), text.getBytes(StandardCharsets.UTF_8), false, "", setup,
        PERSON::readObject);
  }

  private static String write(JsonFactory factory, Decoded<Person> person) {
    return new String(Wire.encode(factory, JSON, person.unknownFields(), w -> {
      w.rootName("Nguoi");
      PERSON.write(w, person.value(), w.root());
    }), StandardCharsets.UTF_8);
  }

  @Test
  void aTextOrObjectValue_isReadInEitherShape_andWrittenInTheShapeAsked() {
    Decoded<Person> text = json("{\"HoVaTen\": \"Lê An\"}", r -> { });
    Decoded<Person> object = json("{\"HoVaTen\": {\"Ho\": \"Lê\", \"Ten\": \"An\"}}", r -> { });

    assertThat(text.value()).isEqualTo(object.value()).isEqualTo(new Person("Lê An", null, null));
    assertThat(write(JSON.getFactory(), text)).isEqualTo("{\"HoVaTen\":\"Lê An\"}");
    assertThat(write(XML.getFactory(), text)).isEqualTo("<Nguoi><HoVaTen><Ho>Lê</Ho><Ten>An</Ten></HoVaTen></Nguoi>");
  }

  @Test
  void aDeclinedValue_isKeptAsAnUnknownField_andPutBackInPlace() {
    Decoded<Person> read = json("{\"HoVaTen\": \"Lê An\", \"Ma\": \"A1\", \"Khac\": 1}", r -> { });

    assertThat(read.value().code()).isNull();
    assertThat(read.unknownFields()).containsExactly(new UnknownField("/Ma", "\"A1\""), new UnknownField("/Khac", "1"));
    assertThat(write(JSON.getFactory(), read)).isEqualTo("{\"HoVaTen\":\"Lê An\",\"Ma\":\"A1\",\"Khac\":1}");
    // A value set since wins over the unknown field of its name.
    Decoded<Person> edited = new Decoded<>(new Person("Lê An", "42", null), read.unknownFields());
    assertThat(write(JSON.getFactory(), edited)).isEqualTo("{\"HoVaTen\":\"Lê An\",\"Ma\":\"42\",\"Khac\":1}");
  }

  @Test
  void anObjectOfOnlyUnknownFields_collapsesIntoOneUnknownField_andGoesBackWhole() {
    Decoded<Person> read = json("{\"HoVaTen\": \"Lê An\", \"NoiO\": {\"Moi\": 1, \"Moi\": 2, \"Khac\": \"x\"}}",
        r -> { });

    assertThat(read.value().city()).isNull();
    assertThat(read.unknownFields()).containsExactly(new UnknownField("/NoiO", "{\"Moi\":[1,2],\"Khac\":\"x\"}"));
    assertThat(write(JSON.getFactory(), read)).contains("\"NoiO\":{\"Moi\":[1,2],\"Khac\":\"x\"}");
  }

  @Test
  void theReadersContext_reachesTheAssemblers() {
    assertThat(json("{\"HoVaTen\": \"Lê An\", \"NoiO\": {\"ThanhPho\": \"Huế\"}}", r -> r.context(" (cũ)"))
        .value().city()).isEqualTo("Huế (cũ)");
    assertThat(json("{\"HoVaTen\": \"Lê An\", \"NoiO\": {\"ThanhPho\": \"Huế\"}}", r -> r.context(42))
        .value().city()).isEqualTo("Huế");
  }

  @Test
  void emptyUnknowns_areDroppedOnlyWhenAsked_andACredentialIsNeverKept() {
    String payload = "{\"HoVaTen\": \"Lê An\", \"A\": null, \"B\": \" \", \"C\": {}, \"AuthHash\": \"c2VjcmV0\"}";

    assertThat(json(payload, r -> { }).unknownFields()).extracting(UnknownField::path).containsExactly("/A", "/B", "/C");
    assertThat(json(payload, WireReader::dropEmptyUnknowns).unknownFields()).isEmpty();
    assertThat(json(payload, r -> { }).toString()).doesNotContain("c2VjcmV0");
  }

  @Test
  void repeatedXmlElements_carryTheirIndexInPointers() {
    byte[] xml = ("<Ds><Nguoi><HoVaTen>Lê An</HoVaTen><X>1</X></Nguoi><Tong>2</Tong>"
        + "<Nguoi><HoVaTen>Lê Bình</HoVaTen><Ma>B</Ma></Nguoi><Nguoi><Ma>7</Ma></Nguoi></Ds>")
        .getBytes(StandardCharsets.UTF_8);
    List<Person> people = new ArrayList<>();

    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class, () -> Wire.decode(GUARD,
        XML.getFactory(), xml, true, "", r -> { }, r -> {
          int index = 0;
          for (String name = r.nextField(); name != null; name = r.nextField()) {
            r.next();
            if (name.equals("Nguoi")) {
              r.index(index++);
              people.add(PERSON.readObject(r));
            } else {
              r.unknown(name);
            }
          }
          return people;
        }));

    assertThat(people).hasSize(2);
    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(e.field()).isEqualTo("/Nguoi/2/HoVaTen");
  }

  @Test
  void unknownFieldsOfRepeatedElements_areReportedAtTheirIndex() {
    byte[] xml = "<Ds><Nguoi><HoVaTen>Lê An</HoVaTen></Nguoi><Nguoi><HoVaTen>Lê Bình</HoVaTen><X>1</X></Nguoi></Ds>"
        .getBytes(StandardCharsets.UTF_8);

    Decoded<Integer> read = Wire.decode(GUARD, XML.getFactory(), xml, true, "", WireReader::dropEmptyUnknowns, r -> {
      int index = 0;
      for (String name = r.nextField(); name != null; name = r.nextField()) {
        r.next();
        r.index(index++);
        PERSON.readObject(r);
      }
      return index;
    });

    assertThat(read.unknownFields()).containsExactly(new UnknownField("/Nguoi/1/X", "\"1\""));
  }

  @Test
  void xml_isWrittenWithNamespacesAndPrefixes_andUnknownFieldsAsElementsInTheirParentsNamespace() throws IOException {
    List<UnknownField> unknown = List.of(new UnknownField("/Header", "{\"Ma\":\"42\"}"),
        new UnknownField("/Body/Khac", "{\"A\":[\"1\",\"2\"]}"));

    String xml = new String(Wire.encode(XML.getFactory(), JSON, unknown, w -> {
      w.prefix("s", "urn:envelope");
      w.namespace("urn:envelope");
      w.rootName("Envelope");
      w.startObject();
      assertThat(w.putBack(w.root(), "Header")).isTrue();
      w.name(new SerializedString("Body"));
      w.startObject();
      w.defaultNamespace("urn:citizens");
      w.name(new SerializedString("Co"));
      w.bool(true);
      w.endObject("/Body", Set.of());
      w.endObject(w.root(), Set.of());
      assertThat(w.unknownUnder("/Body")).isTrue();
      assertThat(w.unknownUnder("/Bo")).isFalse();
    }), StandardCharsets.UTF_8);

    assertThat(xml).isEqualTo("<s:Envelope xmlns:s=\"urn:envelope\"><s:Header><s:Ma>42</s:Ma></s:Header>"
        + "<s:Body><Co xmlns=\"urn:citizens\">true</Co><Khac xmlns=\"urn:citizens\"><A>1</A><A>2</A></Khac>"
        + "</s:Body></s:Envelope>");
  }
}
