package dev.egov.json.population;

import static dev.egov.json.population.Goldens.assertSamePayload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.Decoded;
import dev.egov.json.ReadmeSnippets;
import dev.egov.model.PartialDate;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The root README's population-database example, run as written: the lines between the markers below are the
 * README's code block, and {@link #readmeShowsExactlyThisCode} fails when the two drift apart.
 */
class ReadmePopulationExampleTest {


  @Test
  void vendorReadsValidatesUsesAndWritesBack() {
    byte[] body = Goldens.bytes("lookup-answer-full.json");
    LocalDate answeredOn = LocalDate.of(2026, 11, 16);
    String typedName = "NGUYỄN VĂN AN";
    String typedBirthDate = "1985-07-14";
    String requestId = "01JD5Q7M8W3K2X9B4N6P0R1T2W";
    String officer = "canbo.tiepnhan01";

    // README:begin
    PopulationDatabaseJson db = PopulationDatabaseJson.get();
    Decoded<LookupAnswer> read = db.decodeLookupAnswer(body, WireForm.JSON, answeredOn);  // TraCuuThongTinCongDan
    Citizen citizen = read.value().citizens().get(0);              // when read.value().status().success()
    List<Violation> violations = EgovValidation.validate(citizen, Locale.ENGLISH);      // []

    boolean asTyped = citizen.name().sameAs(PersonName.parse(typedName))                // "NGUYỄN VĂN AN": true
        && citizen.birthDate().equals(PartialDate.parse(typedBirthDate));
    Applicant applicant = Applicant.citizen(citizen.name().fullName(), citizen.personalId());  // fills the dossier

    RequestMetadata metadata = new RequestMetadata(requestId, "1.001234", "037", officer, "000.00.01.H26");
    CitizenIdentity identity = CitizenIdentity.of(citizen.personalId(), citizen.name(), citizen.birthDate());
    byte[] verify = db.writeVerificationRequest(new VerificationRequest(metadata, identity), WireForm.SOAP);
    byte[] again = db.writeLookupAnswer(read, WireForm.JSON);      // the answer as read, unknown fields kept
    // README:end

    assertThat(read.value().status().success()).isTrue();
    assertThat(citizen).isEqualTo(Goldens.fullCitizen());
    assertThat(violations).isEmpty();
    assertThat(asTyped).isTrue();
    assertThat(applicant.personalId()).contains(citizen.personalId());
    assertThat(applicant.name()).isEqualTo("Nguyễn Văn An");
    assertThat(EgovValidation.validate(applicant, Locale.ENGLISH)).isEmpty();

    VerificationRequest sent = db.decodeVerificationRequest(verify, WireForm.SOAP).value();
    assertThat(sent.metadata()).isEqualTo(metadata);
    assertThat(sent.identity()).isEqualTo(identity);
    assertThat(new String(verify, StandardCharsets.UTF_8)).contains("XacThucThongTinCongDan", "001085012345",
        "Nguyễn Văn An", "19850714");
    assertSamePayload(WireForm.JSON, again, body);
  }

  @Test
  void theSoapAnswer_readsIntoTheSameCitizen() {
    PopulationDatabaseJson db = PopulationDatabaseJson.get();
    LocalDate answeredOn = LocalDate.of(2026, 11, 16);

    Citizen fromSoap = db.decodeLookupAnswer(Goldens.bytes("lookup-answer-full.soap.xml"), WireForm.SOAP, answeredOn)
        .value().citizens().get(0);
    Citizen fromEnvelope = db.decodeLookupAnswer(Goldens.bytes("lookup-answer-full.envelope.json"),
        WireForm.SOAP_IN_JSON, answeredOn).value().citizens().get(0);

    assertThat(fromSoap).isEqualTo(Goldens.fullCitizen());
    assertThat(fromEnvelope).isEqualTo(Goldens.fullCitizen());
  }

  @Test
  void readmeShowsExactlyThisCode() throws IOException {
    ReadmeSnippets.assertReadmeShows("dev/egov/json/population/ReadmePopulationExampleTest.java", 8);
  }

}
