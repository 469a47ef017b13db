/**
 * Administrative-procedure metadata: what the national procedure database ({@code LayThuTuc}) says about a procedure,
 * its channels, statutory processing times, fees and declared results.
 */
@NullMarked
package dev.egov.model.procedure;

import org.jspecify.annotations.NullMarked;
