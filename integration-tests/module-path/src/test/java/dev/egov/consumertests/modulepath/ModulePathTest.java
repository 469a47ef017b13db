package dev.egov.consumertests.modulepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.consumertests.forms.ApplicationForm;
import dev.egov.fakes.generators.CitizenGenerator;
import dev.egov.json.CanonicalJson;
import dev.egov.model.person.Citizen;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The scenarios of this module really run on the module path: egov, Jackson and Hibernate Validator are named
 * modules, and so is the user's module these tests are patched into. egov opens to each framework only the packages
 * it reflects on; a user's own form, opened to Hibernate Validator by the user's module descriptor, validates.
 */
@Timeout(30)
class ModulePathTest {

  @Test
  void egovAndItsFrameworks_runAsNamedModules() {
    assertThat(getClass().getModule().getName()).isEqualTo("dev.egov.consumertests");
    assertThat(Citizen.class.getModule().getName()).isEqualTo("dev.egov.model");
    assertThat(EgovValidation.class.getModule().getName()).isEqualTo("dev.egov.validation");
    assertThat(CanonicalJson.class.getModule().getName()).isEqualTo("dev.egov.json");
    assertThat(CitizenGenerator.class.getModule().getName()).isEqualTo("dev.egov.fakes");
    assertThat(ObjectMapper.class.getModule().getName()).isEqualTo("com.fasterxml.jackson.databind");
    assertThat(Validator.class.getModule().getName()).isEqualTo("jakarta.validation");
    assertThat(EgovValidation.validator().getClass().getModule().getName()).isEqualTo("org.hibernate.validator");
  }

  @Test
  void egovModel_opensOnlyWhatFrameworksReflectOn() {
    Module model = Citizen.class.getModule();
    Module validator = EgovValidation.validator().getClass().getModule();
    Module databind = ObjectMapper.class.getModule();

    assertThat(model.isOpen("dev.egov.model.person", validator)).isTrue();
    assertThat(model.isOpen("dev.egov.model.person", databind)).isFalse();
    assertThat(model.isOpen("dev.egov.model.code", databind)).isTrue();
    assertThat(model.isOpen("dev.egov.model.person", getClass().getModule())).isFalse();
  }

  @Test
  void usersOwnForm_openToHibernateValidator_validatesInVietnamese() {
    ApplicationForm form = new ApplicationForm(" ", "079303001234", "0100109107");

    List<Violation> violations = EgovValidation.validate(form, EgovValidation.VIETNAMESE);

    assertThat(violations).extracting(Violation::code, Violation::path, Violation::message).containsExactly(
        tuple("NotBlank", "fullName", "không được để trống"),
        tuple("TAX_IDENTIFIER.INVALID_CHECKSUM", "taxCode", "phải là mã số thuế hợp lệ: sai chữ số kiểm tra"));
    assertThat(EgovValidation.validate(new ApplicationForm("Nguyễn Thị Hoà", "079303001234", null), Locale.ENGLISH))
        .isEmpty();
  }
}
