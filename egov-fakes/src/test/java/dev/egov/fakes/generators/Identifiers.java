package dev.egov.fakes.generators;

import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.Identifier;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.TaxCode;
import java.util.ArrayList;
import java.util.List;

/** Test helpers over the model's identifier types. */
final class Identifiers {

  private Identifiers() {}

  /** Returns {@code isLenient()} of the identifier, {@code false} for types that have a single form. */
  static boolean isLenient(Identifier id) {
    if (id instanceof TaxCode) {
      return ((TaxCode) id).isLenient();
    }
    if (id instanceof BranchTaxCode) {
      return ((BranchTaxCode) id).isLenient();
    }
    if (id instanceof HealthInsuranceCardCode) {
      return ((HealthInsuranceCardCode) id).isLenient();
    }
    if (id instanceof AgencyCode) {
      return ((AgencyCode) id).isLenient();
    }
    if (id instanceof ProcedureCode) {
      return ((ProcedureCode) id).isLenient();
    }
    if (id instanceof DossierCode) {
      return ((DossierCode) id).isLenient();
    }
    if (id instanceof PhoneNumber) {
      return ((PhoneNumber) id).isLenient();
    }
    return false;
  }

  /**
   * Splits {@code items} into consecutive batches of {@code size}. Property tests check a batch per invocation: each
   * JUnit invocation costs about a millisecond of reporting, a check of one value microseconds.
   */
  static <T> List<List<T>> batches(List<T> items, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      batches.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return batches;
  }

  /** Returns {@code text} with every character outside printable ASCII written as {@code \\uXXXX}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        out.append(c);
      } else {
        String hex = Integer.toHexString(c);
        out.append("\\u").append("0000", hex.length(), 4).append(hex);
      }
    }
    return out.toString();
  }
}
