package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.validation.constraints.ConsistentPersonalId;
import dev.egov.validation.constraints.PersonalIdHolder;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.jspecify.annotations.Nullable;

@Timeout(30)
class ConsistentPersonalIdTest {

  /** A data-quality group, as the constraint's Javadoc suggests. */
  interface DataQuality {}

  @ConsistentPersonalId
  record Citizen(@Nullable String cccd, @Nullable PartialDate dob, @Nullable Sex gender) implements PersonalIdHolder {
    @Override
    public @Nullable CharSequence personalIdNumber() {
      return cccd;
    }

    @Override
    public @Nullable PartialDate birthDate() {
      return dob;
    }

    @Override
    public @Nullable Sex sex() {
      return gender;
    }
  }

  @ConsistentPersonalId(groups = DataQuality.class, property = "", message = "dữ liệu không khớp")
  record Grouped(String cccd, PartialDate dob, Sex gender) implements PersonalIdHolder {
    @Override
    public CharSequence personalIdNumber() {
      return cccd;
    }

    @Override
    public PartialDate birthDate() {
      return dob;
    }

    @Override
    public Sex sex() {
      return gender;
    }
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void factoryWithFixedClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);
    factory = EgovValidation.configure().clockProvider(() -> clock).buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static List<Violation> validate(Object bean, Class<?>... groups) {
    return Violation.listOf(validator.validate(bean, groups));
  }

  @Test
  void consistentRecord_hasNoViolation() {
    assertThat(validate(new Citizen("079303001234", PartialDate.of(2003, 5, 1), Sex.FEMALE))).isEmpty();
    assertThat(validate(new Citizen("079303001234", PartialDate.ofYear(2003), Sex.UNKNOWN))).isEmpty();
    assertThat(validate(new Citizen("079303001234", PartialDate.unknown(), null))).isEmpty();
    assertThat(validate(new Citizen("079303001234", null, null))).isEmpty();
  }

  @Test
  void missingOrMalformedNumber_isNotThisConstraintsConcern() {
    assertThat(validate(new Citizen(null, PartialDate.ofYear(1990), Sex.MALE))).isEmpty();
    assertThat(validate(new Citizen("07930300123x", PartialDate.ofYear(1990), Sex.MALE))).isEmpty();
  }

  @Test
  void mismatches_areEachReportedOnTheNumber_inVietnamese() {
    assertThat(validate(new Citizen("079303001234", PartialDate.of(2004, 1, 1), Sex.MALE)))
        .containsExactly(
            new Violation("PERSONAL_ID.BIRTH_YEAR_MISMATCH", "personalIdNumber",
                "năm sinh thể hiện trong số định danh cá nhân khác với ngày sinh đã ghi"),
            new Violation("PERSONAL_ID.SEX_MISMATCH", "personalIdNumber",
                "giới tính thể hiện trong số định danh cá nhân khác với giới tính đã ghi"));
  }

  @Test
  void birthYearAfterTheClocksYear_isReported() {
    // Century digit 2 and year 27: born 2027, one year after the fixed clock's 2026.
    assertThat(validate(new Citizen("001227001234", PartialDate.unknown(), Sex.UNKNOWN)))
        .extracting(Violation::code)
        .containsExactly("PERSONAL_ID.BIRTH_YEAR_IN_FUTURE");
    assertThat(validate(new Citizen("001226001234", PartialDate.unknown(), Sex.UNKNOWN))).isEmpty();
  }

  @Test
  void customMessageInAGroup_reportsOneViolationOnTheObject_onlyWhenTheGroupIsValidated() {
    Grouped bad = new Grouped("079303001234", PartialDate.ofYear(1990), Sex.MALE);

    assertThat(validate(bad)).isEmpty();
    assertThat(validate(bad, DataQuality.class))
        .containsExactly(new Violation("PERSONAL_ID.BIRTH_YEAR_MISMATCH", "", "dữ liệu không khớp"));
  }
}
