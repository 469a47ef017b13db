/**
 * The population database's dialect (CSDL quốc gia về dân cư; docs/population-database.md): egov's {@link
 * dev.egov.model.person.Citizen} in {@code CongdanCollection/CongDan}, the {@code TraCuuThongTinCongDan} and {@code
 * XacThucThongTinCongDan} requests and answers, in SOAP, in SOAP inside a gateway's JSON envelope, and in the JSON of
 * the national data-exchange platform. Start at {@link dev.egov.json.population.PopulationDatabaseJson}.
 */
@NullMarked
package dev.egov.json.population;

import org.jspecify.annotations.NullMarked;
