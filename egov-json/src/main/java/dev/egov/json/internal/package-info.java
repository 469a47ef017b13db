/** Implementation details of egov-json: tolerant scalar readers and exact writers. Not API. */
@NullMarked
package dev.egov.json.internal;

import org.jspecify.annotations.NullMarked;
