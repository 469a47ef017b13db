/**
 * Code lists of the national systems, as open value types: every code a system sends is kept, known or not.
 *
 * <p>National code lists are incomplete in every published source and change without notice. Rejecting an unknown
 * code would lose a citizen's data; guessing its meaning would corrupt it. So each list here is a small value type
 * with constants for the documented codes (docs/dossiers-and-portal.md, docs/population-database.md), labels where
 * they are documented, and {@code of(code)} that
 * returns the constant for a known code and a new, {@linkplain dev.egov.model.code.OpenCode#isKnown() unknown} value
 * for any other, which round-trips unchanged:
 *
 * <pre>{@code
 * DossierStatus.of("4") == DossierStatus.PROCESSING;   // the constant
 * DossierStatus.of("11").isKnown();                     // false, but kept and written back as "11"
 * }</pre>
 */
@NullMarked
package dev.egov.model.code;

import org.jspecify.annotations.NullMarked;
