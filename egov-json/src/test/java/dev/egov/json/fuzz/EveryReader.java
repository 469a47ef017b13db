package dev.egov.json.fuzz;

import dev.egov.json.CanonicalJson;
import dev.egov.json.Decoded;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.ReadLimits;
import dev.egov.json.business.BusinessRegistryJson;
import dev.egov.json.catalog.CatalogServiceXml;
import dev.egov.json.insurance.HealthInsuranceJson;
import dev.egov.json.internal.ReadGuard;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.PortalJson;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every public reader of egov-json, as a function of the payload's bytes: canonical JSON (read and decode, citizen and
 * dossier), the portal's eleven decoders, the population database's decoders in every form that reads a payload, the
 * business registry's two answer decoders, the health-insurance gateway's four decoders and the catalogue service's
 * three.
 * The fuzz tests feed each of them every input.
 */
final class EveryReader {

  /** A marker planted in hostile inputs' values: no message or {@code toString} may ever show it. */
  static final String MARKER = "0987654321";

  /** One reader. */
  record Reader(String name, boolean xml, Function<byte[], Object> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  private EveryReader() {}

  /**
   * Builds every reader.
   *
   * @param ownChecks whether the read limits are checked by egov's own parser wrapper, as under an old Jackson
   * @param limits the limits
   */
  static List<Reader> all(boolean ownChecks, ReadLimits limits) {
    String before = System.getProperty(ReadGuard.OWN_CHECKS);
    System.setProperty(ReadGuard.OWN_CHECKS, String.valueOf(ownChecks));
    try {
      CanonicalJson canonical = CanonicalJson.builder().readLimits(limits).build();
      PortalJson portal = PortalJson.builder().readLimits(limits).build();
      PopulationDatabaseJson db = PopulationDatabaseJson.builder().readLimits(limits).build();
      BusinessRegistryJson registry = BusinessRegistryJson.builder().readLimits(limits).build();
      HealthInsuranceJson insurance = HealthInsuranceJson.builder().readLimits(limits).visitHistory(true).build();
      CatalogServiceXml catalog = CatalogServiceXml.builder().readLimits(limits).build();
      List<Reader> readers = new ArrayList<>();
      readers.add(new Reader("CanonicalJson.read(Citizen)", false, b -> canonical.read(b, Citizen.class)));
      readers.add(new Reader("CanonicalJson.read(Dossier)", false, b -> canonical.read(b, Dossier.class)));
      readers.add(new Reader("CanonicalJson.decode(Citizen)", false, b -> canonical.decode(b, Citizen.class)));
      readers.add(new Reader("CanonicalJson.decode(Dossier)", false, b -> canonical.decode(b, Dossier.class)));
      readers.add(new Reader("PortalJson.decodeDossierRequest", false, portal::decodeDossierRequest));
      readers.add(new Reader("PortalJson.decodeDossier", false, portal::decodeDossier));
      readers.add(new Reader("PortalJson.decodeProgressRequest", false, portal::decodeProgressRequest));
      readers.add(new Reader("PortalJson.decodeAnswer", false, portal::decodeAnswer));
      readers.add(new Reader("PortalJson.decodeLoginRequest", false, portal::decodeLoginRequest));
      readers.add(new Reader("PortalJson.decodeDossierLookupRequest", false, portal::decodeDossierLookupRequest));
      readers.add(new Reader("PortalJson.decodeDossierLookupAnswer", false, portal::decodeDossierLookupAnswer));
      readers.add(new Reader("PortalJson.decodeProcedureRequest", false, portal::decodeProcedureRequest));
      readers.add(new Reader("PortalJson.decodeProcedureAnswer", false, portal::decodeProcedureAnswer));
      readers.add(new Reader("PortalJson.decodeAgencyListRequest", false, portal::decodeAgencyListRequest));
      readers.add(new Reader("PortalJson.decodeAgencyListAnswer", false, portal::decodeAgencyListAnswer));
      readers.add(new Reader("BusinessRegistryJson.decodeAnswer", false, registry::decodeAnswer));
      readers.add(new Reader("BusinessRegistryJson.decodeProvincialAnswer", false, registry::decodeProvincialAnswer));
      readers.add(new Reader("HealthInsuranceJson.decodeTokenRequest", false, insurance::decodeTokenRequest));
      readers.add(new Reader("HealthInsuranceJson.decodeTokenAnswer", false, insurance::decodeTokenAnswer));
      readers.add(new Reader("HealthInsuranceJson.decodeCardCheckRequest", false, insurance::decodeCardCheckRequest));
      readers.add(new Reader("HealthInsuranceJson.decodeCardCheckAnswer", false, insurance::decodeCardCheckAnswer));
      readers.add(new Reader("CatalogServiceXml.decodeRequest", true, catalog::decodeRequest));
      readers.add(new Reader("CatalogServiceXml.decodeProvinces", true, catalog::decodeProvinces));
      readers.add(new Reader("CatalogServiceXml.decodeCommunes", true, catalog::decodeCommunes));
      for (WireForm form : WireForm.values()) {
        boolean xml = form == WireForm.SOAP;
        readers.add(new Reader("PopulationDatabaseJson.decodeLookupAnswer(" + form + ")", xml,
            b -> db.decodeLookupAnswer(b, form)));
        readers.add(new Reader("PopulationDatabaseJson.decodeVerificationAnswer(" + form + ")", xml,
            b -> db.decodeVerificationAnswer(b, form)));
        if (form != WireForm.SOAP_IN_JSON) {
          readers.add(new Reader("PopulationDatabaseJson.decodeLookupRequest(" + form + ")", xml,
              b -> db.decodeLookupRequest(b, form)));
          readers.add(new Reader("PopulationDatabaseJson.decodeVerificationRequest(" + form + ")", xml,
              b -> db.decodeVerificationRequest(b, form)));
        }
      }
      return List.copyOf(readers);
    } finally {
      if (before == null) {
        System.clearProperty(ReadGuard.OWN_CHECKS);
      } else {
        System.setProperty(ReadGuard.OWN_CHECKS, before);
      }
    }
  }

  /**
   * Runs a reader on an input and returns what broke the contract, or {@code null}: the only failure allowed is a
   * {@link JsonDecodingException} with a reason, whose message never shows {@link #MARKER}; a success prints its
   * unknown fields without it. (What a record prints is the record's business: an agency code or a gateway's message
   * may be shown, personal data is masked by the records themselves.)
   */
  static @Nullable String violation(Reader reader, byte[] input) {
    try {
      Object result = reader.read().apply(input);
      if (result instanceof Decoded<?>) {
        Decoded<?> decoded = (Decoded<?>) result;
        String printed = decoded.unknownFields().toString();
        if (printed.contains(MARKER) || !decoded.toString().contains(printed)) {
          return reader + " printed a planted unknown value: " + printed;
        }
      }
      return null;
    } catch (JsonDecodingException e) {
      if (e.reason() == null || e.getMessage().contains(MARKER)) {
        return reader + " threw a JsonDecodingException without a reason or quoting a value: " + e.getMessage();
      }
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return reader + " threw " + e;
    }
  }

  /** The outcome's reason, {@code null} for a success (for tests that expect one). */
  static JsonDecodingException.@Nullable Reason reason(Reader reader, byte[] input) {
    try {
      reader.read().apply(input);
      return null;
    } catch (JsonDecodingException e) {
      return e.reason();
    }
  }
}
