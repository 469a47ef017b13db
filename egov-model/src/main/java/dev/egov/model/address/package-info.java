/**
 * Addresses that work before and after the 1 July 2025 reform, and the {@link dev.egov.model.address.CommuneCatalog}
 * interface through which commune codes are checked.
 */
@NullMarked
package dev.egov.model.address;

import org.jspecify.annotations.NullMarked;
