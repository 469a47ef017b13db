package dev.egov.model.person;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.code.BloodGroup;
import dev.egov.model.code.DataQualityFlag;
import dev.egov.model.code.Ethnicity;
import dev.egov.model.code.MaritalStatus;
import dev.egov.model.code.Nationality;
import dev.egov.model.code.Religion;
import dev.egov.model.id.IdentifierFinding;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxIdentifier;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen as the national population database (CSDL quốc gia về dân cư) exposes them to agencies (QCVN 109:2017/BTTTT;
 * docs/population-database.md, The citizen record): identity numbers, name, sex and a possibly partial birth date, ethnic group, religion,
 * nationality, marital status, blood group, four addresses, relatives and the head of household, and data-quality
 * flags.
 *
 * <pre>{@code
 * Citizen citizen = Citizen.builder()
 *     .personalId(PersonalIdNumber.parse("079303001234"))
 *     .name(PersonName.parse("Nguyễn Thị Hoà"))
 *     .sex(Sex.FEMALE)
 *     .birthDate(PartialDate.parse("2003-05-14"))
 *     .ethnicity(Ethnicity.of("01"))
 *     .build();
 * citizen.toString();   // Citizen[personalId=079*******34, name=N***** T** H**]
 * }</pre>
 *
 * <p><b>Codes.</b> Code-list fields are {@linkplain dev.egov.model.code open codes}: an unknown code from the database
 * is kept, never rejected. <b>Consistency</b> between the personal ID and the birth date and sex is a data-quality
 * finding ({@link #personalIdFindings}), never a reason to refuse the record.
 *
 * <p>Immutable; {@link #toString()} masks the identity numbers and the name and prints nothing else.
 *
 * @param personalId the personal identification number ({@code SoDinhDanh}), or {@code null} if the record has only an old card number
 * @param legacyIdCard the old identity card number ({@code SoCMND}), or {@code null}
 * @param name the name ({@code HoVaTen})
 * @param sex the sex ({@code GioiTinh}); {@link Sex#UNKNOWN} when not recorded
 * @param birthDate the birth date ({@code NgayThangNamSinh}), possibly only a year; {@link PartialDate#unknown()} when not recorded
 * @param ethnicity the ethnic group ({@code DanToc}), or {@code null}
 * @param religion the religion ({@code TonGiao}), or {@code null}
 * @param nationality the nationality ({@code QuocTich}), or {@code null}
 * @param maritalStatus the marital status ({@code TinhTrangHonNhan}), or {@code null}
 * @param bloodGroup the blood group ({@code NhomMau}), or {@code null}
 * @param birthRegistrationPlace where the birth was registered ({@code NoiDangKyKhaiSinh}), or {@code null}
 * @param homeTown the home town ({@code QueQuan}), or {@code null}
 * @param permanentResidence the permanent residence ({@code ThuongTru}), or {@code null}
 * @param currentResidence the current residence ({@code NoiOHienTai}), or {@code null}
 * @param father the father ({@code Cha}), or {@code null}
 * @param mother the mother ({@code Me}), or {@code null}
 * @param spouse the spouse ({@code VoChong}), or {@code null}
 * @param representative the legal representative ({@code NguoiDaiDien}), or {@code null}
 * @param householdHead the head of household and the citizen's relation to them ({@code ChuHo}), or {@code null}
 * @param householdBookNumber the household book number ({@code SoSoHoKhau}; the paper book was abolished in 2023 but the number remains in data), or {@code null}
 * @param email the e-mail address ({@code ThuDienTu}) of the portal account sync, as written, or {@code null}
 * @param phone the phone number ({@code SoDienThoai}), as written (inbound data is not over-validated; see {@link dev.egov.model.id.PhoneNumber#parseInbound}), or {@code null}
 * @param taxIdentifier the tax identifier ({@code MaSoThue}), or {@code null}
 * @param socialInsuranceNumber the social-insurance number ({@code MaBHXH}), or {@code null}
 * @param dataQualityFlags data-quality flags, in the order set; empty when none
 * @since 0.1.0
 */
public record Citizen(
    @Nullable PersonalIdNumber personalId,
    @Nullable LegacyIdCardNumber legacyIdCard,
    PersonName name,
    Sex sex,
    PartialDate birthDate,
    @Nullable Ethnicity ethnicity,
    @Nullable Religion religion,
    @Nullable Nationality nationality,
    @Nullable MaritalStatus maritalStatus,
    @Nullable BloodGroup bloodGroup,
    @Valid @Nullable Address birthRegistrationPlace,
    @Valid @Nullable Address homeTown,
    @Valid @Nullable Address permanentResidence,
    @Valid @Nullable Address currentResidence,
    @Nullable Relative father,
    @Nullable Relative mother,
    @Nullable Relative spouse,
    @Nullable Relative representative,
    @Nullable HouseholdHead householdHead,
    @Nullable String householdBookNumber,
    @Nullable String email,
    @Nullable String phone,
    @Nullable TaxIdentifier taxIdentifier,
    @Nullable SocialInsuranceNumber socialInsuranceNumber,
    List<DataQualityFlag> dataQualityFlags) {

  /**
   * Checks the required parts and copies the flags.
   *
   * @param personalId the personal identification number ({@code SoDinhDanh}), or {@code null} if the record has only
   *     an old card number
   * @param legacyIdCard the old identity card number ({@code SoCMND}), or {@code null}
   * @param name the name ({@code HoVaTen})
   * @param sex the sex ({@code GioiTinh}); {@link Sex#UNKNOWN} when not recorded
   * @param birthDate the birth date ({@code NgayThangNamSinh}), possibly only a year; {@link PartialDate#unknown()}
   *     when not recorded
   * @param ethnicity the ethnic group ({@code DanToc}), or {@code null}
   * @param religion the religion ({@code TonGiao}), or {@code null}
   * @param nationality the nationality ({@code QuocTich}), or {@code null}
   * @param maritalStatus the marital status ({@code TinhTrangHonNhan}), or {@code null}
   * @param bloodGroup the blood group ({@code NhomMau}), or {@code null}
   * @param birthRegistrationPlace where the birth was registered ({@code NoiDangKyKhaiSinh}), or {@code null}
   * @param homeTown the home town ({@code QueQuan}), or {@code null}
   * @param permanentResidence the permanent residence ({@code ThuongTru}), or {@code null}
   * @param currentResidence the current residence ({@code NoiOHienTai}), or {@code null}
   * @param father the father ({@code Cha}), or {@code null}
   * @param mother the mother ({@code Me}), or {@code null}
   * @param spouse the spouse ({@code VoChong}), or {@code null}
   * @param representative the legal representative ({@code NguoiDaiDien}), or {@code null}
   * @param householdHead the head of household and the citizen's relation to them ({@code ChuHo}), or {@code null}
   * @param householdBookNumber the household book number ({@code SoSoHoKhau}; the paper book was abolished in 2023 but
   *     the number remains in data), or {@code null}
   * @param email the e-mail address ({@code ThuDienTu}) of the portal account sync, as written, or {@code null}
   * @param phone the phone number ({@code SoDienThoai}), as written (inbound data is not over-validated; see {@link
   *     dev.egov.model.id.PhoneNumber#parseInbound}), or {@code null}
   * @param taxIdentifier the tax identifier ({@code MaSoThue}), or {@code null}
   * @param socialInsuranceNumber the social-insurance number ({@code MaBHXH}), or {@code null}
   * @param dataQualityFlags data-quality flags, in the order set; empty when none
   * @throws IllegalArgumentException if the citizen has neither a personal identification number nor an old identity
   *     card number
   */
  public Citizen {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthDate, "birthDate");
    dataQualityFlags = List.copyOf(dataQualityFlags);
    if (personalId == null && legacyIdCard == null) {
      throw new IllegalArgumentException("A citizen needs a personal identification number or an old identity card number");
    }
  }

  /**
   * Starts a citizen.
   *
   * @return a builder with sex {@link Sex#UNKNOWN}, an unknown birth date and no flags
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this citizen's values, to derive a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.personalId = personalId;
    b.legacyIdCard = legacyIdCard;
    b.name = name;
    b.sex = sex;
    b.birthDate = birthDate;
    b.ethnicity = ethnicity;
    b.religion = religion;
    b.nationality = nationality;
    b.maritalStatus = maritalStatus;
    b.bloodGroup = bloodGroup;
    b.birthRegistrationPlace = birthRegistrationPlace;
    b.homeTown = homeTown;
    b.permanentResidence = permanentResidence;
    b.currentResidence = currentResidence;
    b.father = father;
    b.mother = mother;
    b.spouse = spouse;
    b.representative = representative;
    b.householdHead = householdHead;
    b.householdBookNumber = householdBookNumber;
    b.email = email;
    b.phone = phone;
    b.taxIdentifier = taxIdentifier;
    b.socialInsuranceNumber = socialInsuranceNumber;
    b.dataQualityFlags = dataQualityFlags;
    return b;
  }

  /**
   * Returns the data-quality findings about the personal identification number as recorded next to the birth date and
   * sex (see {@link PersonalIdNumber#findings(PartialDate, Sex, LocalDate)}).
   *
   * @param today the current date, from the caller's clock
   * @return the findings; empty when consistent or when there is no personal identification number
   */
  public List<IdentifierFinding> personalIdFindings(LocalDate today) {
    return personalId == null ? List.of() : personalId.findings(birthDate, sex, today);
  }

  /** Returns the masked identity numbers and name; nothing else. */
  @Override
  public String toString() {
    return "Citizen[" + (personalId == null ? "legacyIdCard=" + legacyIdCard : "personalId=" + personalId)
        + ", name=" + name + ']';
  }

  /**
   * Builds a {@link Citizen}. Setting a part again replaces it; {@link #build()} checks the whole.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable PersonalIdNumber personalId;
    private @Nullable LegacyIdCardNumber legacyIdCard;
    private PersonName name;
    private Sex sex = Sex.UNKNOWN;
    private PartialDate birthDate = PartialDate.unknown();
    private @Nullable Ethnicity ethnicity;
    private @Nullable Religion religion;
    private @Nullable Nationality nationality;
    private @Nullable MaritalStatus maritalStatus;
    private @Nullable BloodGroup bloodGroup;
    private @Nullable Address birthRegistrationPlace;
    private @Nullable Address homeTown;
    private @Nullable Address permanentResidence;
    private @Nullable Address currentResidence;
    private @Nullable Relative father;
    private @Nullable Relative mother;
    private @Nullable Relative spouse;
    private @Nullable Relative representative;
    private @Nullable HouseholdHead householdHead;
    private @Nullable String householdBookNumber;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable TaxIdentifier taxIdentifier;
    private @Nullable SocialInsuranceNumber socialInsuranceNumber;
    private List<DataQualityFlag> dataQualityFlags = List.of();

    private Builder() {}

    /**
     * Sets the personal identification number ({@code SoDinhDanh}).
     *
     * @param personalId the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder personalId(@Nullable PersonalIdNumber personalId) {
      this.personalId = personalId;
      return this;
    }

    /**
     * Sets the old identity card number ({@code SoCMND}).
     *
     * @param legacyIdCard the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder legacyIdCard(@Nullable LegacyIdCardNumber legacyIdCard) {
      this.legacyIdCard = legacyIdCard;
      return this;
    }

    /**
     * Sets the name ({@code HoVaTen}).
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(PersonName name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the sex ({@code GioiTinh}).
     *
     * @param sex the value
     * @return this builder
     */
    public Builder sex(Sex sex) {
      this.sex = Objects.requireNonNull(sex, "sex");
      return this;
    }

    /**
     * Sets the birth date ({@code NgayThangNamSinh}), possibly only a year.
     *
     * @param birthDate the value
     * @return this builder
     */
    public Builder birthDate(PartialDate birthDate) {
      this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
      return this;
    }

    /**
     * Sets the ethnic group ({@code DanToc}).
     *
     * @param ethnicity the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder ethnicity(@Nullable Ethnicity ethnicity) {
      this.ethnicity = ethnicity;
      return this;
    }

    /**
     * Sets the religion ({@code TonGiao}).
     *
     * @param religion the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder religion(@Nullable Religion religion) {
      this.religion = religion;
      return this;
    }

    /**
     * Sets the nationality ({@code QuocTich}).
     *
     * @param nationality the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder nationality(@Nullable Nationality nationality) {
      this.nationality = nationality;
      return this;
    }

    /**
     * Sets the marital status ({@code TinhTrangHonNhan}).
     *
     * @param maritalStatus the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder maritalStatus(@Nullable MaritalStatus maritalStatus) {
      this.maritalStatus = maritalStatus;
      return this;
    }

    /**
     * Sets the blood group ({@code NhomMau}).
     *
     * @param bloodGroup the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder bloodGroup(@Nullable BloodGroup bloodGroup) {
      this.bloodGroup = bloodGroup;
      return this;
    }

    /**
     * Sets where the birth was registered ({@code NoiDangKyKhaiSinh}).
     *
     * @param birthRegistrationPlace the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder birthRegistrationPlace(@Nullable Address birthRegistrationPlace) {
      this.birthRegistrationPlace = birthRegistrationPlace;
      return this;
    }

    /**
     * Sets the home town ({@code QueQuan}).
     *
     * @param homeTown the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder homeTown(@Nullable Address homeTown) {
      this.homeTown = homeTown;
      return this;
    }

    /**
     * Sets the permanent residence ({@code ThuongTru}).
     *
     * @param permanentResidence the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder permanentResidence(@Nullable Address permanentResidence) {
      this.permanentResidence = permanentResidence;
      return this;
    }

    /**
     * Sets the current residence ({@code NoiOHienTai}).
     *
     * @param currentResidence the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder currentResidence(@Nullable Address currentResidence) {
      this.currentResidence = currentResidence;
      return this;
    }

    /**
     * Sets the father ({@code Cha}).
     *
     * @param father the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder father(@Nullable Relative father) {
      this.father = father;
      return this;
    }

    /**
     * Sets the mother ({@code Me}).
     *
     * @param mother the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder mother(@Nullable Relative mother) {
      this.mother = mother;
      return this;
    }

    /**
     * Sets the spouse ({@code VoChong}).
     *
     * @param spouse the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder spouse(@Nullable Relative spouse) {
      this.spouse = spouse;
      return this;
    }

    /**
     * Sets the legal representative ({@code NguoiDaiDien}).
     *
     * @param representative the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder representative(@Nullable Relative representative) {
      this.representative = representative;
      return this;
    }

    /**
     * Sets the head of household and the citizen's relation to them ({@code ChuHo}).
     *
     * @param householdHead the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder householdHead(@Nullable HouseholdHead householdHead) {
      this.householdHead = householdHead;
      return this;
    }

    /**
     * Sets the household book number ({@code SoSoHoKhau}).
     *
     * @param householdBookNumber the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder householdBookNumber(@Nullable String householdBookNumber) {
      this.householdBookNumber = householdBookNumber;
      return this;
    }

    /**
     * Sets the e-mail address ({@code ThuDienTu}) of the portal account sync, as written.
     *
     * @param email the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets the phone number ({@code SoDienThoai}), as written (inbound data is not over-validated).
     *
     * @param phone the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder phone(@Nullable String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Sets the tax identifier ({@code MaSoThue}).
     *
     * @param taxIdentifier the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder taxIdentifier(@Nullable TaxIdentifier taxIdentifier) {
      this.taxIdentifier = taxIdentifier;
      return this;
    }

    /**
     * Sets the social-insurance number ({@code MaBHXH}).
     *
     * @param socialInsuranceNumber the value, or {@code null} to clear it
     * @return this builder
     */
    public Builder socialInsuranceNumber(@Nullable SocialInsuranceNumber socialInsuranceNumber) {
      this.socialInsuranceNumber = socialInsuranceNumber;
      return this;
    }

    /**
     * Sets the data-quality flags.
     *
     * @param dataQualityFlags the flags, in order
     * @return this builder
     */
    public Builder dataQualityFlags(List<DataQualityFlag> dataQualityFlags) {
      this.dataQualityFlags = List.copyOf(dataQualityFlags);
      return this;
    }

    /**
     * Builds the citizen.
     *
     * @return the citizen
     * @throws NullPointerException if no name was set
     * @throws IllegalArgumentException if neither identity number was set
     */
    public Citizen build() {
      return new Citizen(personalId, legacyIdCard, name, sex, birthDate, ethnicity, religion, nationality, maritalStatus, bloodGroup, birthRegistrationPlace, homeTown, permanentResidence, currentResidence, father, mother, spouse, representative, householdHead, householdBookNumber, email, phone, taxIdentifier, socialInsuranceNumber, dataQualityFlags);
    }
  }
}
