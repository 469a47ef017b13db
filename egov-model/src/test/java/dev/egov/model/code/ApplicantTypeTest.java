package dev.egov.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ApplicantTypeTest {

  @Test
  void isOrganisation_citizen_isFalse() {
    assertThat(ApplicantType.CITIZEN.isOrganisation()).isFalse();
  }

  @Test
  void isOrganisation_types2To4_isTrue() {
    assertThat(ApplicantType.ENTERPRISE.isOrganisation()).isTrue();
    assertThat(ApplicantType.STATE_AGENCY.isOrganisation()).isTrue();
    assertThat(ApplicantType.OTHER_ORGANISATION.isOrganisation()).isTrue();
  }

  @Test
  void isOrganisation_unknownType_isFalse() {
    assertThat(ApplicantType.of("5").isOrganisation()).isFalse();
  }
}
