/** Organisations: enterprises, state agencies and other bodies, identified by their tax identifier. */
@NullMarked
package dev.egov.model.organisation;

import org.jspecify.annotations.NullMarked;
