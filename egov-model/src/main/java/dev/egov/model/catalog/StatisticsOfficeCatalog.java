package dev.egov.model.catalog;

import dev.egov.model.catalog.CatalogLoadException.Reason;
import dev.egov.model.internal.PlaceNameText;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reads a newer official list of administrative units into a catalogue: the rows of the statistics office's
 * catalogue service, or its spreadsheet export saved as CSV. Lists change (units are merged, renamed, re-spelled by
 * later resolutions); pass the result wherever the built-in catalogue goes, alone or as {@code
 * AdministrativeUnitCatalog.builtIn().with(newer)}, and see what changed with {@link CatalogDiff}.
 *
 * <p><b>The service.</b> Cục Thống kê publishes the catalogue through the public SOAP service {@code
 * https://danhmuchanhchinh.nso.gov.vn/DMDVHC.asmx}: the operation {@code DanhMucPhuongXa} (parameter {@code DenNgay},
 * the as-of date {@code dd/MM/yyyy}) returns, as rows of a .NET DataSet, {@code MaTinh, TenTinh, MaQuanHuyen,
 * TenQuanHuyen, MaPhuongXa, TenPhuongXa, LoaiHinh}; {@code DanhMucTinh} returns {@code MaTinh, TenTinh, LoaiHinh}. A
 * date before 1 July 2025 gives the three-level catalogue, a later one the two-level catalogue with the district
 * fields empty. This class takes the rows already read ({@link CommuneRow}, {@link ProvinceRow}); calling the service
 * is a client's business.
 *
 * <p><b>The spreadsheet export</b>, saved as CSV (UTF-8, with or without a byte-order mark; comma, semicolon or tab
 * separated, quotes as in RFC 4180), is read by {@link #readCsv}. Its header names the columns; the service's field
 * names are accepted, and the export's own headers as seen in copies of it ({@code Tỉnh Thành Phố, Mã TP, Quận Huyện,
 * Mã QH, Phường Xã, Mã PX, Cấp}, or {@code Mã, Tên, Cấp, Mã QH, Quận Huyện, Mã TP, Tỉnh / Thành Phố}); case,
 * diacritics and punctuation in headers do not matter, other columns are ignored. The export's exact headers are not
 * documented by the office (UNCERTAIN): if yours differ, rename them to the service's field names.
 *
 * <p><b>What is checked.</b> Codes are digits, padded with leading zeros when a spreadsheet dropped them; a legacy
 * list's rows have a district and a 2025 list's rows none; types are known ({@code Phường, Xã, Thị trấn, Đặc khu};
 * {@code Tỉnh, Thành phố Trung ương}; a district's from its name: {@code Quận, Huyện, Thị xã, Thành phố}); rows
 * repeating a code agree. Names are kept as the list writes them, without their type word. Anything else is a {@link
 * CatalogLoadException} naming the row, the column and a {@link CatalogLoadException.Reason}.
 *
 * <pre>{@code
 * CatalogVersion version = new CatalogVersion("Danh mục đơn vị hành chính (Cục Thống kê)", "DMDVHC",
 *     LocalDate.of(2026, 5, 1));
 * AdministrativeUnitCatalog newer = StatisticsOfficeCatalog.fromRows(version, rows);
 * CatalogDiff diff = CatalogDiff.between(AdministrativeUnitCatalog.builtIn(), newer);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StatisticsOfficeCatalog {

  /**
   * A row of {@code DanhMucPhuongXa}: a commune with its province and, in the legacy catalogue, its district. Fields
   * are as the service sends them; absent ones may be {@code null} or empty.
   *
   * @param provinceCode {@code MaTinh}
   * @param provinceName {@code TenTinh}, such as {@code "Thành phố Hà Nội"}
   * @param districtCode {@code MaQuanHuyen}; empty in a list from 1 July 2025
   * @param districtName {@code TenQuanHuyen}, such as {@code "Quận Ba Đình"}; empty from 1 July 2025
   * @param communeCode {@code MaPhuongXa}
   * @param communeName {@code TenPhuongXa}, such as {@code "Phường Phúc Xá"}
   * @param type {@code LoaiHinh}: {@code Phường}, {@code Xã}, {@code Thị trấn} or {@code Đặc khu}
   * @since 0.1.0
   */
  public record CommuneRow(
      @Nullable String provinceCode,
      @Nullable String provinceName,
      @Nullable String districtCode,
      @Nullable String districtName,
      @Nullable String communeCode,
      @Nullable String communeName,
      @Nullable String type) {}

  /**
   * A row of {@code DanhMucTinh}: a province.
   *
   * @param provinceCode {@code MaTinh}
   * @param provinceName {@code TenTinh}
   * @param type {@code LoaiHinh}: {@code Tỉnh} or {@code Thành phố Trung ương}
   * @since 0.1.0
   */
  public record ProvinceRow(@Nullable String provinceCode, @Nullable String provinceName, @Nullable String type) {}

  private static final String[] COMMUNE_FIELDS =
      {"MaTinh", "TenTinh", "MaQuanHuyen", "TenQuanHuyen", "MaPhuongXa", "TenPhuongXa", "LoaiHinh"};

  /** Accepted CSV headers (folded: lower-case ASCII letters and digits only) for each of {@link #COMMUNE_FIELDS}. */
  private static final List<List<String>> HEADERS = List.of(
      List.of("matinh", "matp", "matinhthanhpho"),
      List.of("tentinh", "tinhthanhpho", "tentinhthanhpho", "tinh"),
      List.of("maquanhuyen", "maqh", "mahuyen"),
      List.of("tenquanhuyen", "quanhuyen", "huyen"),
      List.of("maphuongxa", "mapx", "maxa", "ma"),
      List.of("tenphuongxa", "phuongxa", "tenxa", "ten"),
      List.of("loaihinh", "cap", "loai"));

  private StatisticsOfficeCatalog() {}

  /**
   * Reads {@code DanhMucPhuongXa} rows, with the provinces taken from them (their type from the name's type word).
   *
   * @param version the list's source and date; its date decides the era
   * @param communes the rows
   * @return a catalogue of that one era
   * @throws CatalogLoadException if a row cannot be read; its {@link CatalogLoadException#row()} is the row's index
   *     plus one
   */
  public static AdministrativeUnitCatalog fromRows(CatalogVersion version, List<CommuneRow> communes) {
    return load(version, null, communes, i -> i + 1);
  }

  /**
   * Reads {@code DanhMucTinh} and {@code DanhMucPhuongXa} rows.
   *
   * @param version the list's source and date; its date decides the era
   * @param provinces the province rows; every commune's province must be among them
   * @param communes the commune rows
   * @return a catalogue of that one era
   * @throws CatalogLoadException if a row cannot be read; its {@link CatalogLoadException#row()} is the row's index
   *     plus one, in the list it belongs to
   */
  public static AdministrativeUnitCatalog fromRows(
      CatalogVersion version, List<ProvinceRow> provinces, List<CommuneRow> communes) {
    return load(version, Objects.requireNonNull(provinces, "provinces"), communes, i -> i + 1);
  }

  /**
   * Reads the spreadsheet export of the communes, saved as CSV. The reader is read to its end, not closed.
   *
   * @param csv the CSV text
   * @param version the list's source and date; its date decides the era
   * @return a catalogue of that one era
   * @throws IOException if the reader fails
   * @throws CatalogLoadException if the header lacks a column or a row cannot be read; its {@link
   *     CatalogLoadException#row()} is the CSV line the row starts on
   */
  public static AdministrativeUnitCatalog readCsv(Reader csv, CatalogVersion version) throws IOException {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(version, "version");
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Csv.read(csv, records, lines);
    if (records.isEmpty()) {
      throw new CatalogLoadException(Reason.MISSING_COLUMN, 0, null, "the CSV has no header line");
    }
    List<String> header = records.get(0);
    int[] columnOf = new int[COMMUNE_FIELDS.length];
    for (int f = 0; f < COMMUNE_FIELDS.length; f++) {
      columnOf[f] = -1;
      for (int c = 0; c < header.size() && columnOf[f] < 0; c++) {
        if (HEADERS.get(f).contains(foldHeader(header.get(c)))) {
          columnOf[f] = c;
        }
      }
      boolean optional = f == 2 || f == 3 || f == 6; // districts (none from 2025) and the type (from the name)
      if (columnOf[f] < 0 && !optional) {
        throw new CatalogLoadException(Reason.MISSING_COLUMN, lines.get(0), COMMUNE_FIELDS[f],
            "no column with a header for " + COMMUNE_FIELDS[f] + " (accepted: " + HEADERS.get(f) + ")");
      }
    }
    List<CommuneRow> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (record.size() > header.size()) {
        throw new CatalogLoadException(Reason.MALFORMED_CSV, lines.get(r), null,
            record.size() + " fields, the header has " + header.size());
      }
      String[] v = new String[COMMUNE_FIELDS.length];
      for (int f = 0; f < v.length; f++) {
        v[f] = columnOf[f] >= 0 && columnOf[f] < record.size() ? record.get(columnOf[f]) : null;
      }
      rows.add(new CommuneRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
    }
    return load(version, null, rows, i -> lines.get(i + 1));
  }

  private static String foldHeader(String header) {
    String folded = PlaceNameText.fold(header.strip().toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------------------- rows

  /** A unit read from the rows, before the catalogue checks it. */
  private record Read(String code, AdministrativeUnitType type, String name, @Nullable String parent, int row) {}

  private static AdministrativeUnitCatalog load(CatalogVersion version, @Nullable List<ProvinceRow> provinceRows,
      List<CommuneRow> communeRows, IntUnaryOperator rowNumber) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(communeRows, "communes");
    AdministrativeEra era = version.era();
    if (communeRows.isEmpty()) {
      throw new CatalogLoadException(Reason.EMPTY, 0, null, "the list has no commune row");
    }
    Map<String, Read> provinces = new HashMap<>();
    if (provinceRows != null) {
      for (int i = 0; i < provinceRows.size(); i++) {
        ProvinceRow row = Objects.requireNonNull(provinceRows.get(i), "province row");
        int at = i + 1;
        String code = code(row.provinceCode(), AdministrativeLevel.PROVINCE, at, "MaTinh");
        String fullName = required(row.provinceName(), at, "TenTinh");
        AdministrativeUnitType type = provinceType(row.type(), fullName, at);
        put(provinces, new Read(code, type, withoutTypeWord(fullName, type, at, "TenTinh"), null, at), "MaTinh");
      }
    }
    Map<String, Read> districts = new HashMap<>();
    Map<String, Read> communes = new HashMap<>();
    for (int i = 0; i < communeRows.size(); i++) {
      CommuneRow row = Objects.requireNonNull(communeRows.get(i), "commune row");
      int at = rowNumber.applyAsInt(i);
      String province = code(row.provinceCode(), AdministrativeLevel.PROVINCE, at, "MaTinh");
      if (provinceRows != null) {
        if (!provinces.containsKey(province)) {
          throw new CatalogLoadException(Reason.UNKNOWN_PROVINCE, at, "MaTinh", "not among the province rows");
        }
      } else {
        String fullName = required(row.provinceName(), at, "TenTinh");
        AdministrativeUnitType type = provinceType(null, fullName, at);
        put(provinces, new Read(province, type, withoutTypeWord(fullName, type, at, "TenTinh"), null, at), "MaTinh");
      }
      String parent = province;
      boolean hasDistrict = !isBlank(row.districtCode()) || !isBlank(row.districtName());
      if (era == AdministrativeEra.LEGACY_2004) {
        if (!hasDistrict) {
          throw new CatalogLoadException(Reason.DISTRICT_MISMATCH, at, "MaQuanHuyen",
              "a row of the legacy catalogue needs its district");
        }
        String district = code(row.districtCode(), AdministrativeLevel.DISTRICT, at, "MaQuanHuyen");
        String fullName = required(row.districtName(), at, "TenQuanHuyen");
        AdministrativeUnitType type = typeOfName(AdministrativeLevel.DISTRICT, fullName, at, "TenQuanHuyen");
        put(districts, new Read(district, type, withoutTypeWord(fullName, type, at, "TenQuanHuyen"), province, at),
            "MaQuanHuyen");
        parent = district;
      } else if (hasDistrict) {
        throw new CatalogLoadException(Reason.DISTRICT_MISMATCH, at, "MaQuanHuyen",
            "districts were abolished on 1 July 2025: a row of a later list has none");
      }
      String code = code(row.communeCode(), AdministrativeLevel.COMMUNE, at, "MaPhuongXa");
      String fullName = required(row.communeName(), at, "TenPhuongXa");
      AdministrativeUnitType type = isBlank(row.type())
          ? typeOfName(AdministrativeLevel.COMMUNE, fullName, at, "TenPhuongXa")
          : typeOfWord(AdministrativeLevel.COMMUNE, row.type(), at, "LoaiHinh");
      if (type == AdministrativeUnitType.TOWNSHIP && era != AdministrativeEra.LEGACY_2004
          || type == AdministrativeUnitType.SPECIAL_ZONE && era == AdministrativeEra.LEGACY_2004) {
        throw new CatalogLoadException(Reason.UNKNOWN_TYPE, at, "LoaiHinh", "not a type of " + era);
      }
      put(communes, new Read(code, type, withoutTypeWord(fullName, type, at, "TenPhuongXa"), parent, at),
          "MaPhuongXa");
    }
    AdministrativeUnitCatalog.Builder builder = AdministrativeUnitCatalog.builder();
    for (Read p : provinces.values()) {
      builder.add(new AdministrativeUnit(AdministrativeUnitCode.province(era, p.code()), p.name(), p.type(), null,
          new ProvinceCode(era, p.code()), null, null, null, version));
    }
    for (Read d : districts.values()) {
      builder.add(new AdministrativeUnit(AdministrativeUnitCode.district(d.code()), d.name(), d.type(),
          AdministrativeUnitCode.province(era, Objects.requireNonNull(d.parent())), new ProvinceCode(era,
              Objects.requireNonNull(d.parent())), null, null, null, version));
    }
    for (Read c : communes.values()) {
      String parent = Objects.requireNonNull(c.parent());
      AdministrativeUnitCode parentCode = era == AdministrativeEra.LEGACY_2004
          ? AdministrativeUnitCode.district(parent) : AdministrativeUnitCode.province(era, parent);
      String province = era == AdministrativeEra.LEGACY_2004
          ? Objects.requireNonNull(districts.get(parent).parent()) : parent;
      builder.add(new AdministrativeUnit(AdministrativeUnitCode.commune(era, c.code()), c.name(), c.type(),
          parentCode, new ProvinceCode(era, province), null, null, null, version));
    }
    return builder.build();
  }

  /** Adds a unit read from a row; a code read again must be read the same. */
  private static void put(Map<String, Read> units, Read read, String column) {
    Read before = units.putIfAbsent(read.code(), read);
    if (before != null && !(before.type() == read.type() && before.name().equals(read.name())
        && Objects.equals(before.parent(), read.parent()))) {
      throw new CatalogLoadException(Reason.INCONSISTENT_ROWS, read.row(), column,
          "the same code as row " + before.row() + " with another name, type or parent");
    }
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static String required(@Nullable String value, int row, String column) {
    if (isBlank(value)) {
      throw new CatalogLoadException(Reason.MISSING_VALUE, row, column, "empty");
    }
    try {
      return PlaceName.of(value).text();
    } catch (IllegalArgumentException e) {
      throw new CatalogLoadException(Reason.MISSING_VALUE, row, column, "contains a control character");
    }
  }

  /** The code's digits, left-padded with the zeros a spreadsheet may have dropped. */
  private static String code(@Nullable String value, AdministrativeLevel level, int row, String column) {
    if (isBlank(value)) {
      throw new CatalogLoadException(Reason.MISSING_VALUE, row, column, "empty");
    }
    String digits = value.strip();
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw new CatalogLoadException(Reason.MALFORMED_CODE, row, column, "not made of ASCII digits");
      }
    }
    if (digits.length() > level.codeLength()) {
      throw new CatalogLoadException(Reason.MALFORMED_CODE, row, column,
          "more than the " + level.codeLength() + " digits of a " + level.name().toLowerCase(Locale.ROOT) + " code");
    }
    return "0".repeat(level.codeLength() - digits.length()) + digits;
  }

  private static AdministrativeUnitType provinceType(@Nullable String type, String fullName, int row) {
    if (!isBlank(type)) {
      String key = PlaceNameText.identityKey(type);
      if (key.equals(PlaceNameText.identityKey(AdministrativeUnitType.PROVINCE.prefix()))) {
        return AdministrativeUnitType.PROVINCE;
      }
      if (key.startsWith(PlaceNameText.identityKey(AdministrativeUnitType.CENTRAL_CITY.prefix()))) {
        return AdministrativeUnitType.CENTRAL_CITY; // "Thành phố Trung ương", "Thành phố trực thuộc trung ương"
      }
      throw new CatalogLoadException(Reason.UNKNOWN_TYPE, row, "LoaiHinh", "not a type of province");
    }
    return typeOfName(AdministrativeLevel.PROVINCE, fullName, row, "TenTinh");
  }

  private static AdministrativeUnitType typeOfWord(AdministrativeLevel level, String word, int row, String column) {
    String key = PlaceNameText.identityKey(word);
    for (AdministrativeUnitType type : AdministrativeUnitType.values()) {
      if (type.level() == level && key.equals(PlaceNameText.identityKey(type.prefix()))) {
        return type;
      }
    }
    throw new CatalogLoadException(Reason.UNKNOWN_TYPE, row, column, "not a type of " + level);
  }

  /** The type whose word the name starts with, compared by identity key (any case, either tone-mark style). */
  private static AdministrativeUnitType typeOfName(AdministrativeLevel level, String fullName, int row,
      String column) {
    for (AdministrativeUnitType type : AdministrativeUnitType.values()) {
      if (type.level() == level && startsWithTypeWord(fullName, type)) {
        return type;
      }
    }
    throw new CatalogLoadException(Reason.UNKNOWN_TYPE, row, column, "the name starts with no type word of "
        + level);
  }

  private static boolean startsWithTypeWord(String fullName, AdministrativeUnitType type) {
    int words = type.prefix().split(" ", -1).length;
    int end = -1;
    for (int w = 0; w < words; w++) {
      end = fullName.indexOf(' ', end + 1);
      if (end < 0) {
        return false;
      }
    }
    return PlaceNameText.identityKey(fullName.substring(0, end)).equals(PlaceNameText.identityKey(type.prefix()));
  }

  /** The name without its leading type word, if it has one: "Phường Phúc Xá" → "Phúc Xá", "Phúc Xá" unchanged. */
  private static String withoutTypeWord(String fullName, AdministrativeUnitType type, int row, String column) {
    if (!startsWithTypeWord(fullName, type)) {
      return fullName;
    }
    String name = fullName.substring(type.prefix().length() + 1).strip();
    if (name.isEmpty()) {
      throw new CatalogLoadException(Reason.MISSING_VALUE, row, column, "a type word without a name");
    }
    return name;
  }

  // ----------------------------------------------------------------------------------------------------------- CSV

  /** RFC 4180 records, the separator taken from the header line. */
  private static final class Csv {
    private Csv() {}

    static void read(Reader in, List<List<String>> records, List<Integer> lines) throws IOException {
      StringBuilder all = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.append(buffer, 0, n);
      }
      int start = all.length() > 0 && all.charAt(0) == '\ufeff' ? 1 : 0;
      char separator = separator(all, start);
      int line = 1;
      int i = start;
      int n = all.length();
      while (i < n) {
        int recordLine = line;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean end = false;
        while (i < n && !end) {
          char c = all.charAt(i++);
          if (quoted) {
            if (c == '"') {
              if (i < n && all.charAt(i) == '"') {
                field.append('"');
                i++;
              } else {
                quoted = false;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append(c);
            }
          } else if (c == '"' && field.length() == 0) {
            quoted = true;
          } else if (c == separator) {
            record.add(field.toString());
            field.setLength(0);
          } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i < n && all.charAt(i) == '\n') {
              i++;
            }
            line++;
            end = true;
          } else {
            field.append(c);
          }
        }
        if (quoted) {
          throw new CatalogLoadException(Reason.MALFORMED_CSV, recordLine, null, "a quoted field is not closed");
        }
        record.add(field.toString());
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue; // a blank line
        }
        records.add(record);
        lines.add(recordLine);
      }
    }

    /** The most frequent of comma, semicolon and tab outside quotes on the first line; comma by default. */
    private static char separator(CharSequence text, int start) {
      int[] counts = new int[3];
      char[] candidates = {',', ';', '\t'};
      boolean quoted = false;
      for (int i = start; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        } else if (!quoted) {
          for (int k = 0; k < 3; k++) {
            counts[k] += c == candidates[k] ? 1 : 0;
          }
        }
      }
      int best = 0;
      for (int k = 1; k < 3; k++) {
        if (counts[k] > counts[best]) {
          best = k;
        }
      }
      return candidates[best];
    }
  }
}
