package dev.egov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The commune codes that the README, Javadoc, examples, tests and golden payloads write next to the communes they use
 * most are the official ones: Phường Sài Gòn is {@code 26740} in the 2025 catalogue of Thành phố Hồ Chí Minh, and so
 * was Phường Bến Nghé (Quận 1) in the catalogue before the reform; {@code 26734} was Phường Tân Định.
 *
 * <p>A stop-gap until egov builds the commune catalogue in: then every administrative code in the examples is checked
 * against it. Until then this test pairs each occurrence of the two names with the nearest five-digit code written
 * before it (a builder's {@code .commune("26740", "Phường Sài Gòn")}, a golden's {@code MaPhuongXa} before its
 * {@code TenPhuongXa}), or with a code written right after it (prose: "Phường Sài Gòn 26740").
 */
@Timeout(60)
class AdministrativeCodesInExamplesTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

  /** The official codes, from the statistics office's catalogues of 1 March 2025 (legacy) and 1 July 2025. */
  private static final Map<String, String> OFFICIAL = Map.of(
      "Phường Sài Gòn", "26740",
      "Phường Bến Nghé", "26740");

  /** How far before a name its code may be written: a JSON golden puts the province's name between the two. */
  private static final int WINDOW = 200;

  private static final Pattern FIVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{5}(?![0-9])");

  @Test
  void communeCodes_phuongSaiGonAndPhuongBenNghe_areTheOfficialCodesEverywhere() throws IOException {
    List<String> wrong = new ArrayList<>();
    int paired = 0;
    for (Path file : sources()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> commune : OFFICIAL.entrySet()) {
        for (int at = text.indexOf(commune.getKey()); at >= 0; at = text.indexOf(commune.getKey(), at + 1)) {
          String code = codeOf(text, at, at + commune.getKey().length());
          if (code == null) {
            continue;
          }
          paired++;
          if (!code.equals(commune.getValue())) {
            wrong.add(ROOT.relativize(file) + ": " + commune.getKey() + " written with " + code);
          }
        }
      }
    }
    assertThat(paired).as("occurrences paired with a code").isGreaterThanOrEqualTo(10);
    assertThat(wrong).isEmpty();
  }

  /** The code written right after the name (prose: "Phường Sài Gòn 26740"), else the last one before it. */
  private static String codeOf(String text, int at, int end) {
    Matcher after = FIVE_DIGITS.matcher(text).region(end, Math.min(text.length(), end + 8));
    if (after.find() && after.start() <= end + 2) {
      return after.group();
    }
    Matcher digits = FIVE_DIGITS.matcher(text).region(Math.max(0, at - WINDOW), at);
    String last = null;
    while (digits.find()) {
      last = digits.group();
    }
    return last;
  }

  /** The repository's sources and documents, without build output and without this file. */
  private static List<Path> sources() throws IOException {
    Path self = ROOT.resolve("examples/src/test/java/dev/egov/examples/AdministrativeCodesInExamplesTest.java");
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !ROOT.relativize(p).toString().startsWith(".")
              && !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .filter(p -> {
            String name = p.getFileName().toString();
            return name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".json") || name.endsWith(".xml");
          })
          .filter(p -> !p.equals(self))
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
