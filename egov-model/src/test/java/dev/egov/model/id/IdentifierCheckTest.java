package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(10)
class IdentifierCheckTest {

  @Test
  void values_declared_stableCodesInCheckOrder() {
    // The names are stable codes keyed by egov-validation's messages; the order is the order checks run in.
    assertThat(Arrays.stream(IdentifierCheck.values()).map(Enum::name)).containsExactly(
        "VALID", "EMPTY", "INVALID_CHARACTERS", "WRONG_LENGTH", "INVALID_FORMAT", "NON_STANDARD_FORM",
        "INVALID_CHECKSUM", "INVALID_DATE", "INVALID_COMPONENT");
  }

  @ParameterizedTest
  @EnumSource(IdentifierCheck.class)
  void isValid_eachConstant_trueOnlyForValid(IdentifierCheck check) {
    assertThat(check.isValid()).isEqualTo(check == IdentifierCheck.VALID);
  }

  @ParameterizedTest
  @EnumSource(IdentifierCheck.class)
  void isShapeError_eachConstant_trueOnlyForEmptyCharactersLengthAndFormat(IdentifierCheck check) {
    Set<IdentifierCheck> shape = EnumSet.of(IdentifierCheck.EMPTY, IdentifierCheck.INVALID_CHARACTERS,
        IdentifierCheck.WRONG_LENGTH, IdentifierCheck.INVALID_FORMAT);
    assertThat(check.isShapeError()).isEqualTo(shape.contains(check));
  }

  @Test
  void description_eachConstant_nonBlankAndDistinct() {
    assertThat(Arrays.stream(IdentifierCheck.values()).map(IdentifierCheck::description))
        .allSatisfy(d -> assertThat(d).isNotBlank())
        .doesNotHaveDuplicates();
    assertThat(IdentifierCheck.INVALID_CHECKSUM.description()).isEqualTo("fails its check digit");
  }
}
