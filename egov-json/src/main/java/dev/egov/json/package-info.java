/**
 * Wire formats of egov's records. {@link dev.egov.json.CanonicalJson} reads and writes egov's own JSON (English
 * camelCase, ISO-8601); the dialect packages read the national systems' formats tolerantly and write them exactly.
 * Every reader fails on unusable input with a {@link dev.egov.json.JsonDecodingException} that names the field and
 * never quotes the value, and reports the fields it does not know as {@link dev.egov.json.UnknownField}s, which a
 * writer puts back for a faithful round trip.
 */
@NullMarked
package dev.egov.json;

import org.jspecify.annotations.NullMarked;
