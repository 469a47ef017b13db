/**
 * Seeded, reproducible generators of test data: Vietnamese identifiers that are valid, unusual but valid, or invalid
 * for a stated reason ({@link dev.egov.fakes.generators.IdentifierGenerator}), and whole records built from them:
 * citizens ({@link dev.egov.fakes.generators.CitizenGenerator}), organisations ({@link
 * dev.egov.fakes.generators.OrganisationGenerator}) and dossiers moved through their lifecycles ({@link
 * dev.egov.fakes.generators.DossierGenerator}), with the procedures they are for ({@link
 * dev.egov.fakes.generators.SampleProcedures}). Addresses are in real communes of egov's built-in catalogue of
 * administrative units ({@link dev.egov.fakes.generators.SyntheticCommunes} names it). Start with a generator's {@code
 * withSeed(long)}.
 *
 * <p>No type here depends on a test framework. Generators are not thread-safe ({@code split()} gives each thread its
 * own); the catalogues are. No method accepts or returns {@code null}. Generated records pass egov-validation; names,
 * streets and procedures come from data bundled with this package, which never claims to describe a real person or
 * firm; communes, districts and provinces are the official ones.
 */
@NullMarked
package dev.egov.fakes.generators;

import org.jspecify.annotations.NullMarked;
