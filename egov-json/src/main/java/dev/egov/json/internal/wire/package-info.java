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
 *       with {@code Forms.list(table)}. From one table: {@code readObject(reader)}, {@code write(writer, record,
 *       pointer)} (unknown fields put back at the object's end, never over a mapped name) and {@code view(record)}
 *       (the record as the message carries it: what a write then a read gives).
 *   <li>{@link dev.egov.json.internal.wire.Forms}: the standard forms. {@code TEXT} (kept as written, blank absent),
 *       {@code CODE} (stripped), {@code code(DossierStatus::of)} (open lists), {@code identifier(what, parse,
 *       format)} (InvalidIdentifierException becomes INVALID_VALUE naming why), {@code PORTAL_DATE_TIME} (every
 *       date-time form in, {@code yyyyMMddHHmmss} out), {@code SLASH_DATE_TIME} (the same in, {@code dd/MM/yyyy HH:mm:ss} out), {@code FLAG_10} and {@code TRUE_FALSE} (booleans as
 *       {@code "True"/"False"/"1"/"0"}/JSON in; {@code "1"/"0"} or {@code "True"/"False"} out), {@code AMOUNT},
 *       {@code COUNT} (numbers as strings or numbers in, strings out), {@code RESULT_CODE} ({@code error_code} as
 *       string or number, kept in its form), {@code JSON} (a payload kept as JSON text), {@code list(form)} and
 *       {@code oneOrMany(reader, form)} (a bare list or one object alone). A dialect adds its own by implementing
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
 *       {@code malformed(e, xml, prefix)} maps a parser error to MALFORMED with line and column.
 *   <li>{@link dev.egov.json.internal.wire.WireWriter}: the generator and the unknown fields to put back ({@code
 *       root()} is {@code ""} when there are some, else {@code null}: pointers are tracked only then).
 *   <li>{@link dev.egov.json.internal.wire.Wire}: {@code decodeJson(guard, factory, bytes, reader -> …)} opens, reads the
 *       root, checks nothing follows (MALFORMED) and maps every parser failure; {@code encodeJson(mapper, unknown,
 *       writer -> …)}.
 *   <li>{@link dev.egov.json.internal.wire.GatewayFaults}: {@code sniffJson(factory, bytes)} recognises WSO2 (current
 *       and legacy JSON), X-Road and OAuth faults and tells what else the top level holds ({@code service}, the
 *       first names); {@code inXml(xmlInputFactory, bytes)} recognises WSO2's {@code <ams:fault>}, bare or in a SOAP
 *       body; {@code refine(error, sniff, expected, service)} turns a reader's error on another message into
 *       WRONG_MESSAGE. Answer readers call it when their table fails (a good answer costs nothing) and return {@code
 *       AnswerStatus.of(fault)}: see {@code PortalJson#decodeAnswer} for the pattern.
 * </ul>
 *
 * <p>A worked example of every feature is the portal dialect: {@code dev.egov.json.portal.PortalTables}.
 */
@NullMarked
package dev.egov.json.internal.wire;

import org.jspecify.annotations.NullMarked;
