package dev.egov.json.population;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.internal.WireScalars;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.TextLimitExceededException;
import dev.egov.model.address.Address;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.Relation;
import dev.egov.model.code.Religion;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.SocialInsuranceNumber;
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
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@code CongDan} structure and its parts (docs/population-database.md, The citizen record), read from and written to both forms: the SOAP and
 * JSON forms share every field name and differ only in the birth date ({@code NgayThangNamSinh{NgayThangNam, Nam}} in
 * SOAP, {@code "yyyy-MM-dd"} or {@code "yyyy"} in JSON), which the reader accepts in either shape.
 *
 * <p>Identifiers: the citizen's own {@code SoDinhDanh} and {@code SoCMND} (and a request's) must be valid, since a
 * record whose identity is unusable cannot be trusted to be the person asked about: an invalid one is an {@link
 * Reason#INVALID_VALUE} error. The secondary identifiers (relatives', the head of household's, {@code MaSoThue},
 * {@code MaBHXH}) and a phone number that {@link PhoneNumber#parseInbound} rejects do not make the citizen unreadable:
 * they are left out of the record and kept as unknown fields, so that they are reported and written back.
 */
final class CitizenMapping {

  private CitizenMapping() {}

  // ================================================================ reading

  /** Reads a {@code CongDan} object; the parser is on its start. */
  static Citizen readCitizen(WireIn in) throws IOException {
    if (!in.object()) {
      throw in.error(Reason.MISSING_FIELD, "a citizen is required");
    }
    Citizen.Builder b = Citizen.builder();
    boolean hasId = false;
    boolean hasName = false;
    Ethnicity ethnicity = null;
    Religion religion = null;
    Nationality nationality = null;
    MaritalStatus maritalStatus = null;
    BloodGroup bloodGroup = null;
    Address birthRegistrationPlace = null;
    Address homeTown = null;
    Address permanentResidence = null;
    Address currentResidence = null;
    Relative father = null;
    Relative mother = null;
    Relative spouse = null;
    Relative representative = null;
    HouseholdHead householdHead = null;
    String householdBookNumber = null;
    String email = null;
    String phone = null;
    TaxIdentifier taxIdentifier = null;
    SocialInsuranceNumber socialInsuranceNumber = null;
    int fields = 0;
    int unknownCount = 0;
    String unknownName = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      switch (field) {
        case "SoDinhDanh": {
          PersonalIdNumber id = subjectPersonalId(in);
          b.personalId(id);
          hasId |= id != null;
          break;
        }
        case "SoCMND": {
          LegacyIdCardNumber id = subjectLegacyId(in);
          b.legacyIdCard(id);
          hasId |= id != null;
          break;
        }
        case "HoVaTen": {
          PersonName name = personName(in);
          if (name != null) {
            b.name(name);
            hasName = true;
          }
          break;
        }
        case "GioiTinh": {
          String code = in.text();
          if (code != null) {
            Optional<Sex> sex = PopulationCodes.sex(code);
            if (sex.isPresent()) {
              b.sex(sex.get());
            } else {
              in.unknown();
            }
          }
          break;
        }
        case "NgayThangNamSinh":
          b.birthDate(birthDate(in));
          break;
        case "DanToc": {
          String code = in.text();
          ethnicity = code == null ? null : Ethnicity.of(code);
          break;
        }
        case "TonGiao": {
          String code = in.text();
          religion = code == null ? null : Religion.of(code);
          break;
        }
        case "QuocTich": {
          String code = in.text();
          nationality = code == null ? null : Nationality.of(code);
          break;
        }
        case "TinhTrangHonNhan": {
          String code = in.text();
          maritalStatus = code == null ? null : PopulationCodes.maritalStatus(code);
          break;
        }
        case "NhomMau": {
          String code = in.text();
          bloodGroup = code == null ? null : PopulationCodes.bloodGroup(code);
          break;
        }
        case "NoiDangKyKhaiSinh":
          birthRegistrationPlace = address(in);
          break;
        case "QueQuan":
          homeTown = address(in);
          break;
        case "ThuongTru":
          permanentResidence = address(in);
          break;
        case "NoiOHienTai":
          currentResidence = address(in);
          break;
        case "Cha":
          father = relative(in);
          break;
        case "Me":
          mother = relative(in);
          break;
        case "VoChong":
          spouse = relative(in);
          break;
        case "NguoiDaiDien":
          representative = relative(in);
          break;
        case "ChuHo":
          householdHead = householdHead(in);
          break;
        case "SoSoHoKhau":
          householdBookNumber = in.text();
          break;
        case "ThuDienTu":
          email = in.text();
          break;
        case "SoDienThoai":
          phone = phone(in);
          break;
        case "MaSoThue":
          taxIdentifier = taxIdentifier(in);
          break;
        case "MaBHXH":
          socialInsuranceNumber = socialInsuranceNumber(in);
          break;
        default:
          String other = otherMessage(field);
          if (other != null) {
            throw new JsonDecodingException(Reason.WRONG_MESSAGE, in.pointer(), "expected a citizen (CongDan), found "
                + other);
          }
          if (unknownName == null) {
            unknownName = field;
          }
          unknownCount++;
          in.unknown();
      }
      in.pop();
      fields++;
    }
    if (!hasId) {
      if (!hasName && fields == unknownCount && fields > 0) {
        throw in.error(Reason.WRONG_MESSAGE, "expected a citizen (CongDan), found field "
            + Messages.shortName(unknownName) + " and none of a citizen's");
      }
      throw in.missing("SoDinhDanh");
    }
    if (!hasName) {
      throw in.missing("HoVaTen");
    }
    return b.particulars(new CitizenParticulars(ethnicity, religion, nationality, maritalStatus, bloodGroup))
        .places(new CitizenPlaces(birthRegistrationPlace, homeTown, permanentResidence, currentResidence))
        .family(new CitizenFamily(father, mother, spouse, representative, householdHead, householdBookNumber))
        .contact(new CitizenContact(email, phone))
        .otherIdentifiers(new CitizenOtherIdentifiers(taxIdentifier, socialInsuranceNumber))
        .build();
  }

  /** Names that, in an object read as a citizen, prove it is another message. */
  private static @Nullable String otherMessage(String field) {
    switch (field) {
      case "TonTai":
      case "KetQuaXacThuc":
        return "a verification answer (" + field + ")";
      case "MaYeuCau":
      case "maYeuCau":
        return "a request (" + field + ")";
      case "MaHoSo":
      case "MaTTHC":
        return "a portal dossier or step (" + field + ")";
      default:
        return null;
    }
  }

  /** Reads a date text, building the field's pointer only if the text is unusable. */
  private static PartialDate partialDate(WireIn in, @Nullable String text) {
    if (text == null) {
      return PartialDate.unknown();
    }
    try {
      return WireScalars.partialDate(text, "");
    } catch (JsonDecodingException e) {
      throw e.at(in.pointer());
    }
  }

  /** Reads a birth date in either shape: text in any form {@link WireScalars#partialDate} reads, or the SOAP structure. */
  static PartialDate birthDate(WireIn in) throws IOException {
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      return dateText(in);
    }
    PartialDate full = PartialDate.unknown();
    PartialDate year = PartialDate.unknown();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      if (field.equals("NgayThangNam")) {
        full = dateText(in);
      } else if (field.equals("Nam")) {
        year = dateText(in);
      } else {
        in.unknown();
      }
      in.pop();
    }
    return birthDate(in, full, year, "Nam");
  }

  /** Reads the current value as a date text in any form {@link WireScalars#partialDate} reads. */
  static PartialDate dateText(WireIn in) throws IOException {
    return partialDate(in, in.text());
  }

  /**
   * Combines a full date and a year sent beside it ({@code NgayThangNam} and {@code Nam}): the full date when known,
   * else the year; a year that disagrees with the full date is an error at {@code yearField}.
   */
  static PartialDate birthDate(WireIn in, PartialDate full, PartialDate year, String yearField) {
    if (!full.isKnown()) {
      return year;
    }
    if (year.isKnown() && !year.year().equals(full.year())) {
      throw new dev.egov.json.JsonDecodingException(Reason.INVALID_VALUE, in.pointer(yearField),
          "the year disagrees with NgayThangNam");
    }
    return full;
  }

  /** Reads {@code HoVaTen}: the structure {@code {Ho, ChuDem, Ten}} or, tolerantly, one string. */
  static @Nullable PersonName personName(WireIn in) throws IOException {
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      String text = in.text();
      return text == null ? null : parseName(in, text);
    }
    int mark = in.mark();
    String family = null;
    String middle = null;
    String given = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      switch (field) {
        case "Ho":
          family = in.text();
          break;
        case "ChuDem":
          middle = in.text();
          break;
        case "Ten":
          given = in.text();
          break;
        default:
          in.unknown();
      }
      in.pop();
    }
    if (family == null && middle == null && given == null) {
      in.collapse(mark);
      return null;
    }
    try {
      return PersonName.of(family, middle, given);
    } catch (TextLimitExceededException e) {
      throw overLimit(in, e);
    } catch (IllegalArgumentException e) {
      throw in.error(Reason.INVALID_VALUE, "not a usable name (a control character)");
    }
  }

  private static PersonName parseName(WireIn in, String text) {
    try {
      return PersonName.parse(text);
    } catch (TextLimitExceededException e) {
      throw overLimit(in, e);
    } catch (IllegalArgumentException e) {
      throw in.error(Reason.INVALID_VALUE, "not a usable name (a control character)");
    }
  }

  /** A name over egov's text limits, reported at the name with the part and the limit, never the text. */
  private static JsonDecodingException overLimit(WireIn in, TextLimitExceededException e) {
    return in.error(Reason.LIMIT_EXCEEDED, e.reason() == TextLimitExceededException.Reason.TOO_LONG
        ? "a name part (" + e.field() + ") longer than the limit of " + e.limit() + " characters"
        : "a name part (" + e.field() + ") with more than " + e.limit() + " combining marks in a row");
  }

  /** Reads a {@code DiaChi} structure; {@code null} when it holds nothing. */
  static @Nullable Address address(WireIn in) throws IOException {
    if (!in.object()) {
      return null;
    }
    int mark = in.mark();
    String province = null;
    String district = null;
    String commune = null;
    String provinceName = null;
    String districtName = null;
    String communeName = null;
    String detail = null;
    String country = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      switch (field) {
        case "MaTinhThanh":
          province = unitCode(in, 2);
          break;
        case "MaQuanHuyen":
          district = unitCode(in, 3);
          break;
        case "MaPhuongXa":
          commune = unitCode(in, 5);
          break;
        case "TenTinhThanh":
          provinceName = in.text();
          break;
        case "TenQuanHuyen":
          districtName = in.text();
          break;
        case "TenPhuongXa":
          communeName = in.text();
          break;
        case "ChiTiet":
          detail = in.text();
          break;
        case "QuocGia":
          country = in.text();
          break;
        default:
          in.unknown();
      }
      in.pop();
    }
    if (province == null && district == null && commune == null && provinceName == null && districtName == null
        && communeName == null && detail == null && country == null) {
      in.collapse(mark);
      return null;
    }
    AdministrativeEra era = district != null || districtName != null ? AdministrativeEra.LEGACY_2004 : in.eraWithoutDistrict;
    return new Address(era, province, provinceName, district, districtName, commune, communeName, detail, country);
  }

  /** Reads an administrative-unit code of {@code width} digits; a shorter one (a number that lost its zeros) is padded. */
  private static @Nullable String unitCode(WireIn in, int width) throws IOException {
    String text = in.text();
    if (text == null) {
      return null;
    }
    int n = text.length();
    boolean digits = n <= width;
    for (int i = 0; digits && i < n; i++) {
      digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    if (!digits) {
      throw in.error(Reason.INVALID_VALUE, "expected an administrative-unit code of " + width + " digits");
    }
    return n == width ? text : "00000".substring(0, width - n) + text;
  }

  /** Reads a {@code NguoiThan} structure; {@code null} when it holds nothing. */
  static @Nullable Relative relative(WireIn in) throws IOException {
    if (!in.object()) {
      return null;
    }
    int mark = in.mark();
    PersonName name = null;
    Nationality nationality = null;
    PersonalIdNumber personalId = null;
    LegacyIdCardNumber legacyId = null;
    boolean any = false;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      switch (field) {
        case "HoVaTen":
          name = personName(in);
          any |= name != null;
          break;
        case "QuocTich": {
          String code = in.text();
          nationality = code == null ? null : Nationality.of(code);
          any |= code != null;
          break;
        }
        case "SoDinhDanh":
          personalId = secondaryPersonalId(in);
          any |= personalId != null;
          break;
        case "SoCMND":
          legacyId = secondaryLegacyId(in);
          any |= legacyId != null;
          break;
        default:
          in.unknown();
      }
      in.pop();
    }
    if (!any) {
      in.collapse(mark);
      return null;
    }
    if (name == null) {
      throw in.missing("HoVaTen");
    }
    return new Relative(name, nationality, personalId, legacyId);
  }

  /** Reads a {@code ChuHo} structure; {@code null} when it holds nothing. */
  static @Nullable HouseholdHead householdHead(WireIn in) throws IOException {
    if (!in.object()) {
      return null;
    }
    int mark = in.mark();
    Relation relation = null;
    PersonName name = null;
    PersonalIdNumber personalId = null;
    LegacyIdCardNumber legacyId = null;
    boolean any = false;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      in.value();
      in.push(field);
      switch (field) {
        case "QuanHe": {
          String code = in.text();
          relation = code == null ? null : Relation.of(code);
          any |= code != null;
          break;
        }
        case "HoVaTen":
          name = personName(in);
          any |= name != null;
          break;
        case "SoDinhDanh":
          personalId = secondaryPersonalId(in);
          any |= personalId != null;
          break;
        case "SoCMND":
          legacyId = secondaryLegacyId(in);
          any |= legacyId != null;
          break;
        default:
          in.unknown();
      }
      in.pop();
    }
    if (!any) {
      in.collapse(mark);
      return null;
    }
    if (name == null) {
      throw in.missing("HoVaTen");
    }
    return new HouseholdHead(relation, name, personalId, legacyId);
  }

  // ---------------------------------------------------------------- identifiers

  /** Reads the subject's own personal ID: an invalid one is an error naming the field, never quoting the value. */
  static @Nullable PersonalIdNumber subjectPersonalId(WireIn in) throws IOException {
    String text = in.text();
    if (text == null) {
      return null;
    }
    IdentifierCheck check = PersonalIdNumber.check(text);
    if (check != IdentifierCheck.VALID) {
      throw invalidIdentifier(in, "a personal identification number", check);
    }
    return PersonalIdNumber.parse(text);
  }

  /** Reads the subject's own old identity card number: an invalid one is an error naming the field. */
  static @Nullable LegacyIdCardNumber subjectLegacyId(WireIn in) throws IOException {
    String text = in.text();
    if (text == null) {
      return null;
    }
    IdentifierCheck check = LegacyIdCardNumber.check(text);
    if (check != IdentifierCheck.VALID) {
      throw invalidIdentifier(in, "an old identity card number", check);
    }
    return LegacyIdCardNumber.parse(text);
  }

  private static dev.egov.json.JsonDecodingException invalidIdentifier(WireIn in, String what, IdentifierCheck check) {
    return in.error(Reason.INVALID_VALUE, "not " + what + ": " + check.description() + " (" + check.name() + ")");
  }

  private static @Nullable PersonalIdNumber secondaryPersonalId(WireIn in) throws IOException {
    return secondary(in, PersonalIdNumber::check, PersonalIdNumber::parse);
  }

  private static @Nullable LegacyIdCardNumber secondaryLegacyId(WireIn in) throws IOException {
    return secondary(in, LegacyIdCardNumber::check, LegacyIdCardNumber::parse);
  }

  private static @Nullable TaxIdentifier taxIdentifier(WireIn in) throws IOException {
    return secondary(in, TaxIdentifier::check, TaxIdentifier::parse);
  }

  private static @Nullable SocialInsuranceNumber socialInsuranceNumber(WireIn in) throws IOException {
    return secondary(in, SocialInsuranceNumber::check, SocialInsuranceNumber::parse);
  }

  /**
   * Reads an identifier that is not the record's own: one that fails its check is kept as an unknown field (written
   * back as it came) instead of failing the whole answer.
   */
  private static <T> @Nullable T secondary(
      WireIn in, Function<String, IdentifierCheck> check, Function<String, T> parse) throws IOException {
    String text = in.text();
    if (text == null) {
      return null;
    }
    if (check.apply(text) != IdentifierCheck.VALID) {
      in.unknown();
      return null;
    }
    return parse.apply(text);
  }

  /** Reads a phone number, kept as written when {@link PhoneNumber#parseInbound} accepts it. */
  private static @Nullable String phone(WireIn in) throws IOException {
    String text = in.text();
    if (text == null) {
      return null;
    }
    try {
      PhoneNumber.parseInbound(text);
      return text;
    } catch (InvalidIdentifierException e) {
      in.unknown();
      return null;
    }
  }

  // ================================================================ writing

  /** Writes the fields of a {@code CongDan} object (the caller starts and ends it), in the order of docs/population-database.md, The citizen record. */
  static void writeCitizenFields(WireOut out, Citizen c) throws IOException {
    out.text(W.SoDinhDanh, c.personalId() == null ? null : c.personalId().format());
    out.text(W.SoCMND, c.legacyIdCard() == null ? null : c.legacyIdCard().format());
    writeName(out, W.HoVaTen, c.name());
    // An unknown GioiTinh read from the wire (the record says UNKNOWN) goes back as it was.
    if (c.sex() != Sex.UNKNOWN || !out.absent(W.GioiTinh)) {
      out.text(W.GioiTinh, PopulationCodes.sexCode(c.sex()));
    }
    out.text(W.DanToc, code(c.particulars().ethnicity()));
    out.text(W.TonGiao, code(c.particulars().religion()));
    out.text(W.TinhTrangHonNhan, code(c.particulars().maritalStatus()));
    out.text(W.NhomMau, code(c.particulars().bloodGroup()));
    writeBirthDate(out, W.NgayThangNamSinh, c.birthDate(), true);
    writeAddress(out, W.NoiDangKyKhaiSinh, c.places().birthRegistrationPlace());
    out.text(W.QuocTich, code(c.particulars().nationality()));
    writeAddress(out, W.QueQuan, c.places().homeTown());
    writeAddress(out, W.ThuongTru, c.places().permanentResidence());
    writeAddress(out, W.NoiOHienTai, c.places().currentResidence());
    writeRelative(out, W.Cha, c.family().father());
    writeRelative(out, W.Me, c.family().mother());
    writeRelative(out, W.VoChong, c.family().spouse());
    writeRelative(out, W.NguoiDaiDien, c.family().representative());
    writeHouseholdHead(out, c.family().householdHead());
    out.text(W.SoSoHoKhau, c.family().householdBookNumber());
    out.text(W.ThuDienTu, c.contact().email());
    out.text(W.SoDienThoai, c.contact().phone());
    CitizenOtherIdentifiers other = c.otherIdentifiers();
    out.text(W.MaSoThue, other.taxIdentifier() == null ? null : other.taxIdentifier().format());
    out.text(W.MaBHXH, other.socialInsuranceNumber() == null ? null : other.socialInsuranceNumber().format());
  }

  private static @Nullable String code(dev.egov.model.code.@Nullable OpenCode code) {
    return code == null ? null : code.code();
  }

  /** Writes {@code HoVaTen{Ho, ChuDem, Ten}}, always with its three parts (an empty part as empty text). */
  static void writeName(WireOut out, SerializableString field, PersonName name) throws IOException {
    out.startObject(field);
    out.text(W.Ho, name.family());
    out.text(W.ChuDem, name.middle());
    out.text(W.Ten, name.given());
    out.endObject();
  }

  /**
   * Writes a birth date: in SOAP {@code {NgayThangNam: yyyyMMdd}} for a full date and {@code {Nam: yyyy}} for a year;
   * in JSON {@code "yyyy-MM-dd"} or {@code "yyyy"}. A date known to the month, which the documented dialect has no form
   * for, is written {@code yyyyMM00} in SOAP and {@code yyyy-MM} in JSON, the forms the readers take back. An unknown
   * date is not written.
   */
  static void writeBirthDate(WireOut out, SerializableString field, PartialDate date, boolean withYear)
      throws IOException {
    if (!date.isKnown()) {
      out.absent(field);
      return;
    }
    if (!out.isXml()) {
      out.text(field, date.format());
      return;
    }
    out.startObject(field);
    int year = date.year().getAsInt();
    if (date.precision() == PartialDate.Precision.YEAR) {
      out.text(W.Nam, pad(year, 4));
    } else {
      if (withYear) {
        out.text(W.Nam, pad(year, 4));
      }
      int day = date.day().orElse(0);
      out.text(W.NgayThangNam, pad(year, 4) + pad(date.month().getAsInt(), 2) + pad(day, 2));
    }
    out.endObject();
  }

  private static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0000".substring(0, width - s.length()) + s;
  }

  /** Writes a {@code DiaChi} structure; absent parts are not written (after the reform, no district). */
  static void writeAddress(WireOut out, SerializableString field, @Nullable Address a) throws IOException {
    if (a == null) {
      out.absent(field);
      return;
    }
    out.startObject(field);
    out.text(W.MaTinhThanh, a.provinceCode());
    out.text(W.MaQuanHuyen, a.districtCode());
    out.text(W.MaPhuongXa, a.communeCode());
    out.text(W.TenTinhThanh, a.provinceName());
    out.text(W.TenQuanHuyen, a.districtName());
    out.text(W.TenPhuongXa, a.communeName());
    out.text(W.ChiTiet, a.detail());
    out.text(W.QuocGia, a.country());
    out.endObject();
  }

  /** Writes a {@code NguoiThan} structure, whose name is one string. */
  static void writeRelative(WireOut out, SerializableString field, @Nullable Relative r) throws IOException {
    if (r == null) {
      out.absent(field);
      return;
    }
    out.startObject(field);
    out.text(W.HoVaTen, r.name().fullName());
    out.text(W.QuocTich, code(r.nationality()));
    out.text(W.SoDinhDanh, r.personalId() == null ? null : r.personalId().format());
    out.text(W.SoCMND, r.legacyIdCard() == null ? null : r.legacyIdCard().format());
    out.endObject();
  }

  /** Writes the {@code ChuHo} structure, whose name is one string. */
  static void writeHouseholdHead(WireOut out, @Nullable HouseholdHead h) throws IOException {
    if (h == null) {
      out.absent(W.ChuHo);
      return;
    }
    out.startObject(W.ChuHo);
    out.text(W.QuanHe, code(h.relation()));
    out.text(W.SoDinhDanh, h.personalId() == null ? null : h.personalId().format());
    out.text(W.SoCMND, h.legacyIdCard() == null ? null : h.legacyIdCard().format());
    out.text(W.HoVaTen, h.name().fullName());
    out.endObject();
  }
}
