package dev.egov.benchmarks.catalog;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;

/**
 * The heap the built-in catalogue retains, measured in a fresh JVM as the used heap after full collections, before
 * and after loading it, then after its first search (which builds the search index of one era). Run it several times,
 * each in its own JVM; the figures vary by some tens of kilobytes between runs:
 *
 * <pre>
 * for i in 1 2 3 4 5; do java -Xms256m -Xmx256m -cp benchmarks/target/benchmarks.jar \
 *   dev.egov.benchmarks.catalog.RetainedHeap; done
 * </pre>
 */
public final class RetainedHeap {

  private RetainedHeap() {}

  /**
   * Measures and prints one line: bytes retained after loading and after the first searches of both eras.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    // Load the classes that the measurement itself uses, so that they are not counted.
    AdministrativeUnitCode code = AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "26740");
    long before = used(memory);
    AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
    boolean found = units.find(code).isPresent();
    long loaded = used(memory);
    int matches = units.search("phuong sai gon", AdministrativeEra.REFORM_2025).size()
        + units.search("phuong ben nghe", AdministrativeEra.LEGACY_2004).size();
    long searched = used(memory);
    out.printf("retained after load: %,d B; after both eras' search index: %,d B (found %s, %d matches)%n",
        loaded - before, searched - before, found, matches);
  }

  private static long used(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
