package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.address.Address;
import dev.egov.model.address.CommuneCatalog;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeLevel;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.CatalogDiff;
import dev.egov.model.catalog.CatalogVersion;
import dev.egov.model.catalog.LookupStatus;
import dev.egov.model.catalog.MatchReason;
import dev.egov.model.catalog.ProvinceCode;
import dev.egov.model.catalog.StatisticsOfficeCatalog;
import dev.egov.model.catalog.UnitLookup;
import dev.egov.model.catalog.UnitMatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's "Administrative units" snippets, line for line: each test runs the lines between {@code README:begin}
 * and {@code README:end} and checks what their comments say; {@link #readme_showsEveryMarkedBlock} checks that the
 * README shows exactly those lines.
 */
@Timeout(60)
class ReadmeAdministrativeUnitsTest {

  /** This file, from the repository root, as the README's snippet markers name it. */
  private static final String THIS_SOURCE =
      "egov-validation/src/test/java/dev/egov/validation/ReadmeAdministrativeUnitsTest.java";

  /** The names of the README blocks this class runs, in the order of its {@code README:begin} blocks. */
  private static final List<String> SNIPPETS =
      List.of("address-validation", "unit-search", "unit-communes", "catalogue-diff");

  @Test
  void validate_postReformAddress_againstTheOfficialList() {
    // README:begin
    Address home = Address.builder(AdministrativeEra.REFORM_2025)
        .province("79", "Thành phố Hồ Chí Minh")
        .commune("26740", "Phường Sài Gòn")
        .detail("12 Lê Lợi")
        .build();
    List<Violation> none = EgovValidation.validate(home, Locale.ENGLISH);     // []: the built-in catalogue by default
    Address wrong = home.toBuilder().commune("26740", "Phường Bến Nghé").build();   // 26740's legacy name
    List<Violation> found = EgovValidation.validate(wrong, Locale.ENGLISH);
    // [Violation[code=ADDRESS.NAME_MISMATCH, path=communeName, message=the name does not agree with the code …]]
    // README:end

    assertThat(none).isEmpty();
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ADDRESS.NAME_MISMATCH", "communeName"));
    assertThat(found.get(0).message()).startsWith("the name does not agree with the code");
  }

  @Test
  void search_wardTypedWithoutDiacritics_rankedCandidatesWithReasons() {
    // README:begin
    AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
    List<UnitMatch> matches = units.search("p. sai gon", AdministrativeEra.REFORM_2025);
    AdministrativeUnit ward = matches.get(0).unit();          // Phường Sài Gòn 26740@REFORM_2025
    Set<MatchReason> why = matches.get(0).reasons();          // [SAME_NAME_WITHOUT_DIACRITICS, SAME_TYPE, TYPE_ABBREVIATED]
    List<UnitMatch> both = units.search("xa van lang", AdministrativeUnitCode.province(AdministrativeEra.REFORM_2025,
        "19"));                                               // Xã Văn Lang and Xã Văn Lăng: never one silent guess
    // README:end

    assertThat(ward).hasToString("Phường Sài Gòn 26740@REFORM_2025");
    assertThat(why).containsExactly(MatchReason.SAME_NAME_WITHOUT_DIACRITICS, MatchReason.SAME_TYPE,
        MatchReason.TYPE_ABBREVIATED);
    assertThat(both).extracting(m -> m.unit().fullName()).containsExactly("Xã Văn Lang", "Xã Văn Lăng");
  }

  @Test
  void communes_ofAProvince_inBothEras() {
    // README:begin
    AdministrativeUnitCatalog units = AdministrativeUnitCatalog.builtIn();
    List<AdministrativeUnit> hanoi = units.communes(ProvinceCode.reform2025("01"));   // 126, in code order
    List<AdministrativeUnit> before = units.communes(ProvinceCode.legacy("01"));      // 526, of its 30 districts
    UnitLookup hue = units.lookUp(AdministrativeUnitCode.province(AdministrativeEra.LEGACY_2004, "46"),
        LocalDate.of(2024, 12, 31));  // FOUND: Tỉnh Thừa Thiên Huế; Thành phố Huế from 2025-01-01 (NQ 175/2024/QH15)
    // README:end

    assertThat(hanoi).hasSize(126);
    assertThat(hanoi.get(0).fullName()).isEqualTo("Phường Ba Đình");
    assertThat(before).hasSize(526);
    assertThat(units.districts(ProvinceCode.legacy("01"))).hasSize(30);
    assertThat(hue.status()).isEqualTo(LookupStatus.FOUND);
    assertThat(hue.unit().orElseThrow().fullName()).isEqualTo("Tỉnh Thừa Thiên Huế");
  }

  @Test
  void newerList_fromTheStatisticsOfficesRows_diffAndValidate() {
    // README:begin
    AdministrativeUnitCatalog builtIn = AdministrativeUnitCatalog.builtIn();
    List<StatisticsOfficeCatalog.CommuneRow> rows = new ArrayList<>();   // DanhMucPhuongXa's rows, as a client reads them
    for (AdministrativeUnit c : builtIn.all(AdministrativeEra.REFORM_2025, AdministrativeLevel.COMMUNE)) {
      AdministrativeUnit p = builtIn.find(AdministrativeUnitCode.of(c.province())).orElseThrow();
      rows.add(new StatisticsOfficeCatalog.CommuneRow(p.code().code(), p.fullName(), "", "", c.code().code(),
          c.fullName().replace("Hòa", "Hoà"), c.type().prefix()));   // a later list re-spells names
    }
    CatalogVersion version = new CatalogVersion("Danh mục đơn vị hành chính (Cục Thống kê)", "DanhMucPhuongXa",
        LocalDate.of(2026, 5, 1));
    AdministrativeUnitCatalog newer = StatisticsOfficeCatalog.fromRows(version, rows);
    CatalogDiff diff = CatalogDiff.between(builtIn, newer);
    List<String> changes = diff.changes().stream().map(Object::toString).collect(Collectors.toList());
    // 140 × RESPELLED: [RESPELLED 00175@REFORM_2025: Phường Yên Hòa → Phường Yên Hoà, …]; renamed, added, removed: []
    EgovValidationOptions current = EgovValidationOptions.defaults()
        .withCommuneCatalog(CommuneCatalog.of(builtIn.with(newer)));     // validate against the newer list
    // README:end

    assertThat(diff.respelled()).hasSize(140).hasSameSizeAs(changes);
    assertThat(changes).allMatch(c -> c.startsWith("RESPELLED "));
    assertThat(changes).contains("RESPELLED 00175@REFORM_2025: Phường Yên Hòa → Phường Yên Hoà");
    assertThat(changes.get(0)).isEqualTo("RESPELLED 00175@REFORM_2025: Phường Yên Hòa → Phường Yên Hoà");
    assertThat(diff.renamed()).isEmpty();
    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    Address yenHoa = Address.builder(AdministrativeEra.REFORM_2025).province("01", null)
        .commune("00175", "Phường Yên Hoà").build();
    assertThat(Violation.listOf(EgovValidation.validator(Locale.ENGLISH, current).validate(yenHoa))).isEmpty();
    assertThat(newer.version(AdministrativeEra.REFORM_2025)).contains(version);
  }

  /** The README shows each marked block of this class as a {@code java} code block, line for line. */
  @Test
  void readme_showsEveryMarkedBlock() throws IOException {
    Path basedir = Path.of(System.getProperty("basedir", "."));
    List<String> source = Files.readAllLines(
        basedir.resolve("..").resolve(THIS_SOURCE),
        StandardCharsets.UTF_8);
    String readme = Files.readString(basedir.resolve("../README.md"), StandardCharsets.UTF_8);
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : source) {
      if (line.strip().equals("// README:end") && block != null) {
        blocks.add(block);
        block = null;
      }
      if (block != null) {
        block.add(line.length() >= 4 ? line.substring(4) : line.strip());
      }
      if (line.strip().equals("// README:begin")) {
        block = new ArrayList<>();
      }
    }
    assertThat(blocks).hasSize(SNIPPETS.size());
    for (int i = 0; i < blocks.size(); i++) {
      assertThat(readme).contains("<!-- snippet: " + SNIPPETS.get(i) + ", run by " + THIS_SOURCE + " -->\n```java\n"
          + String.join("\n", blocks.get(i)) + "\n```");
    }
  }
}
