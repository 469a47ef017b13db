package dev.egov.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the identifier tests. */
final class IdentifierAssertions {

  private IdentifierAssertions() {}

  /**
   * Asserts that {@code parse} throws exactly {@link InvalidIdentifierException} with this kind and reason, and that
   * the exception does not carry the rejected text in clear.
   */
  static void assertParseFails(ThrowingCallable parse, IdentifierKind kind, IdentifierCheck reason) {
    assertThatThrownBy(parse)
        .isExactlyInstanceOf(InvalidIdentifierException.class)
        .satisfies(t -> {
          InvalidIdentifierException e = (InvalidIdentifierException) t;
          assertThat(e.reason()).as("reason").isEqualTo(reason);
          assertThat(e.kind()).as("kind").isEqualTo(kind);
          assertThat(e.getMessage()).contains(reason.name()).contains(kind.englishName());
        });
  }
}
