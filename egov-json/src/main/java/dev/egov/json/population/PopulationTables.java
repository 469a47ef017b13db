package dev.egov.json.population;

import static dev.egov.json.internal.wire.Forms.CODE;
import static dev.egov.json.internal.wire.Forms.code;

import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.internal.wire.Field;
import dev.egov.json.internal.wire.Form;
import dev.egov.json.internal.wire.Forms;
import dev.egov.json.internal.wire.MessageTable;
import dev.egov.json.internal.wire.Values;
import dev.egov.json.internal.wire.WireReader;
import dev.egov.json.internal.wire.WireWriter;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.TextLimitExceededException;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.DataQualityFlag;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.Relation;
import dev.egov.model.code.Religion;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.Strictness;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.CitizenContact;
import dev.egov.model.person.CitizenFamily;
import dev.egov.model.person.CitizenOtherIdentifiers;
import dev.egov.model.person.CitizenParticulars;
import dev.egov.model.person.CitizenPlaces;
import dev.egov.model.person.HouseholdHead;
import dev.egov.model.person.PersonName;
import dev.egov.model.person.Relative;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The population database's structures, one table each (docs/population-database.md, The citizen record and Request
 * metadata): field order is the order written. The SOAP and JSON forms share every field name; they differ only in
 * the birth date ({@code NgayThangNamSinh{Nam, NgayThangNam}} in SOAP, {@code "yyyy-MM-dd"} or {@code "yyyy"} in
 * JSON), which is read in either shape.
 *
 * <p>Identifiers: the citizen's own {@code SoDinhDanh} and {@code SoCMND} (and a request's) must be valid
 * ({@link Reason#INVALID_VALUE} otherwise). The secondary identifiers (relatives', the head of household's, {@code
 * MaSoThue}, {@code MaBHXH}), a phone number that {@link PhoneNumber#parseInbound} rejects and a {@code GioiTinh}
 * outside the list are declined into unknown fields, reported and written back in place. A name that came whole in
 * {@code Ten} is split in the record, noted with {@link DataQualityFlag#NAME_GIVEN_WHOLE}, and written back whole.
 */
final class PopulationTables {

  private PopulationTables() {}

  // ================================================================ forms

  /** The subject's own identifier: an invalid one is an error naming the field and why, never quoting it. */
  private static <V> Form<V> subject(String what, Function<String, IdentifierCheck> check,
      Function<String, V> parse, Function<V, String> format) {
    return new Form<>() {
      @Override
      public @Nullable V read(WireReader r) throws IOException {
        String text = r.code();
        if (text == null) {
          return null;
        }
        IdentifierCheck c = check.apply(text);
        if (c != IdentifierCheck.VALID) {
          throw r.error(Reason.INVALID_VALUE, "not " + what + ": " + c.description() + " (" + c.name() + ')');
        }
        return parse.apply(text);
      }

      @Override
      public void write(WireWriter w, V value, @Nullable String pointer) throws IOException {
        w.string(format.apply(value));
      }
    };
  }

  /** An identifier that is not the record's own: one that fails its check is declined into an unknown field. */
  private static <V> Form<V> secondary(Function<String, IdentifierCheck> check, Function<String, V> parse,
      Function<V, String> format) {
    return Forms.orUnknown(s -> check.apply(s) == IdentifierCheck.VALID ? parse.apply(s) : null, format);
  }

  static final Form<PersonalIdNumber> PERSONAL_ID = subject("a personal identification number",
      PersonalIdNumber::check, PersonalIdNumber::parse, PersonalIdNumber::format);
  static final Form<LegacyIdCardNumber> LEGACY_ID = subject("an old identity card number",
      LegacyIdCardNumber::check, LegacyIdCardNumber::parse, LegacyIdCardNumber::format);
  private static final Form<PersonalIdNumber> OTHER_PERSONAL_ID =
      secondary(PersonalIdNumber::check, PersonalIdNumber::parse, PersonalIdNumber::format);
  private static final Form<LegacyIdCardNumber> OTHER_LEGACY_ID =
      secondary(LegacyIdCardNumber::check, LegacyIdCardNumber::parse, LegacyIdCardNumber::format);
  private static final Form<TaxIdentifier> TAX_ID =
      secondary(TaxIdentifier::check, TaxIdentifier::parse, TaxIdentifier::format);
  private static final Form<SocialInsuranceNumber> INSURANCE_ID =
      secondary(SocialInsuranceNumber::check, SocialInsuranceNumber::parse, SocialInsuranceNumber::format);

  /** A phone number, kept as written when {@link PhoneNumber#parseInbound} accepts it, else declined. */
  // The check PhoneNumber.parseInbound makes, without building the number it would then drop.
  private static final Form<String> PHONE = Forms.orUnknown(
      s -> PhoneNumber.checkLenient(s, Strictness.FORMAT) == IdentifierCheck.VALID ? s : null, s -> s);

  /**
   * {@code GioiTinh}: a code outside the list is declined (the record says {@link Sex#UNKNOWN}, the raw value goes
   * back in place); written always, {@link Sex#UNKNOWN} as its code.
   */
  private static final Form<Sex> SEX = new Form<>() {
    private final Form<Sex> codes = Forms.orUnknown(PopulationCodes::sexOrNull, PopulationCodes::sexCode);

    @Override
    public @Nullable Sex read(WireReader r) throws IOException {
      return codes.read(r);
    }

    @Override
    public void write(WireWriter w, Sex value, @Nullable String pointer) throws IOException {
      w.string(PopulationCodes.sexCode(value));
    }

    @Override
    public boolean absent(@Nullable Sex value) {
      return value == null || value == Sex.UNKNOWN;
    }

    @Override
    public void writeAbsent(WireWriter w) throws IOException {
      w.string(PopulationCodes.sexCode(Sex.UNKNOWN));
    }
  };

  /** A text form with a check of its own: written as it is, blank is absent. */
  private abstract static class CheckedText implements Form<String> {
    @Override
    public void write(WireWriter w, String value, @Nullable String pointer) throws IOException {
      w.string(value);
    }

    @Override
    public boolean absent(@Nullable String value) {
      return value == null || value.isBlank();
    }
  }

  /** An administrative-unit code of {@code width} digits; a shorter one (a number that lost its zeros) is padded. */
  private static Form<String> unitCode(int width) {
    return new CheckedText() {
      @Override
      public @Nullable String read(WireReader r) throws IOException {
        String text = r.code();
        if (text == null) {
          return null;
        }
        int n = text.length();
        boolean digits = n <= width;
        for (int i = 0; digits && i < n; i++) {
          digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
          throw r.error(Reason.INVALID_VALUE, "expected an administrative-unit code of " + width + " digits");
        }
        return n == width ? text : "00000".substring(0, width - n) + text;
      }
    };
  }

  /** A request's metadata text, read as sent (lengths are the writer's and validation's concern); digits if asked. */
  private static Form<String> metadata(boolean digits) {
    return new CheckedText() {
      @Override
      public @Nullable String read(WireReader r) throws IOException {
        String text = r.code();
        for (int i = 0; digits && text != null && i < text.length(); i++) {
          if (text.charAt(i) < '0' || text.charAt(i) > '9') {
            throw r.error(Reason.INVALID_VALUE, "expected digits");
          }
        }
        return text;
      }
    };
  }

  /** A date as text, in every form {@link dev.egov.json.internal.WireScalars#partialDate} reads. */
  private abstract static class DateText implements Form<PartialDate> {
    @Override
    public @Nullable PartialDate read(WireReader r) throws IOException {
      PartialDate d = r.partialDate();
      return d.isKnown() ? d : null;
    }

    @Override
    public boolean absent(@Nullable PartialDate value) {
      return value == null || !value.isKnown();
    }
  }

  /** The JSON form's birth date: {@code "yyyy-MM-dd"}, {@code "yyyy-MM"} or {@code "yyyy"}. */
  static final Form<PartialDate> DATE = new DateText() {
    @Override
    public void write(WireWriter w, PartialDate value, @Nullable String pointer) throws IOException {
      w.string(value.format());
    }
  };

  /** {@code Nam}: the year, {@code yyyy}. */
  private static final Form<PartialDate> YEAR = new DateText() {
    @Override
    public void write(WireWriter w, PartialDate value, @Nullable String pointer) throws IOException {
      w.string(pad(value.year().getAsInt(), 4));
    }
  };

  /** {@code NgayThangNam}: {@code yyyyMMdd}; a date known to the month as {@code yyyyMM00}, which the readers take. */
  private static final Form<PartialDate> COMPACT_DATE = new DateText() {
    @Override
    public void write(WireWriter w, PartialDate value, @Nullable String pointer) throws IOException {
      w.string(pad(value.year().getAsInt(), 4) + pad(value.month().getAsInt(), 2) + pad(value.day().orElse(0), 2));
    }
  };

  private static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0000".substring(0, width - s.length()) + s;
  }

  /**
   * The SOAP birth date {@code {Nam, NgayThangNam}}: the full date when known, else the year; a year that disagrees
   * with the full date is an error at {@code Nam}. Written: a year alone as {@code Nam}; a fuller date as {@code
   * NgayThangNam}, after {@code Nam} when {@code withYear} (the answer writes both, a request only the date).
   */
  private static MessageTable<PartialDate> birthDateObject(boolean withYear) {
    MessageTable.Builder<PartialDate> t = MessageTable.builder("a birth date (NgayThangNamSinh)");
    Field<PartialDate, PartialDate> year =
        t.field("Nam", YEAR, d -> withYear || d.precision() == PartialDate.Precision.YEAR ? d : null);
    Field<PartialDate, PartialDate> full =
        t.field("NgayThangNam", COMPACT_DATE, d -> d.precision() == PartialDate.Precision.YEAR ? null : d);
    return t.build(v -> combine(v, v.get(full), v.get(year), year));
  }

  /** The full date when known, else the year; a year that disagrees is an error at {@code yearField}. */
  static PartialDate combine(Values v, @Nullable PartialDate full, @Nullable PartialDate year, Field<?, ?> yearField) {
    if (full == null) {
      return year == null ? PartialDate.unknown() : year;
    }
    if (year != null && !year.year().equals(full.year())) {
      throw v.invalid(yearField, Reason.INVALID_VALUE, "the year disagrees with NgayThangNam");
    }
    return full;
  }

  /** An answer's birth date: an object in XML ({@code Nam} and {@code NgayThangNam}), text in JSON. */
  static final Form<PartialDate> BIRTH_DATE = Forms.textOrObject(DATE, birthDateObject(true),
      Forms.Shape.OBJECT_IN_XML);

  /** A request's birth date: an object in XML ({@code NgayThangNam}, or {@code Nam} for a year), text in JSON. */
  static final Form<PartialDate> REQUEST_BIRTH_DATE = Forms.textOrObject(DATE, birthDateObject(false),
      Forms.Shape.OBJECT_IN_XML);

  // ---------------------------------------------------------------- names

  /** A name as one string, split as {@link PersonName#parse} splits; written as the full name. */
  private static final Form<PersonName> NAME_TEXT = new Form<>() {
    @Override
    public @Nullable PersonName read(WireReader r) throws IOException {
      String text = r.code();
      if (text == null) {
        return null;
      }
      try {
        return PersonName.parse(text);
      } catch (TextLimitExceededException e) {
        throw overLimit(r, e);
      } catch (IllegalArgumentException e) {
        throw r.error(Reason.INVALID_VALUE, "not a usable name (a control character)");
      }
    }

    @Override
    public void write(WireWriter w, PersonName value, @Nullable String pointer) throws IOException {
      writeFullName(w, value);
    }
  };

  /**
   * Writes {@link PersonName#fullName()} without building it: the parts joined by single spaces in the writer's
   * buffer (every relative's name is written so).
   */
  static void writeFullName(WireWriter w, PersonName name) throws IOException {
    String family = name.family();
    String middle = name.middle();
    String given = name.given();
    char[] out = w.chars(family.length() + middle.length() + given.length() + 2);
    int n = append(out, 0, family);
    n = append(out, n, middle);
    w.string(out, append(out, n, given));
  }

  private static int append(char[] out, int at, String part) {
    if (part.isEmpty()) {
      return at;
    }
    int n = at;
    if (n > 0) {
      out[n++] = ' ';
    }
    part.getChars(0, part.length(), out, n);
    return n + part.length();
  }

  /** A name over egov's text limits, reported at the name with the part and the limit, never the text. */
  private static JsonDecodingException overLimit(WireReader r, TextLimitExceededException e) {
    return r.error(Reason.LIMIT_EXCEEDED, e.reason() == TextLimitExceededException.Reason.TOO_LONG
        ? "a name part (" + e.field() + ") longer than the limit of " + e.limit() + " characters"
        : "a name part (" + e.field() + ") with more than " + e.limit() + " combining marks in a row");
  }

  /**
   * {@code HoVaTen{Ho, ChuDem, Ten}}: written always with its three parts, an empty part as empty text; a name that
   * came whole in {@code Ten} (empty {@code Ho} and {@code ChuDem}, as real answers send it) goes back whole.
   */
  private static final MessageTable<WireName> NAME_OBJECT;

  static {
    MessageTable.Builder<WireName> t = MessageTable.<WireName>builder("a name (HoVaTen)").collapses();
    Field<WireName, String> family = t.field("Ho", CODE, n -> n.whole() ? null : n.name().family()).always();
    Field<WireName, String> middle = t.field("ChuDem", CODE, n -> n.whole() ? null : n.name().middle()).always();
    Field<WireName, String> given =
        t.field("Ten", CODE, n -> n.whole() ? n.name().fullName() : n.name().given()).always();
    NAME_OBJECT = t.build(v -> {
      try {
        PersonName name = PersonName.of(v.get(family), v.get(middle), v.get(given));
        // Whole in Ten when PersonName.of had to split it: only then does a family name appear.
        return new WireName(name, v.get(family) == null && v.get(middle) == null && !name.family().isEmpty());
      } catch (TextLimitExceededException e) {
        WireReader r = v.reader();
        throw r == null ? e : overLimit(r, e);
      } catch (IllegalArgumentException e) {
        WireReader r = v.reader();
        throw r == null ? e : r.error(Reason.INVALID_VALUE, "not a usable name (a control character)");
      }
    });
  }

  /**
   * A name as it travels: its parts, and whether it came whole in {@code Ten}, which the citizen's record notes with
   * {@link DataQualityFlag#NAME_GIVEN_WHOLE} so that a writer sends it back whole.
   *
   * @param name the name, split
   * @param whole whether it travels whole in {@code Ten}
   */
  record WireName(PersonName name, boolean whole) {}

  private static final Form<WireName> WIRE_NAME_TEXT = new Form<>() {
    @Override
    public @Nullable WireName read(WireReader r) throws IOException {
      PersonName name = NAME_TEXT.read(r);
      return name == null ? null : new WireName(name, false);
    }

    @Override
    public void write(WireWriter w, WireName value, @Nullable String pointer) throws IOException {
      writeFullName(w, value.name());
    }
  };

  /** The citizen's {@code HoVaTen}: read as a string or the structure, written as the structure. */
  static final Form<WireName> NAME = Forms.textOrObject(WIRE_NAME_TEXT, NAME_OBJECT, Forms.Shape.OBJECT);

  /** A relative's or a request's {@code HoVaTen}: read as a string or the structure, written as one string. */
  static final Form<PersonName> NAME_AS_TEXT = new Form<>() {
    private final Form<WireName> either = Forms.textOrObject(WIRE_NAME_TEXT, NAME_OBJECT, Forms.Shape.TEXT);

    @Override
    public @Nullable PersonName read(WireReader r) throws IOException {
      WireName name = either.read(r);
      return name == null ? null : name.name();
    }

    @Override
    public void write(WireWriter w, PersonName value, @Nullable String pointer) throws IOException {
      writeFullName(w, value);
    }
  };

  // ================================================================ structures

  /**
   * {@code DiaChi}. One with a district ({@code MaQuanHuyen} or {@code TenQuanHuyen}) is of the legacy catalogue; one
   * without is of the era the reader is given (its context). Absent parts are not written.
   */
  static final MessageTable<Address> ADDRESS;

  static {
    MessageTable.Builder<Address> t = MessageTable.<Address>builder("an address (DiaChi)").collapses();
    Field<Address, String> province = t.field("MaTinhThanh", unitCode(2), Address::provinceCode);
    Field<Address, String> district = t.field("MaQuanHuyen", unitCode(3), Address::districtCode);
    Field<Address, String> commune = t.field("MaPhuongXa", unitCode(5), Address::communeCode);
    Field<Address, String> provinceName = t.field("TenTinhThanh", CODE, Address::provinceName);
    Field<Address, String> districtName = t.field("TenQuanHuyen", CODE, Address::districtName);
    Field<Address, String> communeName = t.field("TenPhuongXa", CODE, Address::communeName);
    Field<Address, String> detail = t.field("ChiTiet", CODE, Address::detail);
    Field<Address, String> country = t.field("QuocGia", CODE, Address::country);
    ADDRESS = t.build(v -> {
      String d = v.get(district);
      String dn = v.get(districtName);
      WireReader r = v.reader();
      AdministrativeEra withoutDistrict = r == null ? null : r.context(AdministrativeEra.class);
      AdministrativeEra era = d != null || dn != null ? AdministrativeEra.LEGACY_2004
          : withoutDistrict != null ? withoutDistrict : AdministrativeEra.REFORM_2025;
      return new Address(era, v.get(province), v.get(provinceName), d, dn, v.get(commune), v.get(communeName),
          v.get(detail), v.get(country));
    });
  }

  /** {@code NguoiThan}: a relative, whose name is one string. */
  static final MessageTable<Relative> RELATIVE;

  static {
    MessageTable.Builder<Relative> t = MessageTable.<Relative>builder("a relative (NguoiThan)").collapses();
    Field<Relative, PersonName> name = t.field("HoVaTen", NAME_AS_TEXT, Relative::name).required();
    Field<Relative, Nationality> nationality = t.field("QuocTich", code(Nationality::of), Relative::nationality);
    Field<Relative, PersonalIdNumber> personalId = t.field("SoDinhDanh", OTHER_PERSONAL_ID, Relative::personalId);
    Field<Relative, LegacyIdCardNumber> legacyId = t.field("SoCMND", OTHER_LEGACY_ID, Relative::legacyIdCard);
    RELATIVE = t.build(v -> new Relative(v.need(name), v.get(nationality), v.get(personalId), v.get(legacyId)));
  }

  /** {@code ChuHo}: the head of household, whose name is one string. */
  static final MessageTable<HouseholdHead> HOUSEHOLD_HEAD;

  static {
    MessageTable.Builder<HouseholdHead> t =
        MessageTable.<HouseholdHead>builder("a head of household (ChuHo)").collapses();
    Field<HouseholdHead, Relation> relation = t.field("QuanHe", code(Relation::of), HouseholdHead::relation);
    Field<HouseholdHead, PersonalIdNumber> personalId =
        t.field("SoDinhDanh", OTHER_PERSONAL_ID, HouseholdHead::personalId);
    Field<HouseholdHead, LegacyIdCardNumber> legacyId =
        t.field("SoCMND", OTHER_LEGACY_ID, HouseholdHead::legacyIdCard);
    Field<HouseholdHead, PersonName> name = t.field("HoVaTen", NAME_AS_TEXT, HouseholdHead::name).required();
    HOUSEHOLD_HEAD = t.build(v -> new HouseholdHead(v.get(relation), v.need(name), v.get(personalId),
        v.get(legacyId)));
  }

  /**
   * {@code CongDan}: the citizen, in the element order of docs/population-database.md, The citizen record. It needs
   * {@code SoDinhDanh} or {@code SoCMND}, and {@code HoVaTen}; an object holding none of its fields is another
   * message, and a name proving one (a verification answer's {@code TonTai}, a request's {@code MaYeuCau}, a portal
   * dossier's {@code MaHoSo}) is refused at once.
   */
  static final MessageTable<Citizen> CITIZEN;

  static {
    MessageTable.Builder<Citizen> t = MessageTable.<Citizen>builder("a citizen (CongDan)")
        .foreign("TonTai", "a verification answer (TonTai)")
        .foreign("KetQuaXacThuc", "a verification answer (KetQuaXacThuc)")
        .foreign("MaYeuCau", "a request (MaYeuCau)")
        .foreign("maYeuCau", "a request (maYeuCau)")
        .foreign("MaHoSo", "a portal dossier or step (MaHoSo)")
        .foreign("MaTTHC", "a portal dossier or step (MaTTHC)");
    Field<Citizen, PersonalIdNumber> personalId =
        t.field("SoDinhDanh", PERSONAL_ID, Citizen::personalId).identifies();
    Field<Citizen, LegacyIdCardNumber> legacyId = t.field("SoCMND", LEGACY_ID, Citizen::legacyIdCard).identifies();
    Field<Citizen, WireName> name = t.field("HoVaTen", NAME,
        c -> new WireName(c.name(), c.dataQualityFlags().contains(DataQualityFlag.NAME_GIVEN_WHOLE))).identifies();
    Field<Citizen, Sex> sex = t.field("GioiTinh", SEX, Citizen::sex).always().identifies();
    Field<Citizen, Ethnicity> ethnicity =
        t.field("DanToc", code(Ethnicity::of), c -> c.particulars().ethnicity()).identifies();
    Field<Citizen, Religion> religion =
        t.field("TonGiao", code(Religion::of), c -> c.particulars().religion()).identifies();
    Field<Citizen, MaritalStatus> marital = t.field("TinhTrangHonNhan", code(PopulationCodes::maritalStatus),
        c -> c.particulars().maritalStatus()).identifies();
    Field<Citizen, BloodGroup> blood =
        t.field("NhomMau", code(PopulationCodes::bloodGroup), c -> c.particulars().bloodGroup()).identifies();
    Field<Citizen, PartialDate> birthDate =
        t.field("NgayThangNamSinh", BIRTH_DATE, Citizen::birthDate).identifies();
    Field<Citizen, Address> birthPlace =
        t.field("NoiDangKyKhaiSinh", ADDRESS, c -> c.places().birthRegistrationPlace()).identifies();
    Field<Citizen, Nationality> nationality =
        t.field("QuocTich", code(Nationality::of), c -> c.particulars().nationality()).identifies();
    Field<Citizen, Address> homeTown = t.field("QueQuan", ADDRESS, c -> c.places().homeTown()).identifies();
    Field<Citizen, Address> permanent =
        t.field("ThuongTru", ADDRESS, c -> c.places().permanentResidence()).identifies();
    Field<Citizen, Address> current = t.field("NoiOHienTai", ADDRESS, c -> c.places().currentResidence())
        .identifies();
    Field<Citizen, Relative> father = t.field("Cha", RELATIVE, c -> c.family().father()).identifies();
    Field<Citizen, Relative> mother = t.field("Me", RELATIVE, c -> c.family().mother()).identifies();
    Field<Citizen, Relative> spouse = t.field("VoChong", RELATIVE, c -> c.family().spouse()).identifies();
    Field<Citizen, Relative> representative =
        t.field("NguoiDaiDien", RELATIVE, c -> c.family().representative()).identifies();
    Field<Citizen, HouseholdHead> head =
        t.field("ChuHo", HOUSEHOLD_HEAD, c -> c.family().householdHead()).identifies();
    Field<Citizen, String> householdBook =
        t.field("SoSoHoKhau", CODE, c -> c.family().householdBookNumber()).identifies();
    Field<Citizen, String> email = t.field("ThuDienTu", CODE, c -> c.contact().email()).identifies();
    Field<Citizen, String> phone = t.field("SoDienThoai", PHONE, c -> c.contact().phone()).identifies();
    Field<Citizen, TaxIdentifier> tax =
        t.field("MaSoThue", TAX_ID, c -> c.otherIdentifiers().taxIdentifier()).identifies();
    Field<Citizen, SocialInsuranceNumber> insurance =
        t.field("MaBHXH", INSURANCE_ID, c -> c.otherIdentifiers().socialInsuranceNumber()).identifies();
    CITIZEN = t.build(v -> {
      PersonalIdNumber id = v.get(personalId);
      LegacyIdCardNumber legacy = v.get(legacyId);
      if (id == null && legacy == null) {
        throw v.invalid(personalId, Reason.MISSING_FIELD, "a value is required");
      }
      WireName n = v.get(name);
      if (n == null) {
        throw v.invalid(name, Reason.MISSING_FIELD, "a value is required");
      }
      return Citizen.builder().personalId(id).legacyIdCard(legacy).name(n.name()).sex(v.get(sex, Sex.UNKNOWN))
          .dataQualityFlags(n.whole() ? List.of(DataQualityFlag.NAME_GIVEN_WHOLE) : List.of())
          .birthDate(v.get(birthDate, PartialDate.unknown()))
          .particulars(new CitizenParticulars(v.get(ethnicity), v.get(religion), v.get(nationality),
              v.get(marital), v.get(blood)))
          .places(new CitizenPlaces(v.get(birthPlace), v.get(homeTown), v.get(permanent), v.get(current)))
          .family(new CitizenFamily(v.get(father), v.get(mother), v.get(spouse), v.get(representative), v.get(head),
              v.get(householdBook)))
          .contact(new CitizenContact(v.get(email), v.get(phone)))
          .otherIdentifiers(new CitizenOtherIdentifiers(v.get(tax), v.get(insurance)))
          .build();
    });
  }

  // ================================================================ requests

  /** A request's parts: who asks and why, and whom about. */
  record Request(RequestMetadata metadata, CitizenIdentity identity) {}

  /**
   * The fields of a look-up or verification request, in the order some implementations require (docs/population-
   * database.md, Request metadata), each also read under the camelCase name .NET and JavaScript clients write ({@code
   * maYeuCau}, {@code soDinhDanh}); a top-level {@code NgayThangNam} or {@code Nam} (camelCase JSON) gives the birth
   * date when there is no {@code NgayThangNamSinh}; {@code AuthHash}, an officer credential some gateways add, is
   * skipped, never kept.
   *
   * @param what what the request is, for errors
   * @param json whether it is the JSON form, where names of other messages at its top level refuse it
   * @return the table
   */
  static MessageTable<Request> request(String what, boolean json) {
    MessageTable.Builder<Request> t = MessageTable.builder(what);
    if (json) {
      t.foreign("error_code", "an answer (error_code)")
          .foreign("session", "a log-in answer or a portal call (session)")
          .foreign("service", "a portal call (service)")
          .foreign("madonvi", "a portal call (madonvi)")
          .foreign("accessToken", "a request in a gateway's envelope (accessToken)")
          .foreign("lgspAccessToken", "a request in a gateway's envelope (lgspAccessToken)");
    }
    Field<Request, String> requestId = t.field("MaYeuCau", metadata(false), q -> q.metadata().requestId())
        .required().identifies().aliases("maYeuCau");
    Field<Request, String> procedure = t.field("MaDVC", metadata(false), q -> q.metadata().procedureCode())
        .required().identifies().aliases("maDVC", "maDvc");
    Field<Request, String> integration = t.field("MaTichHop", metadata(true), q -> q.metadata().integrationCode())
        .required().identifies().aliases("maTichHop");
    Field<Request, String> officer = t.field("MaCanBo", metadata(false), q -> q.metadata().officer())
        .required().identifies().aliases("maCanBo");
    Field<Request, String> agency = t.field("MaDonVi", metadata(false), q -> q.metadata().agencyCode())
        .identifies().aliases("maDonVi");
    Field<Request, PersonalIdNumber> personalId = t.field("SoDinhDanh", PERSONAL_ID, q -> q.identity().personalId())
        .identifies().aliases("soDinhDanh");
    Field<Request, LegacyIdCardNumber> legacyId = t.field("SoCMND", LEGACY_ID, q -> q.identity().legacyIdCard())
        .identifies().aliases("soCMND", "soCmnd");
    Field<Request, PersonName> name = t.field("HoVaTen", NAME_AS_TEXT, q -> q.identity().name())
        .required().identifies().aliases("hoVaTen");
    Field<Request, PartialDate> birthDate = t.field("NgayThangNamSinh", REQUEST_BIRTH_DATE,
        q -> q.identity().birthDate()).identifies().aliases("ngayThangNamSinh");
    Field<Request, PartialDate> topDate = t.field("NgayThangNam", DATE, q -> null)
        .identifies().aliases("ngayThangNam");
    Field<Request, PartialDate> topYear = t.field("Nam", DATE, q -> null).identifies().aliases("nam");
    t.field("AuthHash", Forms.SECRET, q -> null);
    return t.build(v -> {
      PersonalIdNumber id = v.get(personalId);
      LegacyIdCardNumber legacy = v.get(legacyId);
      if (id == null && legacy == null) {
        throw v.invalid(personalId, Reason.MISSING_FIELD, "a value is required");
      }
      PartialDate date = v.get(birthDate);
      if (date == null || !date.isKnown()) {
        date = combine(v, v.get(topDate), v.get(topYear), topYear);
      }
      RequestMetadata metadata = new RequestMetadata(v.need(requestId), v.need(procedure), v.need(integration),
          v.need(officer), v.get(agency));
      return new Request(metadata, new CitizenIdentity(id, legacy, v.need(name), date));
    });
  }
}
