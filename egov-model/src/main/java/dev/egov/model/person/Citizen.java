package dev.egov.model.person;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.code.DataQualityFlag;
import dev.egov.model.id.IdentifierFinding;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen as the national population database (CSDL quốc gia về dân cư) exposes them to agencies (QCVN 109:2017/BTTTT;
 * docs/population-database.md, The citizen record): identity numbers, name, sex and a possibly partial birth date, and
 * in the groups the domain gives them, the {@linkplain CitizenParticulars particulars} (ethnic group, religion,
 * nationality, marital status, blood group), the four {@linkplain CitizenPlaces places}, the {@linkplain CitizenFamily
 * family} and household, the {@linkplain CitizenContact contact} details and {@linkplain CitizenOtherIdentifiers other
 * identifiers}, and data-quality flags. The grouping, and the canonical JSON that follows it, are argued in {@code docs/adr/0010-record-groups.md}.
 *
 * <pre>{@code
 * Citizen citizen = Citizen.builder()
 *     .personalId(PersonalIdNumber.parse("079303001234"))
 *     .name(PersonName.parse("Nguyễn Thị Hoà"))
 *     .sex(Sex.FEMALE)
 *     .birthDate(PartialDate.parse("2003-05-14"))
 *     .particulars(CitizenParticulars.ofEthnicity(Ethnicity.of("01")))
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
 * @param personalId the personal identification number ({@code SoDinhDanh}), or {@code null} if the record has only
 *     an old card number
 * @param legacyIdCard the old identity card number ({@code SoCMND}), or {@code null}
 * @param name the name ({@code HoVaTen})
 * @param sex the sex ({@code GioiTinh}); {@link Sex#UNKNOWN} when not recorded
 * @param birthDate the birth date ({@code NgayThangNamSinh}), possibly only a year; {@link PartialDate#unknown()} when
 *     not recorded
 * @param particulars ethnic group, religion, nationality, marital status and blood group; {@link
 *     CitizenParticulars#NONE} when none is recorded
 * @param places birth registration place, home town, permanent and current residence; {@link CitizenPlaces#NONE} when
 *     none
 * @param family father, mother, spouse, legal representative, head of household and household book number; {@link
 *     CitizenFamily#NONE} when none
 * @param contact e-mail and phone; {@link CitizenContact#NONE} when neither
 * @param otherIdentifiers tax identifier and social-insurance number; {@link CitizenOtherIdentifiers#NONE} when neither
 * @param dataQualityFlags data-quality flags, in the order set; empty when none
 * @since 0.1.0
 */
public record Citizen(
    @Nullable PersonalIdNumber personalId,
    @Nullable LegacyIdCardNumber legacyIdCard,
    PersonName name,
    Sex sex,
    PartialDate birthDate,
    CitizenParticulars particulars,
    @Valid CitizenPlaces places,
    CitizenFamily family,
    CitizenContact contact,
    CitizenOtherIdentifiers otherIdentifiers,
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
   * @param particulars ethnic group, religion, nationality, marital status and blood group
   * @param places birth registration place, home town, permanent and current residence
   * @param family father, mother, spouse, legal representative, head of household and household book number
   * @param contact e-mail and phone
   * @param otherIdentifiers tax identifier and social-insurance number
   * @param dataQualityFlags data-quality flags, in the order set; empty when none
   * @throws IllegalArgumentException if the citizen has neither a personal identification number nor an old identity
   *     card number
   */
  public Citizen {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(particulars, "particulars");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(otherIdentifiers, "otherIdentifiers");
    dataQualityFlags = List.copyOf(dataQualityFlags);
    if (personalId == null && legacyIdCard == null) {
      throw new IllegalArgumentException("A citizen needs a personal identification number or an old identity card number");
    }
  }

  /**
   * Starts a citizen.
   *
   * @return a builder with sex {@link Sex#UNKNOWN}, an unknown birth date, every group {@code NONE} and no flags
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
    Builder b = new Builder().personalId(personalId).legacyIdCard(legacyIdCard).name(name).sex(sex)
        .birthDate(birthDate).particulars(particulars).places(places).family(family).contact(contact)
        .otherIdentifiers(otherIdentifiers).dataQualityFlags(dataQualityFlags);
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
   * Builds a {@link Citizen}, one setter per component of the record (documented there). Setting a part again replaces
   * it; {@link #build()} checks the whole.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable PersonalIdNumber personalId;
    private @Nullable LegacyIdCardNumber legacyIdCard;
    private @Nullable PersonName name;
    private Sex sex = Sex.UNKNOWN;
    private PartialDate birthDate = PartialDate.unknown();
    private CitizenParticulars particulars = CitizenParticulars.NONE;
    private CitizenPlaces places = CitizenPlaces.NONE;
    private CitizenFamily family = CitizenFamily.NONE;
    private CitizenContact contact = CitizenContact.NONE;
    private CitizenOtherIdentifiers otherIdentifiers = CitizenOtherIdentifiers.NONE;
    private List<DataQualityFlag> dataQualityFlags = List.of();

    private Builder() {}

    /**
     * Sets {@link Citizen#personalId()}.
     * @param personalId the value, or {@code null} for none
     * @return this builder
     */
    public Builder personalId(@Nullable PersonalIdNumber personalId) {
      this.personalId = personalId;
      return this;
    }

    /**
     * Sets {@link Citizen#legacyIdCard()}.
     * @param legacyIdCard the value, or {@code null} for none
     * @return this builder
     */
    public Builder legacyIdCard(@Nullable LegacyIdCardNumber legacyIdCard) {
      this.legacyIdCard = legacyIdCard;
      return this;
    }

    /**
     * Sets {@link Citizen#name()}.
     * @param name the value
     * @return this builder
     */
    public Builder name(PersonName name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link Citizen#sex()}.
     * @param sex the value
     * @return this builder
     */
    public Builder sex(Sex sex) {
      this.sex = Objects.requireNonNull(sex, "sex");
      return this;
    }

    /**
     * Sets {@link Citizen#birthDate()}.
     * @param birthDate the value
     * @return this builder
     */
    public Builder birthDate(PartialDate birthDate) {
      this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
      return this;
    }

    /**
     * Sets {@link Citizen#particulars()}.
     * @param particulars the value
     * @return this builder
     */
    public Builder particulars(CitizenParticulars particulars) {
      this.particulars = Objects.requireNonNull(particulars, "particulars");
      return this;
    }

    /**
     * Sets {@link Citizen#places()}.
     * @param places the value
     * @return this builder
     */
    public Builder places(CitizenPlaces places) {
      this.places = Objects.requireNonNull(places, "places");
      return this;
    }

    /**
     * Sets {@link Citizen#family()}.
     * @param family the value
     * @return this builder
     */
    public Builder family(CitizenFamily family) {
      this.family = Objects.requireNonNull(family, "family");
      return this;
    }

    /**
     * Sets {@link Citizen#contact()}.
     * @param contact the value
     * @return this builder
     */
    public Builder contact(CitizenContact contact) {
      this.contact = Objects.requireNonNull(contact, "contact");
      return this;
    }

    /**
     * Sets {@link Citizen#otherIdentifiers()}.
     * @param otherIdentifiers the value
     * @return this builder
     */
    public Builder otherIdentifiers(CitizenOtherIdentifiers otherIdentifiers) {
      this.otherIdentifiers = Objects.requireNonNull(otherIdentifiers, "otherIdentifiers");
      return this;
    }

    /**
     * Sets {@link Citizen#dataQualityFlags()}.
     * @param dataQualityFlags the flags, in order, copied
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
      return new Citizen(personalId, legacyIdCard, name, sex, birthDate, particulars, places, family, contact,
          otherIdentifiers, dataQualityFlags);
    }
  }
}
