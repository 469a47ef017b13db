package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class InvalidIdentifierExceptionTest {

  @Test
  void getMessage_badChecksum_namesKindMaskedValueAndReason() {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> TaxCode.parse("0100109107"));
    assertThat(e.getMessage())
        .isEqualTo("Invalid tax code '010*****07': fails its check digit (INVALID_CHECKSUM)");
    assertThat(e.maskedValue()).isEqualTo("010*****07");
    assertThat(e.reason()).isEqualTo(IdentifierCheck.INVALID_CHECKSUM);
    assertThat(e.kind()).isEqualTo(IdentifierKind.TAX_CODE);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getMessage_personalIdWrongLength_neverContainsInput() {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> PersonalIdNumber.parse("0010850012456"));
    assertThat(e.getMessage()).doesNotContain("0010850012456").doesNotContain("085001245").contains("001********56");
  }

  @Test
  void getMessage_shortInput_maskedWhole() {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> PersonalIdNumber.parse("12345"));
    assertThat(e.maskedValue()).isEqualTo("*****");
    assertThat(e.getMessage()).contains("'*****'").doesNotContain("12345");
  }

  @Test
  void getMessage_longInput_cutWithLengthStated() {
    String text = "9876543210".repeat(10_000);
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> TaxCode.parse(text));
    assertThat(e.getMessage()).hasSizeLessThan(160).doesNotContain("9876543210").contains("(100000 chars)");
    assertThat(e.maskedValue()).startsWith("987").hasSizeLessThan(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n\n\n0100109106", "0100109106\r\n", "\u001b[31m0100109106", "01\n00\n10\n91\n06",
      "\u2028\u2029ab0100109106", "0100109106\u0085", "\uD83D\uDE000100109106\uD83D\uDE00"})
  void getMessage_controlOrNonAsciiCharacters_neverReachMessageRaw(String text) {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> TaxCode.parse(text));
    IdentifierRobustnessTest.assertSafeMessage(e, text);
    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b");
  }

  @Test
  void serialize_invalidPersonalId_keepsReasonNeverValue() throws Exception {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> PersonalIdNumber.parse("00108500124x"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    String serialized = bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(serialized).doesNotContain("00108500124x").doesNotContain("085001");
    Object read;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }
    assertThat(read).isInstanceOfSatisfying(InvalidIdentifierException.class, copy -> {
      assertThat(copy.reason()).isEqualTo(IdentifierCheck.INVALID_CHARACTERS);
      assertThat(copy.kind()).isEqualTo(IdentifierKind.PERSONAL_ID);
      assertThat(copy.maskedValue()).isEqualTo(e.maskedValue());
    });
  }

  @Test
  void constructor_nullValue_maskedAsNull() {
    InvalidIdentifierException e =
        new InvalidIdentifierException(IdentifierKind.PHONE_NUMBER, IdentifierCheck.EMPTY, null);
    assertThat(e.maskedValue()).isEqualTo("null");
    assertThat(e.getMessage()).isEqualTo("Invalid phone number 'null': empty (EMPTY)");
  }

  @Test
  void constructor_reasonValid_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidIdentifierException(IdentifierKind.TAX_CODE, IdentifierCheck.VALID, "x"))
        .isNotInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void constructor_nullKindOrReason_throwsNullPointerException() {
    assertThatNullPointerException()
        .isThrownBy(() -> new InvalidIdentifierException(null, IdentifierCheck.EMPTY, "x"));
    assertThatNullPointerException()
        .isThrownBy(() -> new InvalidIdentifierException(IdentifierKind.TAX_CODE, null, "x"));
  }

  @ParameterizedTest
  @EnumSource(value = IdentifierCheck.class, names = "VALID", mode = EnumSource.Mode.EXCLUDE)
  void constructor_everyInvalidReason_inMessage(IdentifierCheck reason) {
    InvalidIdentifierException e =
        new InvalidIdentifierException(IdentifierKind.DOSSIER_CODE, reason, "000.00.06.H56-231027-0361");
    assertThat(e.getMessage())
        .startsWith("Invalid dossier code '000********************61': ")
        .endsWith(reason.description() + " (" + reason.name() + ")");
    assertThat(e.reason()).isEqualTo(reason);
  }
}
