package dev.egov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.address.KnownAdministrativeUnits;
import dev.egov.model.dossier.ConsistentDossier;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.BranchTaxCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.HealthInsuranceCardCode;
import dev.egov.model.id.HealthInsuranceIdentifier;
import dev.egov.model.id.LegacyIdCardNumber;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.PhoneNumber;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.id.SocialInsuranceNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.id.TaxIdentifier;
import dev.egov.model.result.CarriesPersonalId;
import dev.egov.validation.constraints.ConsistentPersonalId;
import dev.egov.validation.constraints.ValidAgencyCode;
import dev.egov.validation.constraints.ValidBranchTaxCode;
import dev.egov.validation.constraints.ValidDossierCode;
import dev.egov.validation.constraints.ValidHealthInsuranceCardCode;
import dev.egov.validation.constraints.ValidHealthInsuranceIdentifier;
import dev.egov.validation.constraints.ValidLegacyIdCardNumber;
import dev.egov.validation.constraints.ValidPersonalIdNumber;
import dev.egov.validation.constraints.ValidPhoneNumber;
import dev.egov.validation.constraints.ValidProcedureCode;
import dev.egov.validation.constraints.ValidSocialInsuranceNumber;
import dev.egov.validation.constraints.ValidTaxCode;
import dev.egov.validation.constraints.ValidTaxIdentifier;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every constraint finds its validators through the service loader: no public constraint names a validator, and the
 * service file and the module descriptor register the same validators.
 */
@Timeout(30)
class ConstraintRegistrationTest {

  private static final List<Class<? extends Annotation>> CONSTRAINTS = List.of(
      ValidPersonalIdNumber.class, ValidLegacyIdCardNumber.class, ValidTaxCode.class, ValidBranchTaxCode.class,
      ValidTaxIdentifier.class, ValidSocialInsuranceNumber.class, ValidHealthInsuranceCardCode.class,
      ValidHealthInsuranceIdentifier.class, ValidAgencyCode.class, ValidProcedureCode.class, ValidDossierCode.class,
      ValidPhoneNumber.class, ConsistentPersonalId.class, ConsistentDossier.class, KnownAdministrativeUnits.class,
      CarriesPersonalId.class);

  @Test
  void constraints_declareNoValidator() {
    for (Class<? extends Annotation> constraint : CONSTRAINTS) {
      assertThat(constraint.getAnnotation(Constraint.class).validatedBy()).as(constraint.getName()).isEmpty();
    }
  }

  @Test
  void serviceFile_andModuleDescriptor_registerTheSameValidators() throws IOException, URISyntaxException {
    Path classes = Path.of(EgovValidation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> serviceFile = new ArrayList<>();
    for (String line : Files.readAllLines(
        classes.resolve("META-INF/services/jakarta.validation.ConstraintValidator"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        serviceFile.add(line.strip());
      }
    }
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    List<String> provided = descriptor.provides().stream()
        .filter(p -> p.service().equals(ConstraintValidator.class.getName()))
        .flatMap(p -> p.providers().stream())
        .collect(Collectors.toList());

    assertThat(serviceFile).doesNotHaveDuplicates();
    assertThat(provided).containsExactlyInAnyOrderElementsOf(serviceFile); // binary names, Outer$Nested, in both
  }

  @Test
  void everyConstraint_hasAServiceLoadedValidator() {
    Set<Type> validated = new java.util.HashSet<>();
    for (ConstraintValidator<?, ?> validator : ServiceLoader.load(ConstraintValidator.class)) {
      validated.add(constraintOf(validator.getClass()));
    }
    assertThat(validated).containsAll(CONSTRAINTS);
  }

  /** The annotation type argument of {@code ConstraintValidator} in the class's hierarchy. */
  private static Type constraintOf(Class<?> validator) {
    for (Class<?> c = validator; c != null; c = c.getSuperclass()) {
      for (Type type : c.getGenericInterfaces()) {
        if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == ConstraintValidator.class) {
          return ((ParameterizedType) type).getActualTypeArguments()[0];
        }
      }
      Type superclass = c.getGenericSuperclass();
      if (superclass instanceof ParameterizedType
          && ((ParameterizedType) superclass).getActualTypeArguments()[0] instanceof Class) {
        Class<?> argument = (Class<?>) ((ParameterizedType) superclass).getActualTypeArguments()[0];
        if (argument.isAnnotation()) {
          return argument;
        }
      }
    }
    throw new AssertionError("no constraint type on " + validator);
  }

  /** Every identifier constraint on its own value type, with a valid value. */
  record Values(
      @ValidPersonalIdNumber PersonalIdNumber personalId,
      @ValidLegacyIdCardNumber LegacyIdCardNumber legacyIdCard,
      @ValidTaxCode TaxCode taxCode,
      @ValidBranchTaxCode BranchTaxCode branchTaxCode,
      @ValidTaxIdentifier TaxIdentifier taxIdentifier,
      @ValidSocialInsuranceNumber SocialInsuranceNumber socialInsurance,
      @ValidHealthInsuranceCardCode HealthInsuranceCardCode healthCard,
      @ValidHealthInsuranceIdentifier HealthInsuranceIdentifier healthIdentifier,
      @ValidAgencyCode AgencyCode agency,
      @ValidProcedureCode ProcedureCode procedure,
      @ValidDossierCode DossierCode dossier,
      @ValidPhoneNumber PhoneNumber phone) {}

  @Test
  void everyIdentifierConstraint_onItsValueType_validatesIt() {
    Values valid = new Values(
        PersonalIdNumber.parse("079303001234"), LegacyIdCardNumber.parse("123456789"), TaxCode.parse("0100109106"),
        BranchTaxCode.parse("0100109106-001"), TaxIdentifier.parse("0100109106"),
        SocialInsuranceNumber.parse("7912345678"), HealthInsuranceCardCode.parse("DN4797912345678"),
        HealthInsuranceIdentifier.parse("7912345678"), AgencyCode.parse("000.00.00.H56"), ProcedureCode.parse("1.001193"),
        DossierCode.parse("000.00.06.H56-231027-0361"), PhoneNumber.parse("0912345678"));
    Values lenient = new Values(
        null, null, TaxCode.parseLenient("0100 109 106"), BranchTaxCode.parseLenient("0100109106001"),
        TaxIdentifier.parseLenient("0100109106001"), null, HealthInsuranceCardCode.parseLenient("dn4797912345678"),
        HealthInsuranceIdentifier.parseLenient("DN 4 79 7912345678"), AgencyCode.parseLenient("H56.14"),
        ProcedureCode.parseLenient("2.002621.H56"), DossierCode.parseLenient("000.00.06.H56-231027-03611"),
        PhoneNumber.parseLenient("0912 345 678"));

    assertThat(EgovValidation.validate(valid, Locale.ENGLISH)).isEmpty();
    assertThat(EgovValidation.validate(lenient, Locale.ENGLISH))
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "agency AGENCY_CODE.NON_STANDARD_FORM",
            "branchTaxCode BRANCH_TAX_CODE.NON_STANDARD_FORM",
            "dossier DOSSIER_CODE.NON_STANDARD_FORM",
            "healthCard HEALTH_INSURANCE_CARD.NON_STANDARD_FORM",
            "healthIdentifier HEALTH_INSURANCE_IDENTIFIER.NON_STANDARD_FORM",
            "phone PHONE_NUMBER.NON_STANDARD_FORM",
            "procedure PROCEDURE_CODE.NON_STANDARD_FORM",
            "taxCode TAX_CODE.NON_STANDARD_FORM",
            "taxIdentifier TAX_IDENTIFIER.NON_STANDARD_FORM");
  }

  record Custom(@ValidAgencyCode(message = "{custom.key}") String agency) {}

  @ParameterizedTest
  @ValueSource(strings = {"H56.14", "000.00.00.H5"})
  void customMessage_onAnyConstraint_replacesTheText_andKeepsTheCode(String agency) {
    assertThat(EgovValidation.validate(new Custom(agency), Locale.ENGLISH))
        .extracting(Violation::code, Violation::message)
        .singleElement()
        .satisfies(t -> assertThat(t.toList().get(0).toString()).startsWith("AGENCY_CODE."))
        .satisfies(t -> assertThat(t.toList().get(1)).isEqualTo("{custom.key}"));
  }
}
