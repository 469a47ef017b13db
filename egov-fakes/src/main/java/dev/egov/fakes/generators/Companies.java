package dev.egov.fakes.generators;

import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.catalog.Province;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.organisation.LegalRepresentative;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Assembles organisations: enterprises, their branches and household businesses. */
final class Companies {

  /** The legal forms of generated enterprises, with the words their names and representatives use. */
  enum LegalForm {
    LIMITED("Công ty TNHH", "Company Limited", "CO., LTD", "Giám đốc"),
    SINGLE_MEMBER_LIMITED("Công ty TNHH Một thành viên", "One Member Company Limited", "CO., LTD", "Giám đốc"),
    JOINT_STOCK("Công ty Cổ phần", "Joint Stock Company", "JSC", "Tổng Giám đốc"),
    PRIVATE("Doanh nghiệp tư nhân", "Private Enterprise", null, "Chủ doanh nghiệp"),
    COOPERATIVE("Hợp tác xã", "Cooperative", null, "Giám đốc");

    final String vietnamese;
    final String english;
    final @Nullable String abbreviation;
    final String representative;

    LegalForm(String vietnamese, String english, @Nullable String abbreviation, String representative) {
      this.vietnamese = vietnamese;
      this.english = english;
      this.abbreviation = abbreviation;
      this.representative = representative;
    }
  }

  private static final Weighted<LegalForm> FORMS = Weighted.<LegalForm>builder()
      .add(LegalForm.LIMITED, 40)
      .add(LegalForm.SINGLE_MEMBER_LIMITED, 25)
      .add(LegalForm.JOINT_STOCK, 25)
      .add(LegalForm.PRIVATE, 6)
      .add(LegalForm.COOPERATIVE, 4)
      .build();

  /** A line of business in Vietnamese and English. */
  record Sector(String vietnamese, String english) {}

  static final class Data {
    static final List<String> TRADES;
    static final List<Sector> SECTORS;

    static {
      DataTable words = DataTable.load("company-words.csv", "kind", "vietnamese", "english");
      List<String> trades = new ArrayList<>();
      List<Sector> sectors = new ArrayList<>();
      for (String[] row : words.rows()) {
        String kind = words.field(row, "kind");
        if (kind.equals("TRADE")) {
          trades.add(words.field(row, "vietnamese"));
        } else if (kind.equals("SECTOR")) {
          sectors.add(new Sector(words.field(row, "vietnamese"), words.field(row, "english")));
        } else {
          throw new IllegalStateException("company-words.csv: unknown kind " + kind);
        }
      }
      TRADES = List.copyOf(trades);
      SECTORS = List.copyOf(sectors);
    }

    private Data() {}
  }

  private Companies() {}

  /** Returns an enterprise with its head office in {@code province} (of the era of {@code asOf}). */
  static Organisation enterprise(IdentifierGenerator ids, Province province, LocalDate asOf) {
    return enterprise(ids, province, asOf, true);
  }

  /**
   * Returns an enterprise as a dossier's applicant needs it: name, tax code and head office, and a legal
   * representative only if {@code withRepresentative}.
   */
  static Organisation enterprise(
      IdentifierGenerator ids, Province province, LocalDate asOf, boolean withRepresentative) {
    TaxCode taxCode = ids.taxCode();
    SplitMix64 r = ids.random();
    LegalForm form = FORMS.pick(r);
    String trade = Data.TRADES.get(r.nextInt(Data.TRADES.size()));
    Sector sector = Data.SECTORS.get(r.nextInt(Data.SECTORS.size()));
    String tradeAscii = Names.ascii(trade);
    String name;
    String foreignName;
    if (form == LegalForm.PRIVATE) {
      name = form.vietnamese + ' ' + trade;
      foreignName = tradeAscii + ' ' + form.english;
    } else {
      name = form.vietnamese + ' ' + sector.vietnamese() + ' ' + trade;
      foreignName = tradeAscii + ' ' + sector.english() + ' ' + form.english;
    }
    String shortName = form.abbreviation == null ? null : tradeAscii.toUpperCase(Locale.ROOT) + ' ' + form.abbreviation;
    String position =
        form == LegalForm.JOINT_STOCK && r.percent(40) ? "Chủ tịch Hội đồng quản trị" : form.representative;
    String foreign = r.percent(70) ? foreignName : null;
    String abbreviated = r.percent(60) ? shortName : null;
    LegalRepresentative representative = null;
    if (withRepresentative) {
      People.Person head = People.adult(ids, asOf, province);
      representative = new LegalRepresentative(head.name(), position, head.personalId(), null);
    }
    OrganisationKind kind = form == LegalForm.COOPERATIVE ? OrganisationKind.COOPERATIVE : OrganisationKind.ENTERPRISE;
    return new Organisation(
        kind, taxCode, name, foreign, abbreviated, Places.address(r, province), representative);
  }

  /**
   * Returns a dependent unit of {@code parent} (an enterprise or cooperative, whose identifier is a {@link TaxCode})
   * located in {@code province}.
   */
  static Organisation branch(IdentifierGenerator ids, Organisation parent, Province province, LocalDate asOf) {
    TaxIdentifier parentId = parent.taxIdentifier();
    if (!(parentId instanceof TaxCode)) {
      throw new IllegalArgumentException(
          "A branch's tax code extends its parent's 10-digit tax code; the parent has a " + parentId.kind());
    }
    if (parent.kind() == OrganisationKind.HOUSEHOLD_BUSINESS || parent.kind() == OrganisationKind.DEPENDENT_UNIT) {
      throw new IllegalArgumentException("A branch's tax code extends an enterprise's 10-digit tax code; the parent is"
          + " a " + parent.kind() + ", which has no dependent units");
    }
    SplitMix64 r = ids.random();
    People.Person head = People.adult(ids, asOf, province);
    return new Organisation(OrganisationKind.DEPENDENT_UNIT, ids.branchTaxCode((TaxCode) parentId),
        "Chi nhánh " + parent.name() + " tại " + province.name(), null, null, Places.address(r, province),
        new LegalRepresentative(head.name(), "Giám đốc chi nhánh", head.personalId(), null));
  }

  /**
   * Returns a household business in {@code province}, named after its owner half the time ({@code Hộ kinh doanh
   * Nguyễn Văn An}), otherwise after its trade. Since 1 July 2025 its tax identifier is the owner's personal ID
   * (Thông tư 86/2024/TT-BTC); before, a 10-digit tax code, which records of a business registered before then still
   * carry: one in three household businesses of a later date has it.
   */
  static Organisation householdBusiness(IdentifierGenerator ids, Province province, LocalDate asOf) {
    SplitMix64 r = ids.random();
    People.Person owner = People.adult(ids, asOf, province);
    boolean legacyCode = asOf.isBefore(People.REFORM_DAY) || r.nextInt(3) == 0;
    TaxIdentifier taxIdentifier = legacyCode ? ids.taxCode() : owner.personalId();
    String name = r.percent(50)
        ? "Hộ kinh doanh " + Data.TRADES.get(r.nextInt(Data.TRADES.size()))
        : "Hộ kinh doanh " + owner.name().fullName();
    return new Organisation(OrganisationKind.HOUSEHOLD_BUSINESS, taxIdentifier, name, null, null, owner.residence(),
        new LegalRepresentative(owner.name(), "Chủ hộ kinh doanh", owner.personalId(), null));
  }
}
