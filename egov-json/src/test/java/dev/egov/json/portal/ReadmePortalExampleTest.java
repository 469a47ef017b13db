package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.vn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.Decoded;
import dev.egov.json.ReadmeSnippets;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The root README's portal example, run as written: the lines between the markers below are the README's code block,
 * and {@link #readmeShowsExactlyThisCode} fails when the two drift apart.
 */
class ReadmePortalExampleTest {


  @Test
  void vendorReadsValidatesMovesAndWritesBack() {
    byte[] body = PortalGoldens.bytes("dong-bo-ho-so-mc-direct.json");
    Instant finished = vn(2026, 11, 17, 8, 0);
    Instant returned = vn(2026, 11, 17, 8, 15);

    // README:begin
    PortalJson portal = PortalJson.get();
    Decoded<PortalRequest<Dossier>> read = portal.decodeDossierRequest(body);      // a DongBoHoSoMC call
    Dossier dossier = read.value().data().get(0);                                   // status 4 (processing)
    List<Violation> violations = EgovValidation.validate(dossier, Locale.ENGLISH);  // []

    dossier = dossier.finish(finished).dossier();
    dossier = dossier.returnResult(returned, List.of(new DossierResultDocument("Bản sao chứng thực", null,
        "KQ-000091", "https://files.h56.example/ket-qua/KQ-000091.pdf", "KQ.2.000488"))).dossier();

    PortalRequest<Dossier> update = read.value().withData(List.of(dossier)).withUpdating(true);
    byte[] out = portal.writeDossierRequest(new Decoded<>(update, read.unknownFields())); // vendor fields kept
    // README:end

    assertThat(violations).isEmpty();
    assertThat(EgovValidation.validate(dossier, Locale.ENGLISH)).isEmpty();
    Dossier back = portal.decodeDossierRequest(out).value().data().get(0);
    assertThat(back.status()).isSameAs(DossierStatus.RESULT_RETURNED);
    assertThat(back.returnedAt()).isEqualTo(returned);
    assertThat(back.hasElectronicResult()).isTrue();
    assertThat(back).isEqualTo(PortalJson.portalView(dossier));
  }

  @Test
  void readmeShowsExactlyThisCode() throws IOException {
    ReadmeSnippets.assertReadmeShows("dev/egov/json/portal/ReadmePortalExampleTest.java", 8);
  }

}
