/** Implementation details of egov-validation: the constraint validators. Not API. */
@NullMarked
package dev.egov.validation.internal;

import org.jspecify.annotations.NullMarked;
