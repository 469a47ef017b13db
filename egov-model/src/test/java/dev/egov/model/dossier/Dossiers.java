package dev.egov.model.dossier;

import static dev.egov.model.calendar.WorkingCalendar.VIETNAM;

import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.ProcedureCode;
import java.time.Instant;
import java.time.LocalDateTime;

/** Dossiers and instants for the dossier tests, written as Vietnamese local time. */
final class Dossiers {

  static final DossierCode CODE = DossierCode.parse("000.00.06.H56-261120-0001");
  static final String APPLICANT_NAME = "Nguyễn Thị Hoà";
  static final String APPLICANT_ID = "079303001234";

  /** Friday 20 November 2026, 08:00: submitted online. */
  static final Instant SUBMITTED = vn("2026-11-20T08:00");

  /** Friday 20 November 2026, 09:00: received at the one-stop desk. */
  static final Instant RECEIVED = vn("2026-11-20T09:00");

  private Dossiers() {}

  /** Parses {@code yyyy-MM-ddTHH:mm} as local time in Viet Nam. */
  static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  static Applicant applicant() {
    return Applicant.citizen(APPLICANT_NAME, PersonalIdNumber.parse(APPLICANT_ID));
  }

  /** A builder for an online dossier submitted at {@link #SUBMITTED}, status 1, no history. */
  static Dossier.Builder builder() {
    return Dossier.builder()
        .code(CODE)
        .procedure(ProcedureRef.of(ProcedureCode.parse("1.001193")))
        .applicant(applicant())
        .channel(Channel.ONLINE)
        .submittedAt(SUBMITTED);
  }

  static Dossier submitted() {
    return builder().build();
  }

  /** A dossier read from elsewhere at {@code status}, received at {@link #RECEIVED} or not, without history. */
  static Dossier at(DossierStatus status, boolean received) {
    return builder().status(status).receivedAt(received ? RECEIVED : null).build();
  }
}
