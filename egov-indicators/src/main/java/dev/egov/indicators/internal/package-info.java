/**
 * Implementation details of egov-indicators: the rules applied to each dossier, the counters of a report's rows, the
 * table formatter and the partial state's byte format. Not API: may change in any release without notice.
 */
@NullMarked
package dev.egov.indicators.internal;

import org.jspecify.annotations.NullMarked;
