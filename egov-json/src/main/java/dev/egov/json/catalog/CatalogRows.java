package dev.egov.json.catalog;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.egov.json.internal.wire.Field;
import dev.egov.json.internal.wire.Form;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import dev.egov.json.internal.wire.WireXml;
import dev.egov.model.catalog.StatisticsOfficeCatalog.CommuneRow;
import dev.egov.model.catalog.StatisticsOfficeCatalog.ProvinceRow;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The DataSet rows' tables: a {@code TABLE} element's numbering attributes, then its columns in the service's order.
 * A column's value is kept exactly as written: absent is {@code null}, an empty element {@code ""}, white space kept.
 */
final class CatalogRows {

  /** The rows' element. */
  static final String TABLE = "TABLE";

  private CatalogRows() {}

  /** A row with its index in the DataSet, which its numbering attributes are written from. */
  record Numbered<R>(int index, R row) {}

  /** A row's table and its row without columns (an empty {@code TABLE} element). */
  record Kind<R>(MessageTable<Numbered<R>> table, R empty) {}

  static SerializableString name(String name) {
    return new SerializedString(name);
  }

  /** A column: text kept exactly as written, the empty text included. */
  private static final Form<String> KEPT = new Form<>() {
    @Override
    public @Nullable String read(WireReader r) throws IOException {
      return r.raw();
    }

    @Override
    public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
      w.string(value);
    }
  };

  /** A numbering attribute: read past (the document's order is the rows' order), written from the row's index. */
  private static Form<String> attribute(String namespace, String local) {
    return new Form<>() {
      @Override
      public @Nullable String read(WireReader r) throws IOException {
        return r.text();
      }

      @Override
      public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
        WireXml.attributeValue(w, namespace, local, value, "");
      }
    };
  }

  private static <R> void numbering(MessageTable.Builder<Numbered<R>> t) {
    t.field("id", attribute(CatalogServiceXml.DIFFGRAM, "id"), n -> TABLE + (n.index() + 1));
    t.field("rowOrder", attribute(CatalogServiceXml.MSDATA, "rowOrder"), n -> String.valueOf(n.index()));
  }

  /** {@code DanhMucTinh}'s rows. */
  static final Kind<ProvinceRow> PROVINCE;

  static {
    MessageTable.Builder<Numbered<ProvinceRow>> t = MessageTable.builder("a province row (TABLE of DanhMucTinh)");
    t.foreign("MaPhuongXa", "a commune row (MaPhuongXa)");
    numbering(t);
    Field<Numbered<ProvinceRow>, String> code = t.field("MaTinh", KEPT, n -> n.row().provinceCode());
    Field<Numbered<ProvinceRow>, String> name = t.field("TenTinh", KEPT, n -> n.row().provinceName());
    Field<Numbered<ProvinceRow>, String> type = t.field("LoaiHinh", KEPT, n -> n.row().type());
    PROVINCE = new Kind<>(t.build(v -> new Numbered<>(-1, new ProvinceRow(v.get(code), v.get(name), v.get(type)))),
        new ProvinceRow(null, null, null));
  }

  /** {@code DanhMucPhuongXa}'s rows. */
  static final Kind<CommuneRow> COMMUNE;

  static {
    MessageTable.Builder<Numbered<CommuneRow>> t = MessageTable.builder("a commune row (TABLE of DanhMucPhuongXa)");
    numbering(t);
    Field<Numbered<CommuneRow>, String> province = t.field("MaTinh", KEPT, n -> n.row().provinceCode());
    Field<Numbered<CommuneRow>, String> provinceName = t.field("TenTinh", KEPT, n -> n.row().provinceName());
    Field<Numbered<CommuneRow>, String> district = t.field("MaQuanHuyen", KEPT, n -> n.row().districtCode());
    Field<Numbered<CommuneRow>, String> districtName =
        t.field("TenQuanHuyen", KEPT, n -> n.row().districtName());
    Field<Numbered<CommuneRow>, String> code = t.field("MaPhuongXa", KEPT, n -> n.row().communeCode());
    Field<Numbered<CommuneRow>, String> name = t.field("TenPhuongXa", KEPT, n -> n.row().communeName());
    Field<Numbered<CommuneRow>, String> type = t.field("LoaiHinh", KEPT, n -> n.row().type());
    COMMUNE = new Kind<>(t.build(v -> new Numbered<>(-1, new CommuneRow(v.get(province), v.get(provinceName),
        v.get(district), v.get(districtName), v.get(code), v.get(name), v.get(type)))),
        new CommuneRow(null, null, null, null, null, null, null));
  }
}
