package dev.egov.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.catalog.CatalogLoadException.Reason;
import dev.egov.model.catalog.StatisticsOfficeCatalog.CommuneRow;
import dev.egov.model.catalog.StatisticsOfficeCatalog.ProvinceRow;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Newer lists from the statistics office's rows and spreadsheet export, and what changed against the built-in one. */
@Timeout(30)
class StatisticsOfficeCatalogTest {

  private static final CatalogVersion NEWER = new CatalogVersion("Danh mục đơn vị hành chính (Cục Thống kê)",
      "DanhMucPhuongXa", LocalDate.of(2026, 5, 1));
  private static final CatalogVersion LEGACY = new CatalogVersion("Danh mục đơn vị hành chính (Cục Thống kê)",
      "DanhMucPhuongXa", LocalDate.of(2025, 6, 1));

  private static CommuneRow reform(String province, String provinceName, String code, String name, String type) {
    return new CommuneRow(province, provinceName, "", "", code, name, type);
  }

  /** Hand-written rows of a later list: one re-spelling, one rename, one retyping, one new and (by omission) gone. */
  private static List<CommuneRow> laterRows() {
    return List.of(
        reform("01", "Thành phố Hà Nội", "00004", "Phường Ba Đình", "Phường"),
        reform("01", "Thành phố Hà Nội", "00008", "Phường Ngọc Hà Mới", "Phường"),
        reform("01", "Thành phố Hà Nội", "99001", "Xã Thử Nghiệm", "Xã"),
        reform("19", "Tỉnh Thái Nguyên", "05665", "Phường Văn Lăng", "Phường"),
        reform("79", "Thành phố Hồ Chí Minh", "26740", "Phường Sài Gòn", "Phường"),
        reform("25", "Tỉnh Phú Thọ", "08134", "Xã Văn Lang", "Xã"));
  }

  @Test
  void fromRows_reformRows_catalogueOfThatEraWithItsVersion() {
    AdministrativeUnitCatalog newer = StatisticsOfficeCatalog.fromRows(NEWER, laterRows());

    assertThat(newer.eras()).containsExactly(AdministrativeEra.REFORM_2025);
    assertThat(newer.version(AdministrativeEra.REFORM_2025)).contains(NEWER);
    assertThat(newer.provinces(AdministrativeEra.REFORM_2025)).extracting(AdministrativeUnit::fullName)
        .containsExactly("Thành phố Hà Nội", "Tỉnh Thái Nguyên", "Tỉnh Phú Thọ", "Thành phố Hồ Chí Minh");
    AdministrativeUnit saiGon = newer.find(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "26740"))
        .orElseThrow();
    assertThat(saiGon.name()).isEqualTo("Sài Gòn");
    assertThat(saiGon.type()).isEqualTo(AdministrativeUnitType.WARD);
    assertThat(saiGon.province()).isEqualTo(ProvinceCode.reform2025("79"));
    assertThat(saiGon.version()).isEqualTo(NEWER);
    assertThat(newer.communes(ProvinceCode.reform2025("01"))).hasSize(3);
  }

  @Test
  void diff_builtInAgainstLaterRows_addedRemovedRenamedRetypedAndRespelled() {
    List<CommuneRow> rows = new ArrayList<>(laterRows());
    // Only the tone-mark placement changes: the 2025 list writes "Phường Yên Hòa", this one "Phường Yên Hoà".
    rows.add(reform("01", "Thành phố Hà Nội", "00175", "Phường Yên Hoà", "Phường"));
    AdministrativeUnitCatalog newer = StatisticsOfficeCatalog.fromRows(NEWER,
        withProvinceNamesOfTheBuiltIn(rows));

    CatalogDiff diff = CatalogDiff.between(AdministrativeUnitCatalog.builtIn(), newer);

    assertThat(diff.eras()).containsExactly(AdministrativeEra.REFORM_2025);
    assertThat(diff.added()).extracting(UnitChange::toString)
        .containsExactly("ADDED 99001@REFORM_2025: - → Xã Thử Nghiệm");
    assertThat(diff.renamed()).extracting(UnitChange::toString)
        .containsExactly("RENAMED 00008@REFORM_2025: Phường Ngọc Hà → Phường Ngọc Hà Mới");
    assertThat(diff.retyped()).extracting(UnitChange::toString)
        .containsExactly("RETYPED 05665@REFORM_2025: Xã Văn Lăng → Phường Văn Lăng");
    assertThat(diff.respelled()).extracting(UnitChange::toString)
        .containsExactly("RESPELLED 00175@REFORM_2025: Phường Yên Hòa → Phường Yên Hoà");
    assertThat(diff.moved()).isEmpty();
    // Every unit of the built-in 2025 list that the rows leave out is removed: all but the provinces and the six
    // communes the rows keep.
    assertThat(diff.removed()).hasSize(34 - newer.provinces(AdministrativeEra.REFORM_2025).size() + 3321 - 6);
    assertThat(diff.removed()).extracting(UnitChange::code)
        .contains(AdministrativeUnitCode.province(AdministrativeEra.REFORM_2025, "04"))
        .doesNotContain(AdministrativeUnitCode.commune(AdministrativeEra.REFORM_2025, "26740"));
    assertThat(diff.toString()).startsWith("CatalogDiff[REFORM_2025: 2025-07-01 → 2026-05-01; 1 added, ");
  }

  /** The same province names as the built-in list, so that provinces do not show up as renamed. */
  private static List<CommuneRow> withProvinceNamesOfTheBuiltIn(List<CommuneRow> rows) {
    List<CommuneRow> out = new ArrayList<>();
    for (CommuneRow row : rows) {
      String name = AdministrativeUnitCatalog.builtIn()
          .find(AdministrativeUnitCode.province(AdministrativeEra.REFORM_2025, row.provinceCode())).orElseThrow()
          .fullName();
      out.add(new CommuneRow(row.provinceCode(), name, row.districtCode(), row.districtName(), row.communeCode(),
          row.communeName(), row.type()));
    }
    return out;
  }

  @Test
  void diff_sameCatalogue_empty() {
    CatalogDiff diff = CatalogDiff.between(AdministrativeUnitCatalog.builtIn(), AdministrativeUnitCatalog.builtIn());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.eras()).containsExactly(AdministrativeEra.LEGACY_2004, AdministrativeEra.REFORM_2025);
  }

  @Test
  void diff_communeMovedToAnotherDistrict_moved() {
    List<CommuneRow> before = List.of(new CommuneRow("01", "Thành phố Hà Nội", "001", "Quận Ba Đình", "00001",
        "Phường Phúc Xá", "Phường"));
    List<CommuneRow> after = List.of(new CommuneRow("01", "Thành phố Hà Nội", "002", "Quận Hoàn Kiếm", "00001",
        "Phường Phúc Xá", "Phường"));
    CatalogDiff diff = CatalogDiff.between(StatisticsOfficeCatalog.fromRows(LEGACY, before),
        StatisticsOfficeCatalog.fromRows(LEGACY, after));
    assertThat(diff.moved()).extracting(UnitChange::toString)
        .containsExactly("MOVED 00001@LEGACY_2004: Phường Phúc Xá → Phường Phúc Xá (001@LEGACY_2004 → 002@LEGACY_2004)");
    assertThat(diff.added()).extracting(c -> c.code().code()).containsExactly("002");
    assertThat(diff.removed()).extracting(c -> c.code().code()).containsExactly("001");
  }

  @Test
  void fromRows_legacyRows_districtsFromTheirNames() {
    AdministrativeUnitCatalog legacy = StatisticsOfficeCatalog.fromRows(LEGACY, List.of(
        new CommuneRow("1", "Thành phố Hà Nội", "1", "Quận Ba Đình", "1", "Phường Phúc Xá", "Phường"),
        new CommuneRow("01", "Thành phố Hà Nội", "018", "Huyện Gia Lâm", "00526", "Thị trấn Yên Viên", "Thị trấn"),
        new CommuneRow("01", "Thành phố Hà Nội", "018", "Huyện Gia Lâm", "00532", "Xã Yên Viên", "Xã"),
        new CommuneRow("46", "Thành phố Huế", "476", "Thị xã Phong Điền", "19750", "PHƯỜNG PHONG THU", "phường")));

    assertThat(legacy.find(AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, "00001")).orElseThrow()
        .parent()).isEqualTo(AdministrativeUnitCode.district("001"));
    assertThat(legacy.districts(ProvinceCode.legacy("01"))).extracting(AdministrativeUnit::type)
        .containsExactly(AdministrativeUnitType.URBAN_DISTRICT, AdministrativeUnitType.RURAL_DISTRICT);
    assertThat(legacy.find(AdministrativeUnitCode.district("476")).orElseThrow().type())
        .isEqualTo(AdministrativeUnitType.TOWN);
    assertThat(legacy.find(AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, "19750")).orElseThrow()
        .name()).isEqualTo("PHONG THU");
    assertThat(legacy.provinces(AdministrativeEra.LEGACY_2004)).extracting(AdministrativeUnit::type)
        .containsExactly(AdministrativeUnitType.CENTRAL_CITY, AdministrativeUnitType.CENTRAL_CITY);
  }

  @Test
  void fromRows_provinceRows_typesFromLoaiHinh() {
    AdministrativeUnitCatalog newer = StatisticsOfficeCatalog.fromRows(NEWER,
        List.of(new ProvinceRow("01", "Hà Nội", "Thành phố Trung ương"), new ProvinceRow("04", "Cao Bằng", "Tỉnh")),
        List.of(reform("04", "Tỉnh Cao Bằng", "01273", "Phường Thục Phán", "Phường")));
    assertThat(newer.provinces(AdministrativeEra.REFORM_2025)).extracting(AdministrativeUnit::fullName)
        .containsExactly("Thành phố Hà Nội", "Tỉnh Cao Bằng");
  }

  // --- Errors -----------------------------------------------------------------------------------------------------

  private static void fails(ThrowingCallable call, Reason reason, int row, String column) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CatalogLoadException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.row()).isEqualTo(row);
      assertThat(e.column()).contains(column);
      assertThat(e.getMessage()).startsWith("row " + row + ": " + column + ": ").endsWith("(" + reason + ")");
    });
  }

  @Test
  void fromRows_badRows_typedErrorNamingRowAndColumn() {
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(reform("01", "Thành phố Hà Nội", "0000A",
        "Phường Ba Đình", "Phường"))), Reason.MALFORMED_CODE, 1, "MaPhuongXa");
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(reform("01", "Thành phố Hà Nội", "000004",
        "Phường Ba Đình", "Phường"))), Reason.MALFORMED_CODE, 1, "MaPhuongXa");
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(reform("01", "Thành phố Hà Nội", "00004",
        "Phường Ba Đình", "Khu phố"))), Reason.UNKNOWN_TYPE, 1, "LoaiHinh");
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(reform("01", "Thành phố Hà Nội", "00004",
        "Thị trấn Ba Đình", "Thị trấn"))), Reason.UNKNOWN_TYPE, 1, "LoaiHinh");
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(reform("01", "Thành phố Hà Nội", "00004",
        " ", "Phường"))), Reason.MISSING_VALUE, 1, "TenPhuongXa");
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(
        reform("01", "Thành phố Hà Nội", "00004", "Phường Ba Đình", "Phường"),
        reform("01", "Thành phố Hà Nội", "00004", "Phường Ba Đình Mới", "Phường"))),
        Reason.INCONSISTENT_ROWS, 2, "MaPhuongXa");
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(new CommuneRow("01", "Thành phố Hà Nội", "001",
        "Quận Ba Đình", "00004", "Phường Ba Đình", "Phường"))), Reason.DISTRICT_MISMATCH, 1, "MaQuanHuyen");
    fails(() -> StatisticsOfficeCatalog.fromRows(LEGACY, List.of(reform("01", "Thành phố Hà Nội", "00004",
        "Phường Trúc Bạch", "Phường"))), Reason.DISTRICT_MISMATCH, 1, "MaQuanHuyen");
    fails(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(new ProvinceRow("01", "Hà Nội", "Tỉnh")),
        List.of(reform("04", "Tỉnh Cao Bằng", "01273", "Phường Thục Phán", "Phường"))),
        Reason.UNKNOWN_PROVINCE, 1, "MaTinh");
    fails(() -> StatisticsOfficeCatalog.fromRows(LEGACY, List.of(new CommuneRow("01", "Thành phố Hà Nội", "001",
        "Khu Ba Đình", "00001", "Phường Phúc Xá", "Phường"))), Reason.UNKNOWN_TYPE, 1, "TenQuanHuyen");
    assertThatThrownBy(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of()))
        .isInstanceOfSatisfying(CatalogLoadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
  }

  @Test
  void fromRows_errorMessage_neverQuotesTheValue() {
    assertThatThrownBy(() -> StatisticsOfficeCatalog.fromRows(NEWER, List.of(reform("01", "Thành phố Hà Nội",
        "12X45", "Phường Ba Đình", "Phường")))).hasMessageNotContaining("12X45");
  }

  // --- CSV --------------------------------------------------------------------------------------------------------

  @Test
  void readCsv_exportHeadersBomQuotesAndDroppedZeros_read() throws IOException {
    String csv = "\ufeffTỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\r\n"
        + "Thành phố Hà Nội,1,Quận Ba Đình,1,Phường Phúc Xá,1,Phường,\"Phuc Xa, Ward\"\r\n"
        + "\"Thành phố Hà Nội\",01,\"Quận Ba Đình\",001,\"Phường \"\"Trúc\"\" Bạch\",00004,Phường,\r\n"
        + "\r\n";
    AdministrativeUnitCatalog legacy = StatisticsOfficeCatalog.readCsv(new StringReader(csv), LEGACY);
    assertThat(legacy.all(AdministrativeEra.LEGACY_2004, AdministrativeLevel.COMMUNE))
        .extracting(u -> u.code().code(), AdministrativeUnit::fullName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("00001", "Phường Phúc Xá"),
            org.assertj.core.groups.Tuple.tuple("00004", "Phường \"Trúc\" Bạch"));
  }

  @Test
  void readCsv_serviceFieldNamesSemicolonsNoTypeColumn_typeFromTheName() throws IOException {
    String csv = "MaTinh;TenTinh;MaPhuongXa;TenPhuongXa\n"
        + "79;Thành phố Hồ Chí Minh;26740;Phường Sài Gòn\n"
        + "79;Thành phố Hồ Chí Minh;27004;\"Xã Thạnh An; đặc biệt\"\n";
    AdministrativeUnitCatalog newer = StatisticsOfficeCatalog.readCsv(new StringReader(csv), NEWER);
    assertThat(newer.communes(ProvinceCode.reform2025("79"))).extracting(AdministrativeUnit::type)
        .containsExactly(AdministrativeUnitType.WARD, AdministrativeUnitType.RURAL_COMMUNE);
  }

  @Test
  void readCsv_secondExportLayout_read() throws IOException {
    String csv = "Mã,Tên,Cấp,Mã QH,Quận Huyện,Mã TP,Tỉnh / Thành Phố\n"
        + "00001,Phường Phúc Xá,Phường,001,Quận Ba Đình,01,Thành phố Hà Nội\n";
    assertThat(StatisticsOfficeCatalog.readCsv(new StringReader(csv), LEGACY)
        .find(AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, "00001"))).isPresent();
  }

  @Test
  void readCsv_badInput_typedErrorWithTheCsvLine() {
    fails(() -> StatisticsOfficeCatalog.readCsv(new StringReader("MaTinh,TenTinh,TenPhuongXa\n01,Hà Nội,X\n"),
        NEWER), Reason.MISSING_COLUMN, 1, "MaPhuongXa");
    fails(() -> StatisticsOfficeCatalog.readCsv(new StringReader(
        "MaTinh,TenTinh,MaPhuongXa,TenPhuongXa\n01,Thành phố Hà Nội,00004,\"Phường\nBa Đình\"\n01,Thành phố Hà Nội,"
            + "0000X,Phường Ngọc Hà\n"), NEWER), Reason.MALFORMED_CODE, 4, "MaPhuongXa");
    assertThatThrownBy(() -> StatisticsOfficeCatalog.readCsv(new StringReader(
        "MaTinh,TenTinh,MaPhuongXa,TenPhuongXa\n01,Hà Nội,00004,\"Phường Ba Đình\n"), NEWER))
        .isInstanceOfSatisfying(CatalogLoadException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CSV);
          assertThat(e.row()).isEqualTo(2);
        });
    assertThatThrownBy(() -> StatisticsOfficeCatalog.readCsv(new StringReader(
        "MaTinh,TenTinh,MaPhuongXa,TenPhuongXa\n01,Hà Nội,00004,Phường Ba Đình,extra\n"), NEWER))
        .isInstanceOfSatisfying(CatalogLoadException.class, e -> assertThat(e.reason())
            .isEqualTo(Reason.MALFORMED_CSV));
    assertThatThrownBy(() -> StatisticsOfficeCatalog.readCsv(new StringReader(""), NEWER))
        .isInstanceOfSatisfying(CatalogLoadException.class, e -> assertThat(e.reason())
            .isEqualTo(Reason.MISSING_COLUMN));
  }
}
