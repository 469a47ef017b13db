package dev.egov.json.insurance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The card check's result code ({@code maKetQua}): an open code list. The known codes have their meaning (Vietnam
 * Social Security's official letters add codes; docs/health-insurance.md); an unknown code is kept as written, not
 * refused.
 *
 * <pre>{@code
 * CardCheckCode.of("000").meaning();   // Optional[the card is valid]
 * CardCheckCode.of("999").isKnown();   // false
 * }</pre>
 *
 * @param code the code as written, such as {@code "000"}
 * @since 0.1.0
 */
public record CardCheckCode(String code) {

  private static final Map<String, String> MEANINGS = meanings();

  private static Map<String, String> meanings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("000", "the card is valid");
    m.put("001", "a card of the Ministry of National Defence's insurance");
    m.put("002", "a card of the Ministry of Public Security's insurance");
    m.put("003", "the old card has expired; a new card has been issued");
    m.put("004", "the old card is still valid; a new card has been issued");
    m.put("010", "the card has expired");
    m.put("050", "no card found");
    m.put("051", "wrong card number");
    m.put("052", "wrong province code (characters 4 and 5)");
    m.put("053", "wrong benefit code (character 3)");
    m.put("060", "wrong name");
    m.put("061", "wrong name (first character right)");
    m.put("070", "wrong date of birth");
    m.put("080", "wrong sex");
    m.put("090", "wrong initial clinic");
    m.put("100", "the card's data cannot be read");
    m.put("101", "server error");
    m.put("110", "the card has been revoked");
    for (int i = 120; i <= 124; i++) {
      m.put(Integer.toString(i), "the card has been reported reduced");
    }
    m.put("130", "a child without a card");
    m.put("205", "bad or missing parameters");
    m.put("401", "authentication error");
    return Map.copyOf(m);
  }

  /**
   * Checks the code.
   *
   * @param code the code as written
   * @throws IllegalArgumentException if the code is blank or has surrounding white space
   */
  public CardCheckCode {
    Objects.requireNonNull(code, "code");
    if (code.isEmpty() || !code.equals(code.strip())) {
      throw new IllegalArgumentException("A code is non-empty and has no surrounding white space");
    }
  }

  /**
   * Returns the code.
   *
   * @param code the code as written
   * @return the code, known or not
   * @throws IllegalArgumentException if the code is blank or has surrounding white space
   */
  public static CardCheckCode of(String code) {
    return new CardCheckCode(code);
  }

  /**
   * Returns the known codes, in order.
   *
   * @return every code egov knows a meaning for
   */
  public static List<CardCheckCode> known() {
    return MEANINGS.keySet().stream().sorted().map(CardCheckCode::new).toList();
  }

  /**
   * Returns whether egov knows this code's meaning.
   *
   * @return whether it is one of {@link #known()}
   */
  public boolean isKnown() {
    return MEANINGS.containsKey(code);
  }

  /**
   * Returns the code's meaning, in English.
   *
   * @return the meaning, or empty for an unknown code
   */
  public Optional<String> meaning() {
    return Optional.ofNullable(MEANINGS.get(code));
  }

  /**
   * Returns whether the card was found and may be used: {@code 000} to {@code 004}.
   *
   * @return whether the code says the card is usable
   */
  public boolean cardUsable() {
    return code.length() == 3 && code.startsWith("00") && code.charAt(2) >= '0' && code.charAt(2) <= '4';
  }

  /** Returns the code and its meaning. */
  @Override
  public String toString() {
    return code + meaning().map(m -> " (" + m + ')').orElse("");
  }
}
