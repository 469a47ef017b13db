package dev.egov.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DataFileTest {

  @Test
  void load_wellFormed_rowsInOrderSkippingCommentsAndBlankLines() {
    DataFile file = DataFile.load(DataFileTest.class, "good.csv", "code", "name");
    assertThat(file.name()).isEqualTo("dev/egov/model/internal/good.csv");
    assertThat(file.rows()).containsExactly(List.of("01", "Hà Nội"), List.of("02", "Hà Giang"), List.of("03", ""));
    assertThat(file.field(file.rows().get(0), "name")).isEqualTo("Hà Nội"); // read as UTF-8, not the default
    assertThat(file.field(file.rows().get(2), "name")).isEmpty();
    assertThat(file.rows()).isUnmodifiable();
  }

  @Test
  void field_unknownColumn_throwsIllegalArgument() {
    DataFile file = DataFile.load(DataFileTest.class, "good.csv", "code", "name");
    assertThatIllegalArgumentException().isThrownBy(() -> file.field(file.rows().get(0), "type"))
        .withMessageContaining("type");
  }

  @Test
  void load_missingFile_failsNamingIt() {
    assertThatIllegalStateException().isThrownBy(() -> DataFile.load(DataFileTest.class, "absent.csv", "code"))
        .withMessageContaining("dev/egov/model/internal/absent.csv");
  }

  @Test
  void load_unexpectedHeader_failsNamingFileAndLine() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DataFile.load(DataFileTest.class, "bad-header.csv", "code", "name"))
        .withMessageContaining("bad-header.csv:1");
  }

  @Test
  void load_headerInOtherOrder_fails() {
    assertThatIllegalStateException().isThrownBy(() -> DataFile.load(DataFileTest.class, "good.csv", "name", "code"));
  }

  @Test
  void load_rowWithExtraField_failsNamingLine() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DataFile.load(DataFileTest.class, "bad-fields.csv", "code", "name"))
        .withMessageContaining("bad-fields.csv:3");
  }

  @Test
  void load_fieldWithSurroundingWhiteSpace_fails() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DataFile.load(DataFileTest.class, "whitespace.csv", "code", "name"))
        .withMessageContaining("whitespace.csv:2");
  }

  @Test
  void load_noHeader_fails() {
    assertThatIllegalStateException().isThrownBy(() -> DataFile.load(DataFileTest.class, "no-header.csv", "code"))
        .withMessageContaining("no header");
  }
}
