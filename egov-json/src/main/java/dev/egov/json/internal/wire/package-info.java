/**
 * The wire kernel every dialect stands on: one reading cursor, one writer, one place for the lenient scalar forms,
 * declarative message tables and gateway-fault recognition. Internal: not exported, no compatibility promise.
 *
 * <h2>API in one page</h2>
 * <ul>
 *   <li>{@link dev.egov.json.internal.wire.MessageTable}: one table per message (or per object of a message). Declare
 *       fields in writing order with {@code builder("a dossier (HoSoDongBoDVC)").field(wireName, form, getter)},
 *       refine each with {@link dev.egov.json.internal.wire.Field#required() required()} (read: MISSING_FIELD when
 *       absent or blank; write: IllegalArgumentException), {@link dev.egov.json.internal.wire.Field#always() always()}
 *       (written even when absent, as the form's absent value: {@code ""} for a date-time, {@code []} for a list),
 *       default "when present" (an absent value stays absent), {@link
 *       dev.egov.json.internal.wire.Field#aliases aliases(...)} (other names read, e.g. camelCase), {@link
 *       dev.egov.json.internal.wire.Field#identifies() identifies()} (an object where no identifying field is found
 *       is another message: WRONG_MESSAGE naming the fields found) and {@link
 *       dev.egov.json.internal.wire.MessageTable.Builder#foreign foreign(name, whatItIs)} (a name that proves another
 *       message: WRONG_MESSAGE at once). {@code build(values -> record)} gives the assembler, which reads the slots
 *       with {@link dev.egov.json.internal.wire.Values#get(Field)}, {@code get(field, otherwise)} and {@code
 *       need(field)} (required). A table is itself a {@link dev.egov.json.internal.wire.Form}: nest it, or list it
 *       with {@code Forms.list(table)}. {@code collapses()} makes an object in which no field has a value read as
 *       absent, its unknown fields becoming one unknown field holding it whole (the population database's address
 *       of only new fields). From one table: {@code readObject(reader)}, {@code write(writer, record, pointer)}
 *       (a field without a value is replaced in place by the unknown field of its name, if one was read there; the
 *       other unknown fields go back at the object's end, never over a mapped name) and {@code view(record)} (the
 *       record as the message carries it: what a write then a read gives).
 *   <li>{@link dev.egov.json.internal.wire.Forms}: the standard forms. {@code TEXT} (kept as written, blank absent),
 *       {@code CODE} (stripped), {@code code(DossierStatus::of)} (open lists), {@code identifier(what, parse,
 *       format)} (InvalidIdentifierException becomes INVALID_VALUE naming why), {@code PORTAL_DATE_TIME} (every
 *       date-time form in, {@code yyyyMMddHHmmss} out), {@code SLASH_DATE_TIME} (the same in, {@code dd/MM/yyyy HH:mm:ss} out), {@code FLAG_10} and {@code TRUE_FALSE} (booleans as
 *       {@code "True"/"False"/"1"/"0"}/JSON in; {@code "1"/"0"} or {@code "True"/"False"} out), {@code AMOUNT},
 *       {@code COUNT} (numbers as strings or numbers in, strings out), {@code RESULT_CODE} ({@code error_code} as
 *       string or number, kept in its form), {@code JSON} (a payload kept as JSON text), {@code list(form)} and
 *       {@code oneOrMany(reader, form)} (a bare list or one object alone), {@code textOrObject(text, object, shape)}
 *       (a value that is text in one form and an object in another, such as {@code HoVaTen}; written as text, as an
 *       object, or as an object in XML only), {@code orUnknown(parse, format)} (a value a check may decline: kept as an
 *       unknown field where it is, and put back there) and {@code SECRET} (a credential: skipped, never kept nor
 *       written). A dialect adds its own by implementing
 *       {@link dev.egov.json.internal.wire.Form} ({@code read}, {@code write}, optionally {@code absent}, {@code
 *       writeAbsent}, {@code view}); {@link dev.egov.json.internal.WireScalars} keeps the scalar parsing itself
 *       (date forms {@code yyyyMMddHHmmss}, {@code yyyyMMdd}, {@code yyyy-MM-dd}, {@code yyyy}, {@code dd/MM/yyyy},
 *       partial dates).
 *   <li>{@link dev.egov.json.internal.wire.WireReader}: the cursor over a Jackson {@code JsonParser}, JSON or the
 *       XML parser of jackson-dataformat-xml ({@code new WireReader(parser, xml, prefix)}; the prefix is the pointer
 *       of a document nested in another). Pointers come from the parser's context and are built only for an error or
 *       an unknown field; {@code unknown(name)} keeps the current value as an {@link dev.egov.json.UnknownField} (raw
 *       JSON text); scalar accessors ({@code text()}, {@code code()}, {@code instant()}, {@code partialDate()},
 *       {@code bool()}, {@code amount()}, {@code integer()}) fail at the current pointer, never quoting the value;
 *       {@code malformed(e, xml, prefix)} maps a parser error to MALFORMED with line and column; a field with an
 *       empty name is INVALID_VALUE. Options: {@code context(value)} (read by forms and assemblers with {@code
 *       context(Type.class)}: the address era), {@code dropEmptyUnknowns()} (no unknown {@code null}, blank or empty
 *       value is kept), {@code keepEmptyNames()} (a field with an empty name, such as XML text beside child
 *       elements, is kept, its pointer ending in {@code /}). {@code index(i)} names a
 *       repeated XML element (Jackson presents it as the same field again) so that pointers carry its index ({@code
 *       /CongdanCollection/CongDan/1/SoDinhDanh}); {@code decline()} keeps the current value as an unknown field;
 *       {@code mark()}, {@code collapse(mark)} and {@code keep(at, fields)} place unknown fields (a nested document's
 *       among its envelope's, in document order).
 *   <li>{@link dev.egov.json.internal.wire.WireWriter}: the generator and the unknown fields to put back ({@code
 *       root()} is {@code ""} when there are some, else {@code null}: pointers are tracked only then); {@code
 *       putBack(pointer, name)} writes one in place (a SOAP {@code Header} first), {@code unknownUnder(pointer)} says
 *       whether some belong below a pointer (to choose between two shapes of a message). XML, with jackson-dataformat-xml's
 *       generator: {@code namespace(uri)} for the elements named next, {@code prefix(p, uri)}, {@code
 *       defaultNamespace(uri)}, {@code rootName(name)}, {@code bool(b)} ({@code true}/{@code false} text); unknown
 *       fields are written as elements in their parent's namespace.
 *   <li>{@link dev.egov.json.internal.wire.Wire}: {@code decodeJson(guard, factory, bytes, reader -> …)} opens, reads the
 *       root, checks nothing follows (MALFORMED) and maps every parser failure; {@code decode(guard, factory, bytes,
 *       xml, prefix, setup, body)} does the same for XML or a document nested in another; {@code encodeJson(mapper,
 *       unknown, writer -> …)} and {@code encode(factory, mapper, unknown, writer -> …)} (XML too, with its
 *       declaration when the factory enables it).
 *   <li>{@link dev.egov.json.internal.wire.GatewayFaults}: {@code sniffJson(factory, bytes)} recognises WSO2 (current
 *       and legacy JSON), X-Road and OAuth faults and tells what else the top level holds ({@code service}, the
 *       first names); {@code inXml(xmlInputFactory, bytes)} recognises WSO2's {@code <ams:fault>}, bare or in a SOAP
 *       body; {@code refine(error, sniff, expected, service)} turns a reader's error on another message into
 *       WRONG_MESSAGE. Answer readers call it when their table fails (a good answer costs nothing) and return {@code
 *       AnswerStatus.of(fault)}: see {@code PortalJson#decodeAnswer} for the pattern.
 * </ul>
 *
 * <p>Worked examples: the portal dialect ({@code dev.egov.json.portal.PortalTables}: JSON tables, lists, flags) and
 * the population database ({@code dev.egov.json.population.PopulationTables}: the SOAP form, text-or-object values,
 * declined values, collapsing objects, the address era as context).
 */
@NullMarked
package dev.egov.json.internal.wire;

import org.jspecify.annotations.NullMarked;
