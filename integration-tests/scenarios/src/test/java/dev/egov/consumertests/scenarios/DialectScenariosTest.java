package dev.egov.consumertests.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.Decoded;
import dev.egov.json.population.LookupAnswer;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.population.VerificationRequest;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.DossierStep;
import dev.egov.json.portal.PortalJson;
import dev.egov.json.portal.PortalRequest;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.person.Citizen;
import dev.egov.validation.EgovValidation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The national dialects on egov-json's golden payloads: the public-service portal's dossier sync and the population
 * database's look-up in its three wire forms (SOAP through Jackson's XML module, SOAP inside a JSON envelope, NDXP
 * JSON).
 */
@Timeout(60)
class DialectScenariosTest {

  private final PortalJson portal = PortalJson.get();
  private final PopulationDatabaseJson db = PopulationDatabaseJson.get();

  @ParameterizedTest
  @ValueSource(strings = {"dong-bo-ho-so-mc-online.json", "dong-bo-ho-so-mc-direct.json"})
  void portalDossierSync_readsValidDossiersAndWritesBackTheSameJson(String file) {
    byte[] golden = Golden.bytes("portal/" + file);

    Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(golden);

    assertThat(read.unknownFields()).isEmpty();
    assertThat(read.value().data()).isNotEmpty().allSatisfy(
        dossier -> assertThat(EgovValidation.validate(dossier, Locale.ENGLISH)).isEmpty());
    assertThat(Golden.tree(portal.writeDossierRequest(read))).isEqualTo(Golden.tree(golden));
  }

  @Test
  void portalProgressUpdateAndAnswer_readAndWriteBack() {
    byte[] progress = Golden.bytes("portal/cap-nhat-tien-do-ho-so-mc.json");

    Decoded<PortalRequest<DossierStep>> steps = portal.decodeProgressRequest(progress);

    assertThat(steps.value().data()).isNotEmpty();
    assertThat(Golden.tree(portal.writeProgressRequest(steps))).isEqualTo(Golden.tree(progress));
    assertThat(portal.decodeAnswer(Golden.bytes("portal/answer-success.json")).value().status().outcome())
        .isEqualTo(Outcome.SUCCESS);
    assertThat(portal.decodeAnswer(Golden.bytes("portal/answer-already-exists.json")).value().status().outcome())
        .isEqualTo(Outcome.ALREADY_EXISTS);
  }

  @Test
  void populationLookup_readsTheSameValidCitizenFromEveryWireForm() {
    Citizen fromJson = citizen("population/lookup-answer-full.json", WireForm.JSON);
    Citizen fromSoap = citizen("population/lookup-answer-full.soap.xml", WireForm.SOAP);
    Citizen fromEnvelope = citizen("population/lookup-answer-full.envelope.json", WireForm.SOAP_IN_JSON);

    assertThat(fromSoap).isEqualTo(fromJson);
    assertThat(fromEnvelope).isEqualTo(fromJson);
    assertThat(EgovValidation.validate(fromJson, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void populationLookup_writesBackTheSameJsonAndReadableSoap() {
    byte[] golden = Golden.bytes("population/lookup-answer-full.json");
    Decoded<LookupAnswer> read = db.decodeLookupAnswer(golden, WireForm.JSON);

    assertThat(Golden.tree(db.writeLookupAnswer(read, WireForm.JSON))).isEqualTo(Golden.tree(golden));
    byte[] soap = db.writeLookupAnswer(read.value(), WireForm.SOAP);
    assertThat(db.decodeLookupAnswer(soap, WireForm.SOAP).value().citizens()).isEqualTo(read.value().citizens());
  }

  @Test
  void populationVerificationRequest_inSoap_readsAndWritesBack() {
    Decoded<VerificationRequest> read =
        db.decodeVerificationRequest(Golden.bytes("population/verification-request.soap.xml"), WireForm.SOAP);

    byte[] again = db.writeVerificationRequest(read, WireForm.SOAP);

    assertThat(db.decodeVerificationRequest(again, WireForm.SOAP).value()).isEqualTo(read.value());
  }

  private Citizen citizen(String file, WireForm form) {
    List<Citizen> citizens = db.decodeLookupAnswer(Golden.bytes(file), form).value().citizens();
    assertThat(citizens).as(file).hasSize(1);
    return citizens.get(0);
  }
}
