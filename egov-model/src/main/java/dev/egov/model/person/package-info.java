/**
 * People: the {@link dev.egov.model.person.Citizen} record as the national population database exposes it, Vietnamese
 * {@linkplain dev.egov.model.person.PersonName names} and how to match them, relatives and the head of household.
 *
 * <p>Records here mask personal data in {@code toString()}.
 */
@NullMarked
package dev.egov.model.person;

import org.jspecify.annotations.NullMarked;
