/**
 * Implementation details of egov-model. Not API: may change in any release without notice.
 */
@NullMarked
package dev.egov.model.internal;

import org.jspecify.annotations.NullMarked;
