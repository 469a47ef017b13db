package dev.egov.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.id.PersonalIdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SexTest {

  @Test
  void values_declared_stableNames() {
    // The names are part of the API (JSON, configuration); wire codes 0/1/2 are mapped elsewhere.
    assertThat(Sex.values()).extracting(Enum::name).containsExactly("MALE", "FEMALE", "UNKNOWN");
  }

  @Test
  void personalIdSex_everyCenturyDigit_neverUnknown() {
    // UNKNOWN is never inferred: every century digit decodes to MALE or FEMALE.
    for (char g = '0'; g <= '9'; g++) {
      assertThat(PersonalIdNumber.parse("001" + g + "85001245").sex()).isNotEqualTo(Sex.UNKNOWN);
    }
  }
}
