package dev.egov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeLevel;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every administrative code the repository shows its users exists in the built-in catalogue of its era, with the name
 * written beside it: in the README and the docs, the examples, the Javadoc and code of the published modules, and the
 * golden wire payloads. Unit tests of the modules are not scanned: they use unknown codes on purpose.
 *
 * <p>Where the era is written, the code is checked in that era: an {@code Address.builder(LEGACY_2004)} chain's
 * {@code .province}, {@code .district} and {@code .commune} (and that they belong together), {@code
 * AdministrativeUnitCode.commune(REFORM_2025, …)}, {@code ProvinceCode.legacy(…)}, {@code convert("01", "001",
 * "00004")} (legacy codes), a golden {@code DiaChi} with a district (legacy). Where it is not (prose such as {@code
 * Phường Phúc Xá `00001`}, a golden address without a district), the code must name that unit in one of the eras.
 */
@Timeout(120)
class AdministrativeCodesInExamplesTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
  private static final AdministrativeUnitCatalog UNITS = AdministrativeUnitCatalog.builtIn();

  private static final String ERA = "(?:AdministrativeEra\\.)?(LEGACY_2004|REFORM_2025)";
  private static final Pattern BUILDER = Pattern.compile("builder\\(" + ERA + "\\)");
  private static final Pattern CHAIN_PART = Pattern.compile(
      "\\.(province|district|commune)\\(\\s*\"([0-9]+)\"(?:\\s*,\\s*(?:\"([^\"]*)\"|null))?");
  private static final Pattern UNIT_CODE = Pattern.compile("\\b(commune|province)\\(\\s*" + ERA + ",\\s*\"([0-9]+)\"");
  private static final Pattern DISTRICT_CODE = Pattern.compile("AdministrativeUnitCode\\.district\\(\"([0-9]+)\"\\)");
  private static final Pattern PROVINCE_CODE = Pattern.compile("ProvinceCode\\.(legacy|reform2025)\\(\"([0-9]+)\"\\)");
  private static final Pattern CONVERT =
      Pattern.compile("\\.convert\\(\"([0-9]{2})\",\\s*\"([0-9]{3})\",\\s*\"([0-9]{5})\"\\)");
  private static final Pattern PROSE = Pattern.compile(
      "((?:Phường|Xã|Thị trấn|Đặc khu) [\\p{L}0-9][\\p{L}0-9 '’-]*?)[ ,]*`?([0-9]{5})(?![0-9])");
  private static final Pattern JSON_ADDRESS = Pattern.compile("\\{[^{}]*\"MaTinhThanh\"[^{}]*}");

  /** One administrative code as a file writes it. */
  private record Use(String where, Optional<AdministrativeEra> era, AdministrativeLevel level, String code,
      Optional<String> name) {}

  @Test
  void administrativeCodes_inDocsExamplesJavadocAndGoldens_existInTheirEraWithTheirName() throws IOException {
    List<Use> uses = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Path file : sources()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String where = ROOT.relativize(file).toString();
      if (where.endsWith(".json")) {
        goldens(where, text, uses, wrong);
      } else {
        code(where, text, uses, wrong);
      }
    }
    for (Use use : uses) {
      String problem = check(use);
      if (problem != null) {
        wrong.add(use.where() + ": " + use.level() + " " + use.code() + use.era().map(e -> "@" + e).orElse("")
            + use.name().map(n -> " (" + n + ")").orElse("") + ": " + problem);
      }
    }
    assertThat(uses).as("codes found").hasSizeGreaterThan(60);
    assertThat(uses).as("codes of both eras").anyMatch(u -> u.era().equals(Optional.of(AdministrativeEra.LEGACY_2004)))
        .anyMatch(u -> u.era().equals(Optional.of(AdministrativeEra.REFORM_2025)));
    assertThat(wrong).isEmpty();
  }

  @Test
  void check_wrongCodeOrName_reported() {
    assertThat(check(new Use("x", Optional.of(AdministrativeEra.REFORM_2025), AdministrativeLevel.COMMUNE, "26734",
        Optional.of("Phường Sài Gòn")))).isNotNull();
    assertThat(check(new Use("x", Optional.of(AdministrativeEra.LEGACY_2004), AdministrativeLevel.PROVINCE, "03",
        Optional.empty()))).isNotNull();
    assertThat(check(new Use("x", Optional.empty(), AdministrativeLevel.COMMUNE, "00004",
        Optional.of("Phường Phúc Xá")))).isNotNull();
    assertThat(check(new Use("x", Optional.empty(), AdministrativeLevel.COMMUNE, "00004",
        Optional.of("Phường Trúc Bạch")))).isNull();
  }

  /** Why a use is wrong, or {@code null}. */
  private static String check(Use use) {
    List<AdministrativeEra> eras = use.era().map(List::of).orElse(List.of(AdministrativeEra.values()));
    boolean exists = false;
    for (AdministrativeEra era : eras) {
      Optional<AdministrativeUnit> unit = UNITS.find(new AdministrativeUnitCode(era, use.level(), use.code()));
      if (unit.isPresent()) {
        exists = true;
        if (use.name().isEmpty() || unit.get().isNamed(use.name().get())) {
          return null;
        }
      }
    }
    return exists ? "the catalogue gives this code another name" : "no such code in the catalogue";
  }

  /** Builder chains, era-qualified codes, legacy conversions and prose pairs in Java and Markdown. */
  private static void code(String where, String text, List<Use> uses, List<String> mismatches) {
    Matcher b = BUILDER.matcher(text);
    while (b.find()) {
      AdministrativeEra era = AdministrativeEra.valueOf(b.group(1));
      int end = text.indexOf(".build()", b.end());
      int next = text.indexOf("builder(", b.end());
      int stop = end < 0 ? text.length() : next >= 0 && next < end ? next : end;
      Matcher part = CHAIN_PART.matcher(text).region(b.end(), stop);
      String province = null;
      String district = null;
      while (part.find()) {
        AdministrativeLevel level = AdministrativeLevel.valueOf(part.group(1).toUpperCase(java.util.Locale.ROOT));
        Optional<String> name = Optional.ofNullable(part.group(3)).filter(n -> !n.isBlank());
        uses.add(new Use(where + ":" + line(text, part.start()), Optional.of(era), level, part.group(2), name));
        if (level == AdministrativeLevel.PROVINCE) {
          province = part.group(2);
        } else if (level == AdministrativeLevel.DISTRICT) {
          district = part.group(2);
        } else {
          belongsTo(where + ":" + line(text, part.start()), era, part.group(2), province, district, mismatches);
        }
      }
    }
    Matcher u = UNIT_CODE.matcher(text);
    while (u.find()) {
      uses.add(new Use(where + ":" + line(text, u.start()), Optional.of(AdministrativeEra.valueOf(u.group(2))),
          AdministrativeLevel.valueOf(u.group(1).toUpperCase(java.util.Locale.ROOT)), u.group(3), Optional.empty()));
    }
    Matcher d = DISTRICT_CODE.matcher(text);
    while (d.find()) {
      uses.add(new Use(where + ":" + line(text, d.start()), Optional.of(AdministrativeEra.LEGACY_2004),
          AdministrativeLevel.DISTRICT, d.group(1), Optional.empty()));
    }
    Matcher p = PROVINCE_CODE.matcher(text);
    while (p.find()) {
      AdministrativeEra era = p.group(1).equals("legacy") ? AdministrativeEra.LEGACY_2004 : AdministrativeEra.REFORM_2025;
      uses.add(new Use(where + ":" + line(text, p.start()), Optional.of(era), AdministrativeLevel.PROVINCE,
          p.group(2), Optional.empty()));
    }
    Matcher c = CONVERT.matcher(text);
    while (c.find()) {
      String at = where + ":" + line(text, c.start());
      Optional<AdministrativeEra> legacy = Optional.of(AdministrativeEra.LEGACY_2004);
      uses.add(new Use(at, legacy, AdministrativeLevel.PROVINCE, c.group(1), Optional.empty()));
      uses.add(new Use(at, legacy, AdministrativeLevel.DISTRICT, c.group(2), Optional.empty()));
      uses.add(new Use(at, legacy, AdministrativeLevel.COMMUNE, c.group(3), Optional.empty()));
      belongsTo(at, AdministrativeEra.LEGACY_2004, c.group(3), c.group(1), c.group(2), mismatches);
    }
    Matcher prose = PROSE.matcher(text);
    while (prose.find()) {
      uses.add(new Use(where + ":" + line(text, prose.start()), Optional.empty(), AdministrativeLevel.COMMUNE,
          prose.group(2), Optional.of(prose.group(1).trim())));
    }
  }

  /** The population database's addresses: with a district they are legacy, without one of either era. */
  private static void goldens(String where, String text, List<Use> uses, List<String> mismatches) {
    Matcher a = JSON_ADDRESS.matcher(text);
    while (a.find()) {
      String object = a.group();
      String at = where + ":" + line(text, a.start());
      String district = field(object, "MaQuanHuyen");
      Optional<AdministrativeEra> era =
          district == null || district.isEmpty() ? Optional.empty() : Optional.of(AdministrativeEra.LEGACY_2004);
      String province = field(object, "MaTinhThanh");
      String commune = field(object, "MaPhuongXa");
      if (province != null && !province.isEmpty()) {
        uses.add(new Use(at, era, AdministrativeLevel.PROVINCE, province,
            Optional.ofNullable(field(object, "TenTinhThanh"))));
      }
      if (era.isPresent()) {
        uses.add(new Use(at, era, AdministrativeLevel.DISTRICT, district,
            Optional.ofNullable(field(object, "TenQuanHuyen"))));
      }
      if (commune != null && !commune.isEmpty()) {
        uses.add(new Use(at, era, AdministrativeLevel.COMMUNE, commune,
            Optional.ofNullable(field(object, "TenPhuongXa"))));
        era.ifPresent(e -> belongsTo(at, e, commune, province, district, mismatches));
      }
    }
  }

  /** Records a mismatch when a commune is not in the province or district written with it. */
  private static void belongsTo(String at, AdministrativeEra era, String commune, String province, String district,
      List<String> mismatches) {
    Optional<AdministrativeUnit> unit = UNITS.find(AdministrativeUnitCode.commune(era, commune));
    if (unit.isEmpty()) {
      return; // reported as an unknown code
    }
    boolean inProvince = province == null || unit.get().province().code().equals(province);
    AdministrativeUnitCode parent = unit.get().parent();
    boolean inDistrict = district == null || (parent != null && parent.code().equals(district));
    if (!inProvince || !inDistrict) {
      mismatches.add(at + ": commune " + commune + "@" + era + " is not in " + province + "/" + district);
    }
  }

  private static String field(String object, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(object);
    return m.find() ? m.group(1) : null;
  }

  private static int line(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * What the repository shows its users: Markdown at the top and in {@code docs/}, the examples module, the main
   * sources of the published modules, and the golden payloads.
   */
  private static List<Path> sources() throws IOException {
    Path self = ROOT.resolve("examples/src/test/java/dev/egov/examples/AdministrativeCodesInExamplesTest.java");
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.equals(self))
          .filter(p -> {
            String rel = ROOT.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith(".") || rel.contains("/target/") || rel.contains("/.")) {
              return false;
            }
            return (!rel.contains("/") && rel.endsWith(".md"))
                || (rel.startsWith("docs/") && rel.endsWith(".md"))
                || (rel.startsWith("examples/src/") && rel.endsWith(".java"))
                || (rel.contains("/src/main/java/") && rel.endsWith(".java"))
                || (rel.contains("/src/test/resources/golden/") && rel.endsWith(".json"));
          })
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
