package dev.egov.examples.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.Dossier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class OnlineDossierWalkthroughExampleTest {

  private static LocalDateTime local(java.time.Instant instant) {
    return instant.atZone(WorkingCalendar.VIETNAM).toLocalDateTime();
  }

  @Test
  void walkthrough_movesThroughSupplement_toReturnedResult_validAtEveryStep() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Dossier dossier = OnlineDossierWalkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(dossier.code().format()).isEqualTo("000.00.22.H29-261115-0001");
    assertThat(dossier.statusHistory()).extracting(c -> c.status().code())
        .containsExactly("2", "4", "5", "4", "9", "10");
    // 3 working days from Mon 16 Nov 09:00: Thu 19 Nov 09:00.
    assertThat(local(dossier.supplements().get(0).dueBefore())).isEqualTo(LocalDateTime.parse("2026-11-19T09:00"));
    // Paused Tue 17 15:00 to Mon 23 10:00 = 29 working hours; Tue 24 Nov is Vietnamese Culture Day (off),
    // so the due date moves to Wed 25 Nov 16:00.
    assertThat(local(dossier.supplements().get(0).dueAfter())).isEqualTo(LocalDateTime.parse("2026-11-25T16:00"));
    assertThat(dossier.hasElectronicResult()).isTrue();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("citizen: valid")
        .contains("5 (supplement requested) -> 4 (processing) at 2026-11-23T10:00, due 2026-11-25T16:00")
        .contains("timeliness: ON_TIME")
        .doesNotContain("invalid");
  }

  @Test
  void commandLine_noArgument_runs_help_usage_anyArgument_usageError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(OnlineDossierWalkthrough.run(List.of(), o, e)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isNotEmpty();
    out.reset();
    assertThat(OnlineDossierWalkthrough.run(List.of("--help"), o, e)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Usage: java -cp egov-examples.jar dev.egov.examples.dossier.OnlineDossierWalkthrough\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    out.reset();

    assertThat(OnlineDossierWalkthrough.run(List.of("--verbose"), o, e)).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("OnlineDossierWalkthrough: takes no arguments, got --verbose; --help shows the usage\n");
  }
}
