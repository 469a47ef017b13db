/**
 * Implementation details of {@code egov-fakes}. Not exported, not API: anything here may change in any release.
 */
@NullMarked
package dev.egov.fakes.internal;

import org.jspecify.annotations.NullMarked;
