package dev.egov.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.egov.examples.indicators.DueDatesAndIndicators;
import dev.egov.fakes.generators.DossierGenerator;
import dev.egov.fakes.generators.SampleProcedures;
import dev.egov.indicators.IndicatorAccumulator;
import dev.egov.indicators.IndicatorCalculator;
import dev.egov.indicators.IndicatorReport;
import dev.egov.indicators.IndicatorStateException;
import dev.egov.indicators.Rate;
import dev.egov.json.AnswerStatus;
import dev.egov.json.CanonicalJson;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFault;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.ResultCode;
import dev.egov.json.business.BusinessRegistryJson;
import dev.egov.json.insurance.ApiKey;
import dev.egov.json.insurance.CardCheckAnswer;
import dev.egov.json.insurance.CardCheckUrl;
import dev.egov.json.insurance.HealthInsuranceJson;
import dev.egov.json.insurance.CardCheckTokenRequest;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.population.VerificationRequest;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.PortalJson;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.address.Address;
import dev.egov.model.address.AddressPart;
import dev.egov.model.address.UnconvertedPart;
import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.Holiday;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import dev.egov.model.catalog.AdministrativeUnit;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.CommuneConversion;
import dev.egov.model.catalog.ConversionConfidence;
import dev.egov.model.catalog.ConversionReason;
import dev.egov.model.catalog.EthnicGroup;
import dev.egov.model.catalog.Province;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.dossier.Applicant;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.DossierResultDocument;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.IdentifierCheck;
import dev.egov.model.id.InvalidIdentifierException;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.id.TaxCode;
import dev.egov.model.organisation.Organisation;
import dev.egov.model.organisation.OrganisationKind;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.result.Result;
import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code java} block of every Markdown file in the repository, compiled and run as written, with what its
 * comments say checked against what it did ({@link SnippetRun}). A block is named by the {@code <!-- snippet: NAME -->}
 * line above it and covered by the spec of that name below; {@link #everyJavaBlock_isCoveredByASpec} fails on a block
 * without a marker or a spec, and on a spec without its block. To document a new snippet: mark it, add its spec
 * (givens, and for every comment {@code shows}, {@code claims} or {@code note}), run this test.
 *
 * <p>A block that needs a library this module must not have on its class path (Spring's, for the README's Spring Boot
 * recipe) is marked {@code <!-- snippet: NAME, run by PATH -->} instead and run by the test of another module at that
 * repository path, which must exist and name the snippet ({@link SnippetCoverage}); it has no spec here.
 */
@Timeout(120)
class ReadmeSnippetsTest {

  /** What every snippet's program imports: egov's public packages and the JDK's usual ones. */
  private static final List<String> IMPORTS = List.of(
      "dev.egov.model.*", "dev.egov.model.calendar.*", "dev.egov.model.id.*", "dev.egov.model.catalog.*",
      "dev.egov.model.code.*", "dev.egov.model.person.*", "dev.egov.model.address.*",
      "dev.egov.model.organisation.*", "dev.egov.model.dossier.*", "dev.egov.model.procedure.*",
      "dev.egov.model.result.*", "dev.egov.indicators.*",
      "dev.egov.validation.*", "dev.egov.validation.constraints.*",
      "dev.egov.json.*", "dev.egov.json.portal.*", "dev.egov.json.population.*", "dev.egov.json.business.*",
      "dev.egov.json.insurance.*", "dev.egov.json.catalog.*", "dev.egov.json.gateway.*", "java.net.URI",
      "dev.egov.fakes.generators.*",
      "jakarta.validation.constraints.NotBlank", "jakarta.validation.constraints.NotNull",
      "jakarta.validation.constraints.Size",
      "java.time.*", "java.util.List", "java.util.Locale", "java.util.Map", "java.util.Optional",
      "java.util.stream.Stream");

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

  // ------------------------------------------------------------------------------------------------ coverage

  @Test
  void everyJavaBlock_isCoveredByASpec() {
    List<JavaBlock> blocks = JavaBlock.inRepository(ROOT);
    Set<String> specs = specs().map(SnippetSpec::name).collect(Collectors.toCollection(TreeSet::new));

    List<String> problems = SnippetCoverage.problems(ROOT, blocks, specs);

    assertThat(problems).as("java blocks in Markdown files and the tests that run them").isEmpty();
    assertThat(blocks).extracting(b -> b.file().toString()).contains("README.md");
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(11);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void snippet_compilesRunsAndDoesWhatItsCommentsSay(SnippetSpec spec, @TempDir Path work) throws Exception {
    JavaBlock block = JavaBlock.inRepository(ROOT).stream()
        .filter(b -> spec.name().equals(b.name()))
        .findFirst().orElseThrow(() -> new AssertionError("no block named " + spec.name()));

    SnippetRun.of(block, spec, work);
  }

  // ------------------------------------------------------------------------------------------------ the specs

  static Stream<SnippetSpec> specs() {
    return Stream.of(identifiers(), catalogues(), addressConversion(), validation(), dossierLifecycle(),
        canonicalJson(), portal(), gatewayFault(), portalSharing(), populationDatabase(), businessRegistry(),
        healthInsurance(), gateways(), catalogueService(), workingDays(), dueDateConventions(), indicators(),
        indicatorParts(), identifierGenerator(), recordGenerators());
  }

  private static SnippetSpec spec(String name) {
    return SnippetSpec.of(name, IMPORTS);
  }

  static SnippetSpec identifiers() {
    return spec("identifiers")
        .note("Clock clock")
        .shows("id.sex()", ReadmeSnippetsTest::display)
        .shows("id.birthYear()", ReadmeSnippetsTest::display)
        .shows("id.birthRegistrationProvince()", ReadmeSnippetsTest::display)
        .shows("id.findings(", ReadmeSnippetsTest::display)
        .shows("String.valueOf(id)", ReadmeSnippetsTest::display)
        .shows("TaxCode.check(", ReadmeSnippetsTest::display)
        .shows("TaxIdentifier.parse(", ReadmeSnippetsTest::display)
        .note("DossierCode code")
        .claims("code.isLenient()", "true; DossierCode.check(...) says NON_STANDARD_FORM", (lenient, run) -> {
          assertThat(lenient).isEqualTo(true);
          assertThat(DossierCode.check("000.00.06.H56-231027-03611")).isSameAs(IdentifierCheck.NON_STANDARD_FORM);
        })
        .then(run -> {
          // The prose: check never throws, parse throws with the same reason, the value is masked.
          assertThat(run.value("id", PersonalIdNumber.class).birthRegistrationProvince()).isPresent();
          assertThatThrownBy(() -> TaxCode.parse("0100109107"))
              .isInstanceOfSatisfying(InvalidIdentifierException.class,
                  e -> assertThat(e.reason()).isSameAs(IdentifierCheck.INVALID_CHECKSUM))
              .hasMessageNotContaining("0100109107");
        });
  }

  static SnippetSpec catalogues() {
    return spec("catalogues")
        .shows("provinces.find(\"52\", LocalDate.of(2025, 6, 30))", ReadmeSnippetsTest::display)
        .shows("provinces.find(\"52\", LocalDate.of(2025, 7, 1))", ReadmeSnippetsTest::display)
        .shows("provinces.successorOf(", ReadmeSnippetsTest::display)
        .shows("provinces.find(\"46\"", ReadmeSnippetsTest::display)
        .shows("EthnicGroupCatalog", ReadmeSnippetsTest::display)
        .shows("AgencyCatalog", ReadmeSnippetsTest::display);
  }

  static SnippetSpec addressConversion() {
    return spec("address-conversion")
        .shows("ConversionConfidence sure", ReadmeSnippetsTest::display)
        .shows("Address now", (now, run) -> {
          Address a = (Address) now;
          return a.communeName() + ", " + a.provinceName() + ", " + a.detail();
        })
        .claims("List<UnconvertedPart> kept", "the district, with its code and name: DISTRICT_ABOLISHED",
            (kept, run) -> assertThat(kept).isEqualTo(List.of(new UnconvertedPart(AddressPart.DISTRICT, "001",
                "Quận Ba Đình", ConversionReason.DISTRICT_ABOLISHED))))
        .claims("CommuneConversion split", "Phường Điện Biên was split: AMBIGUOUS", (split, run) -> {
          CommuneConversion c = (CommuneConversion) split;
          assertThat(c.confidence()).isEqualTo(ConversionConfidence.AMBIGUOUS);
          assertThat(AdministrativeUnitCatalog.builtIn().find(c.legacy()).orElseThrow().fullName())
              .isEqualTo("Phường Điện Biên");
        })
        .showsElided("List<LineageLink> where", ReadmeSnippetsTest::display)
        .shows("List<AdministrativeUnit> whole", ReadmeSnippetsTest::display)
        .claims("List<AdministrativeUnit> parts", "parts of Cửa Nam, Điện Biên, Đội Cấn, Kim Mã, Ngọc Hà, Thụy Khuê, …",
            (parts, run) -> assertThat((List<?>) parts).extracting(u -> ((AdministrativeUnit) u).name())
                .startsWith("Cửa Nam", "Điện Biên", "Đội Cấn", "Kim Mã", "Ngọc Hà", "Thụy Khuê"));
  }

  static SnippetSpec validation() {
    return spec("validation")
        .shows("List<Violation> violations", (violations, run) -> lines(violations))
        .then(run -> {
          @SuppressWarnings("unchecked")
          List<Violation> violations = (List<Violation>) run.value("violations");
          assertThat(violations).extracting(Violation::path).isSorted().hasSize(2);
          // The example program validates the same kind of form, with more fields, in both languages.
          assertThat(dev.egov.examples.validation.ValidateApplicationForm.run(
              new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)))
              .extracting(Violation::code).contains("NotBlank", "TAX_IDENTIFIER.INVALID_CHECKSUM");
        });
  }

  static SnippetSpec dossierLifecycle() {
    return spec("dossier-lifecycle")
        .given("clock", Clock.fixed(vn("2026-11-15T20:30"), WorkingCalendar.VIETNAM))
        .given("submitted", vn("2026-11-15T20:30"))
        .given("received", vn("2026-11-16T09:00"))
        .given("processing", vn("2026-11-16T10:00"))
        .given("asked", vn("2026-11-17T15:00"))
        .given("resumed", vn("2026-11-23T10:00"))
        .given("finished", vn("2026-11-25T11:00"))
        .given("returned", vn("2026-11-26T08:00"))
        .given("papers", List.of("Giấy chứng sinh"))
        .given("results", List.of(new DossierResultDocument("Giấy khai sinh", null, "GKS-2026-123",
            "https://dichvucong.example.vn/kq/GKS-2026-123", "KQ01")))
        .note("DossierCodeGenerator codes")
        .shows(".code(codes.next(", (dossier, run) -> ((Dossier) dossier).code().format())
        .shows("dossier = dossier.receive(",
            (dossier, run) -> "due " + local(((Dossier) dossier).timeline().dueAt()))
        .shows("dossier = dossier.supplementReceived(",
            (dossier, run) -> "due " + local(((Dossier) dossier).timeline().dueAt()))
        .shows("EgovValidation.validate(dossier", ReadmeSnippetsTest::display)
        .then(run -> {
          Dossier dossier = run.value("dossier", Dossier.class);
          assertThat(dossier.status()).isSameAs(DossierStatus.RESULT_RETURNED);
          assertThat(dossier.processing().statusHistory()).extracting(c -> c.status().code())
              .containsExactly("2", "4", "5", "4", "9", "10");
          // The example program walks the same dossier through the same steps.
          Dossier example = dev.egov.examples.dossier.OnlineDossierWalkthrough.run(
              new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
          assertThat(example.code()).isEqualTo(dossier.code());
          assertThat(example.timeline().dueAt()).isEqualTo(dossier.timeline().dueAt());
          assertThat(example.processing().statusHistory()).isEqualTo(dossier.processing().statusHistory());
        });
  }

  /** The citizen of the dossier walk-through, which the canonical-JSON snippet writes. */
  private static Citizen walkthroughCitizen() {
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse("079303001234"))
        .name(PersonName.parse("Nguyễn Thị Hoà"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.parse("2003-05-14"))
        .build();
  }

  static SnippetSpec canonicalJson() {
    String body = """
        {"personalId":"001190001234","name":{"family":"Phạm","middle":"","given":"Minh"},"sex":"UNKNOWN",
         "birthDate":"1990","dataQualityFlags":[],"zaloId":"0912345678"}
        """;
    return spec("canonical-json")
        .given("citizen", walkthroughCitizen())
        .given("body", body.getBytes(StandardCharsets.UTF_8))
        .showsElided("byte[] bytes", (bytes, run) -> new String((byte[]) bytes, StandardCharsets.UTF_8))
        .claims("Citizen back", "equals citizen",
            (back, run) -> assertThat(back).isEqualTo(run.value("citizen")))
        .note("Decoded<Citizen> decoded")
        .shows("List<UnknownField> unknown", ReadmeSnippetsTest::display)
        .claims("byte[] out", "written back with \"zaloId\"", (out, run) -> {
          assertThat(tree(out).path("zaloId").asText()).isEqualTo("0912345678");
          Decoded<?> decoded = run.value("decoded", Decoded.class);
          assertThat(CanonicalJson.get().read((byte[]) out, Citizen.class)).isEqualTo(decoded.value());
        })
        .then(run -> {
          // The prose: no explicit nulls; strict about values, naming the field and never the value.
          assertThat(new String(run.value("bytes", byte[].class), StandardCharsets.UTF_8)).doesNotContain("null");
          byte[] bad = body.replace("001190001234", "0011900").getBytes(StandardCharsets.UTF_8);
          assertThatThrownBy(() -> CanonicalJson.get().read(bad, Citizen.class))
              .isInstanceOf(JsonDecodingException.class).hasMessageContaining("personalId")
              .hasMessageNotContaining("0011900");
        });
  }

  static SnippetSpec portal() {
    Instant returned = vn("2026-11-17T08:15");
    return spec("portal")
        .given("body", withVendorField(resource("/golden/portal/dong-bo-ho-so-mc-direct.json")))
        .given("finished", vn("2026-11-17T08:00"))
        .given("returned", returned)
        .note("Decoded<PortalRequest<Dossier>> read")
        .shows("Dossier dossier", (dossier, run) -> "status " + ((Dossier) dossier).status())
        .shows("List<Violation> violations", ReadmeSnippetsTest::display)
        .claims("byte[] out", "vendor fields kept", (out, run) -> {
          Decoded<?> read = run.value("read", Decoded.class);
          assertThat(read.unknownFields()).extracting(Object::toString).anyMatch(f -> f.contains("MaHoSoNoiBo"));
          assertThat(PortalJson.get().decodeDossierRequest((byte[]) out).unknownFields())
              .isEqualTo(read.unknownFields());
        })
        .then(run -> {
          Dossier dossier = run.value("dossier", Dossier.class);
          assertThat(EgovValidation.validate(dossier, Locale.ENGLISH)).isEmpty();
          Dossier back = PortalJson.get().decodeDossierRequest(run.value("out", byte[].class)).value().data().get(0);
          assertThat(back.status()).isSameAs(DossierStatus.RESULT_RETURNED);
          assertThat(back.timeline().returnedAt()).isEqualTo(returned);
          assertThat(back.documents().hasElectronicResult()).isTrue();
          assertThat(back).isEqualTo(PortalJson.portalView(dossier));
        });
  }

  static SnippetSpec gatewayFault() {
    return spec("gateway-fault")
        .given("refused", ("{\"code\":\"900901\",\"message\":\"Invalid Credentials\",\"description\":"
            + "\"Invalid Credentials. Make sure you have provided the correct security credentials\"}")
            .getBytes(StandardCharsets.UTF_8))
        .given("failed", resource("/golden/portal/answer-failure.json"))
        .shows("AnswerStatus status", (status, run) -> ((AnswerStatus) status).outcome().toString())
        .shows("GatewayFault fault", (fault, run) -> ((GatewayFault) fault).form() + " "
            + ((GatewayFault) fault).code())
        .claims("fault.meaning()", "INVALID_CREDENTIALS: renew the token once and retry",
            (meaning, run) -> assertThat(meaning).isSameAs(GatewayFault.Meaning.INVALID_CREDENTIALS))
        .claims("portal.decodeAnswer(failed)", "FAILURE: the portal answered and refused", (outcome, run) -> {
          assertThat(outcome).isSameAs(AnswerStatus.Outcome.FAILURE);
          assertThat(PortalJson.get().decodeAnswer(resource("/golden/portal/answer-failure.json")).value().status()
              .code()).isEqualTo(ResultCode.of("-1"));
        });
  }

  static SnippetSpec portalSharing() {
    return spec("portal-sharing")
        .given("password", "golden-password-not-a-real-one")
        .given("loginAnswer", resource("/golden/real/portal/login-answer.json"))
        .given("lookupAnswer", resource("/golden/portal/tra-cuu-ho-so.answer.json"))
        .given("procedureAnswer", resource("/golden/portal/lay-thu-tuc.answer.json"))
        .given("agencyAnswer", resource("/golden/portal/lay-danh-muc-co-quan.answer.json"))
        .claims("byte[] login", "{username, password}", (login, run) -> {
          JsonNode body = TREES.readTree((byte[]) login);
          assertThat(body.size()).isEqualTo(2);
          assertThat(body.get("password").asText()).isEqualTo("golden-password-not-a-real-one");
          assertThat(run.value("dstcode").toString()).isEqualTo("dstcode: VN:GOV:000.00.00.G22:vpcpdvcprovider");
        })
        .claims("String session", "never printed by egov", (session, run) -> {
          assertThat((String) session).isNotBlank();
          assertThat(PortalJson.get().decodeLoginAnswer(resource("/golden/real/portal/login-answer.json")).toString())
              .doesNotContain((String) session);
        })
        .claims("byte[] lookup", "TraCuuHoSo", (lookup, run) -> {
          JsonNode body = TREES.readTree((byte[]) lookup);
          assertThat(body.get("service").asText()).isEqualTo("TraCuuHoSo");
          assertThat(body.get("mahoso").asText()).isEqualTo("000.00.06.H56-261116-0007");
        })
        .claims("Instant due", "\"17/11/2026 09:00:00\", Vietnamese local time",
            (due, run) -> assertThat(due).isEqualTo(vn("2026-11-17T09:00")))
        .note("Procedure procedure")
        .claims("Optional<ProcessingTime> online", "4 working hours",
            (online, run) -> assertThat(online).isEqualTo(Optional.of(ProcessingTime.ofWorkingHours(4))))
        .claims("List<PortalAgency> agencies", "3 agencies",
            (agencies, run) -> assertThat((List<?>) agencies).hasSize(3));
  }

  static SnippetSpec businessRegistry() {
    return spec("business-registry")
        .given("body", resource("/golden/business/chi-tiet-doanh-nghiep.answer.json"))
        .claims("String path", "chiTietDoanhNghiep?msdn=0102030405",
            (path, run) -> assertThat(path).isEqualTo("chiTietDoanhNghiep?msdn=0102030405"))
        .claims("AnswerStatus.Outcome outcome", "SUCCESS; GATEWAY_FAULT for a refused token", (outcome, run) -> {
          assertThat(outcome).isEqualTo(AnswerStatus.Outcome.SUCCESS);
          assertThat(BusinessRegistryJson.get().decodeAnswer(resource("/golden/real/gateway/wso2-fault.invalid-"
              + "credentials.json")).value().status().outcome()).isEqualTo(AnswerStatus.Outcome.GATEWAY_FAULT);
        })
        .claims("Optional<Organisation> organisation", "empty when not found, which is no error", (o, run) -> {
          assertThat((Optional<?>) o).isPresent();
          assertThat(BusinessRegistryJson.get().decodeAnswer(resource("/golden/business/chi-tiet-doanh-nghiep.not-"
              + "found.json")).value().organisation()).isEmpty();
        })
        .claims("OrganisationKind kind", "ENTERPRISE; DEPENDENT_UNIT for a branch", (kind, run) -> {
          assertThat(kind).isEqualTo(OrganisationKind.ENTERPRISE);
          assertThat(BusinessRegistryJson.get().decodeAnswer(resource("/golden/business/chi-tiet-doanh-nghiep."
              + "branch-single-representative.json")).value().organisation().orElseThrow().kind())
              .isEqualTo(OrganisationKind.DEPENDENT_UNIT);
        });
  }

  static SnippetSpec catalogueService() {
    return spec("catalogue-service")
        .given("body", resource("/golden/catalog/danh-muc-phuong-xa.answer.reform-2025.soap.xml"))
        .claims("byte[] request", "DenNgay 01/07/2025", (request, run) -> assertThat(
            new String((byte[]) request, java.nio.charset.StandardCharsets.UTF_8)).contains(
            "<DanhMucPhuongXa xmlns=\"http://tempuri.org/\"><DenNgay>01/07/2025</DenNgay>"))
        .claims("String action", "http://tempuri.org/DanhMucPhuongXa",
            (action, run) -> assertThat(action).isEqualTo("http://tempuri.org/DanhMucPhuongXa"))
        .claims("String name", "Ba Đình", (name, run) -> assertThat(name).isEqualTo("Ba Đình"));
  }

  static SnippetSpec healthInsurance() {
    return spec("health-insurance")
        .given("body", resource("/golden/insurance/card-check-answer.json"))
        .given("password", "password".toCharArray())
        .given("key", new ApiKey("an-access-token", "an-id-token", "Bearer", "benhvien_01", "2026-12-07T10:30:00Z"))
        .claims("HealthInsuranceJson insurance", "the visit history dropped", (insurance, run) -> {
          assertThat(((HealthInsuranceJson) insurance).visitHistory()).isFalse();
          assertThat(((CardCheckAnswer) run.value("answer")).visits()).isNull();
        })
        .claims("CardCheckTokenRequest credentials", "the password sent as its MD5, never printed", (credentials, run) -> {
          assertThat(((CardCheckTokenRequest) credentials).passwordMd5()).isEqualTo("5f4dcc3b5aa765d61d8327deb882cf99");
          assertThat(credentials.toString()).doesNotContain("5f4dcc3b5aa765d61d8327deb882cf99");
        })
        .claims("CardCheckCode result", "000 (the card is valid)",
            (result, run) -> assertThat(result.toString()).isEqualTo("000 (the card is valid)"))
        .claims("boolean usable", "true: 000 to 004", (usable, run) -> assertThat(usable).isEqualTo(true))
        .claims("String forLogs", "…?token=***&id_token=***&username=***&password=***", (forLogs, run) -> {
          assertThat((String) forLogs).endsWith("?token=***&id_token=***&username=***&password=***")
              .doesNotContain("an-access-token");
          assertThat(((CardCheckUrl) run.value("url")).uri().toString()).contains("token=an-access-token");
        });
  }

  static SnippetSpec gateways() {
    return spec("gateways")
        .given("tokenBody", resource("/golden/gateway/wso2-token-answer.json"))
        .given("consumerSecret", "a-consumer-secret")
        .given("accessKey", "an-access-key")
        .given("secretKey", "a-secret-key")
        .given("secret", "a-shared-secret")
        .given("apiKey", "an-api-key")
        .given("clock", Clock.fixed(Instant.parse("2026-12-07T03:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")))
        .claims("String form", "grant_type=client_credentials",
            (form, run) -> assertThat(form).isEqualTo("grant_type=client_credentials"))
        .claims("String bearer", "Bearer …; a WSO2 fault reads as GATEWAY_FAULT", (bearer, run) -> {
          assertThat((String) bearer).isEqualTo("Bearer golden-access-token-not-a-real-one");
          assertThat(dev.egov.json.gateway.GatewayJson.get().decodeTokenAnswer(
              resource("/golden/real/gateway/wso2-fault.invalid-credentials.json")).value().status().outcome())
              .isEqualTo(AnswerStatus.Outcome.GATEWAY_FAULT);
        })
        .claims("Map<String, String> lgspCall", "lgspaccesstoken, Authorization",
            (headers, run) -> assertThat(((Map<?, ?>) headers).keySet()).map(Object::toString)
                .containsExactly("lgspaccesstoken", "Authorization"))
        .claims("Map<String, String> xRoad", "X-Road-Client, X-Road-Issue",
            (headers, run) -> assertThat(((Map<?, ?>) headers).keySet()).map(Object::toString)
                .containsExactly("X-Road-Client", "X-Road-Issue"))
        .claims("String forLogs", "authorization=***, apiKey=***", (forLogs, run) -> assertThat((String) forLogs)
            .contains("authorization=***", "apiKey=***").doesNotContain("a-shared-secret", "an-api-key"));
  }

  static SnippetSpec populationDatabase() {
    byte[] body = resource("/golden/population/lookup-answer-full.json");
    return spec("population-database")
        .given("body", body)
        .given("answeredOn", LocalDate.of(2026, 11, 16))
        .given("typedName", "NGUYỄN VĂN AN")
        .given("typedBirthDate", "1985-07-14")
        .given("requestId", "01JD5Q7M8W3K2X9B4N6P0R1T2W")
        .given("officer", "canbo.tiepnhan01")
        .note("Decoded<LookupAnswer> read")
        .claims("AnswerStatus.Outcome outcome", "SUCCESS; GATEWAY_FAULT for a refused token", (outcome, run) -> {
          assertThat(outcome).isEqualTo(AnswerStatus.Outcome.SUCCESS);
          AnswerStatus refused = PopulationDatabaseJson.get().decodeLookupAnswer(
              resource("/golden/real/gateway/wso2-fault.invalid-credentials.xml"), WireForm.SOAP).value().status();
          assertThat(refused.outcome()).isEqualTo(AnswerStatus.Outcome.GATEWAY_FAULT);
          assertThat(refused.gatewayFault().meaning()).isEqualTo(GatewayFault.Meaning.INVALID_CREDENTIALS);
        })
        .claims("Citizen citizen", "when read.value().status().success()",
            (citizen, run) -> assertThat(((Decoded<?>) run.value("read")).value())
                .extracting("status").extracting("success").isEqualTo(true))
        .shows("List<Violation> violations", ReadmeSnippetsTest::display)
        .claims("boolean asTyped", "\"NGUYỄN VĂN AN\": true", (asTyped, run) -> {
          assertThat(asTyped).isEqualTo(true);
          assertThat(run.value("typedName")).isEqualTo("NGUYỄN VĂN AN");
        })
        .claims("Applicant applicant", "fills the dossier", (applicant, run) -> {
          assertThat(((Applicant) applicant).name()).isEqualTo("Nguyễn Văn An");
          assertThat(EgovValidation.validate(applicant, Locale.ENGLISH)).isEmpty();
        })
        .claims("byte[] again", "the answer as read, unknown fields kept",
            (again, run) -> assertThat(tree(again)).isEqualTo(tree(body)))
        .then(run -> {
          Citizen citizen = run.value("citizen", Citizen.class);
          assertThat(citizen.personalId().format()).isEqualTo("001085012345");
          VerificationRequest sent = PopulationDatabaseJson.get()
              .decodeVerificationRequest(run.value("verify", byte[].class), WireForm.SOAP).value();
          assertThat(sent.metadata()).isEqualTo(run.value("metadata"));
          assertThat(sent.identity()).isEqualTo(run.value("identity"));
          // The prose: the same answer in SOAP, and in SOAP in a gateway's envelope, reads into the same citizen.
          assertThat(PopulationDatabaseJson.get().decodeLookupAnswer(
              resource("/golden/population/lookup-answer-full.soap.xml"), WireForm.SOAP, LocalDate.of(2026, 11, 16))
              .value().citizens().get(0)).isEqualTo(citizen);
          assertThat(PopulationDatabaseJson.get().decodeLookupAnswer(
              resource("/golden/population/lookup-answer-full.envelope.json"), WireForm.SOAP_IN_JSON,
              LocalDate.of(2026, 11, 16)).value().citizens().get(0)).isEqualTo(citizen);
        });
  }

  static SnippetSpec workingDays() {
    return spec("working-days")
        .claims("WorkingCalendar calendar", "Mon–Fri, 07:00–11:30 and 13:30–17:00", (calendar, run) -> {
          WorkingCalendar c = (WorkingCalendar) calendar;
          assertThat(c.weeklyRestDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          assertThat(c.officeHours()).extracting(Object::toString).containsExactly("07:00–11:30", "13:30–17:00");
        })
        .claims("calendar.isWorkingDay(LocalDate.of(2026, 2, 16))", "false: Tết 2026", (working, run) -> {
          assertThat(working).isEqualTo(false);
          assertThat(WorkingCalendar.civilService().holidays().dayOff(LocalDate.of(2026, 2, 16)))
              .hasValueSatisfying(off -> assertThat(off.holiday()).isSameAs(Holiday.LUNAR_NEW_YEAR));
        })
        .claims("calendar.isWorkingDay(LocalDate.of(2026, 1, 10))", "true: a Saturday worked in exchange",
            (working, run) -> {
              assertThat(working).isEqualTo(true);
              assertThat(LocalDate.of(2026, 1, 10).getDayOfWeek()).isSameAs(DayOfWeek.SATURDAY);
              assertThat(WorkingCalendar.civilService().holidays().isMakeUpWorkday(LocalDate.of(2026, 1, 10))).isTrue();
            })
        .shows("rule.countingStart(", (start, run) -> local((Instant) start))
        .shows("rule.dueDate(", (due, run) -> local((Instant) due))
        .shows("asHours.dueDate(", (due, run) -> local((Instant) due))
        .then(run -> {
          DueDateRule rule = run.value("rule", DueDateRule.class);
          DueDateRule asHours = run.value("asHours", DueDateRule.class);
          Instant fridayEvening = run.value("fridayEvening", Instant.class);
          assertThat(rule.convention()).isSameAs(WorkingDayConvention.KEEP_CLOCK_TIME);
          assertThat(asHours.convention()).isSameAs(WorkingDayConvention.WORKING_HOURS);
          // "the same 24 working hours": both conventions place the same working time, and differ by closed time only.
          assertThat(WorkingCalendar.civilService()
              .workingTimeBetween(asHours.dueDate(fridayEvening), rule.dueDate(fridayEvening))).isZero();
        });
  }

  /** The block of docs/due-date-conventions.md that shows how to choose a convention. */
  static SnippetSpec dueDateConventions() {
    return spec("due-date-conventions")
        .claims("DueDateRule rule", "KEEP_CLOCK_TIME",
            (rule, run) -> assertThat(((DueDateRule) rule).convention()).isSameAs(WorkingDayConvention.KEEP_CLOCK_TIME))
        .note(".workingDayConvention(")
        .then(run -> {
          DueDateRule asHours = run.value("asHours", DueDateRule.class);
          assertThat(asHours.convention()).isSameAs(WorkingDayConvention.WORKING_HOURS);
          assertThat(run.value("calculator", IndicatorCalculator.class)).isNotNull();
        });
  }

  static SnippetSpec indicators() {
    Map<dev.egov.model.id.ProcedureCode, Procedure> catalogue =
        SampleProcedures.all().stream().collect(Collectors.toMap(Procedure::code, Function.identity()));
    Instant quarterEnd = DueDatesAndIndicators.quarterEnd();
    return spec("indicators")
        .given("clock", Clock.fixed(quarterEnd, WorkingCalendar.VIETNAM))
        .given("procedures", catalogue)
        .given("populationCode", "7")
        .given("dossiers", DueDatesAndIndicators.dossiers())
        .note("Instant asOf")
        .note(".procedures(")
        .note(".populationDatabases(")
        .note("IndicatorReport report")
        .shows("report.overall().onTime().rate()", (rate, run) -> {
          assertThat(rate).isInstanceOf(Rate.class);
          return display(rate);
        })
        .claims("System.out.print(", "every figure, overall, per agency, per procedure", run -> {
          IndicatorReport report = run.value("report", IndicatorReport.class);
          assertThat(run.printed()).isEqualTo(report.toTable(Locale.ENGLISH))
              .contains("\nOverall: 10000 dossiers in the period")
              .contains("\nAgency " + report.agencies().get(0).code())
              .contains("\nProcedure " + report.procedures().get(0).code());
        })
        .then(run -> {
          run.value("dossiers", Stream.class).close();
          // Production inputs, and egov-fakes' look-up and code as the example program uses them: the same report.
          IndicatorReport report = run.value("report", IndicatorReport.class);
          IndicatorReport fakes;
          try (Stream<Dossier> dossiers = DueDatesAndIndicators.dossiers()) {
            fakes = DueDatesAndIndicators.calculator(quarterEnd).compute(dossiers);
          }
          assertThat(report).isEqualTo(fakes);
          assertThat(DossierGenerator.POPULATION_DATABASE.code()).isEqualTo(run.value("populationCode"));
          assertThat(report.overall().populationData().rate().numerator()).isPositive();
        });
  }

  static SnippetSpec indicatorParts() {
    Instant quarterEnd = DueDatesAndIndicators.quarterEnd();
    List<Dossier> dossiers;
    try (Stream<Dossier> stream = DueDatesAndIndicators.dossiers()) {
      dossiers = stream.limit(2_000).collect(Collectors.toList());
    }
    return spec("indicator-parts")
        .given("calculator", DueDatesAndIndicators.calculator(quarterEnd))
        .given("north", dossiers.subList(0, 1_200))
        .given("south", dossiers.subList(1_200, dossiers.size()))
        .note("north.forEach(")
        .claims("byte[] state", "format version 1", (state, run) -> {
          byte[] bytes = (byte[]) state;
          assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("EGIS");
          assertThat(bytes[4] << 8 | bytes[5]).isEqualTo(1).isEqualTo(IndicatorAccumulator.STATE_FORMAT_VERSION);
        })
        .note("south.forEach(")
        .claims("all.combine(", "restore refuses a state of other settings", (all, run) -> {
          IndicatorCalculator other = DueDatesAndIndicators.calculator(quarterEnd).newBuilder().listedCodes(3).build();
          byte[] state = run.value("state", byte[].class);
          assertThatThrownBy(() -> other.restore(state)).isInstanceOfSatisfying(IndicatorStateException.class,
              e -> assertThat(e.reason()).isSameAs(IndicatorStateException.Reason.SETTINGS_MISMATCH));
        })
        .claims("all.report()", "the report of north and south in one pass", (report, run) -> {
          assertThat(report).isEqualTo(DueDatesAndIndicators.calculator(quarterEnd).compute(dossiers.stream()));
          assertThat(((IndicatorReport) report).overall().dossiers()).isEqualTo(2_000);
        });
  }

  static SnippetSpec identifierGenerator() {
    return spec("identifier-generator")
        .note("Province hanoi")
        .shows("ids.personalIdNumber(", (id, run) -> {
          PersonalIdNumber number = (PersonalIdNumber) id;
          return "decodes to " + number.sex() + ", " + number.birthYear() + ", "
              + number.birthRegistrationProvince().map(Province::name).orElse("no province");
        })
        .shows("ids.taxCodeWithCheckDigitZero()",
            (code, run) -> "check digit " + ((TaxCode) code).format().charAt(9))
        .shows("ids.nonStandardForm(", (text, run) -> "check says " + AgencyCode.check((String) text))
        .shows("ids.invalid(", (text, run) -> "check says " + DossierCode.check((String) text))
        .showsElided("IdentifierGenerator.invalidReasons(", ReadmeSnippetsTest::display);
  }

  static SnippetSpec recordGenerators() {
    return spec("record-generators")
        .claims("Organisation firm", "Công ty TNHH …, a valid tax code", (firm, run) -> {
          Organisation organisation = (Organisation) firm;
          assertThat(organisation.name()).startsWith("Công ty TNHH ");
          assertThat(EgovValidation.validate(organisation, Locale.ENGLISH)).isEmpty();
        })
        .note(".procedures(")
        .note(".populationDatabases(")
        .claims(".filter(d -> d.timeline().finishedAt() != null)", "one whose processing has finished",
            (dossier, run) -> assertThat(((Dossier) dossier).timeline().finishedAt()).isNotNull())
        .claims(".dossiers(LocalDate.of(2026, 1, 1)", "lazy, in order of submission", run -> {
          try (Stream<Dossier> dossiers = DossierGenerator.withSeed(3L)
              .dossiers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 10_000)) {
            assertThat(dossiers.limit(1_000).map(d -> d.timeline().submittedAt()).collect(Collectors.toList())).isSorted();
          }
        })
        .claims("dossiers.forEach(", "an IndicatorAccumulator is a Consumer<Dossier>", run -> {
          IndicatorReport report =
              run.value("accumulator", IndicatorAccumulator.class).report();
          assertThat(report.overall().dossiers()).isEqualTo(10_000);
        })
        .claims("SampleProcedures.find(", "the procedure, with its statutory times and fees", (found, run) -> {
          Procedure procedure = ((Optional<?>) found).map(Procedure.class::cast).orElseThrow();
          assertThat(procedure.code()).isEqualTo(run.value("dossier", Dossier.class).procedure().code());
          assertThat(procedure.statutoryTime(run.value("dossier", Dossier.class).submission().channel())).isPresent();
          assertThat(procedure.channels()).flatExtracting(c -> c.options()).flatExtracting(o -> o.fees()).isNotEmpty();
        })
        .claims("DossierGenerator.resultOf(", "the document issued, carrying the holder's personal ID",
            (result, run) -> {
              Result issued = ((Optional<?>) result).map(Result.class::cast).orElseThrow();
              assertThat(issued.holder().personalId()).isNotNull();
              assertThat(issued.dossier()).isEqualTo(run.value("dossier", Dossier.class).code());
            })
        .then(run -> {
          Citizen citizen = run.value("citizen", Citizen.class);
          assertThat(citizen.sex()).isSameAs(Sex.FEMALE);
          assertThat(EgovValidation.validate(citizen, Locale.ENGLISH)).isEmpty();
        });
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /**
   * What a comment shows for a value: an {@code Optional}'s content, a province as its name and code, an ethnic group
   * as its name, anything else as {@code String.valueOf}.
   */
  static String display(Object value, SnippetRun run) {
    return display(value);
  }

  private static String display(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(ReadmeSnippetsTest::display).orElse("empty");
    }
    if (value instanceof Province) {
      Province province = (Province) value;
      return province.name() + ", " + province.code();
    }
    if (value instanceof EthnicGroup) {
      return ((EthnicGroup) value).name();
    }
    return String.valueOf(value);
  }

  /** A list's elements, one a line. */
  private static String lines(Object list) {
    return ((Collection<?>) list).stream().map(String::valueOf).collect(Collectors.joining("\n"));
  }

  private static String local(Instant instant) {
    return DAY_AND_TIME.format(instant.atZone(WorkingCalendar.VIETNAM));
  }

  private static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.VIETNAM).toInstant();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("not on the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A portal call with a field a vendor's system added to the dossier, which egov does not know. */
  private static byte[] withVendorField(byte[] call) {
    try {
      ObjectNode root = (ObjectNode) TREES.readTree(call);
      ((ObjectNode) root.path("data").path(0)).put("MaHoSoNoiBo", "HS-2026-000123");
      return TREES.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(Object json) {
    try {
      return TREES.readTree((byte[]) json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
