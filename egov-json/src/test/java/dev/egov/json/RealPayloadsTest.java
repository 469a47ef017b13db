package dev.egov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.catalog.CatalogAnswer;
import dev.egov.json.catalog.CatalogServiceXml;
import dev.egov.json.population.LookupAnswer;
import dev.egov.json.population.LookupRequest;
import dev.egov.json.population.PopulationDatabaseJson;
import dev.egov.json.population.VerificationRequest;
import dev.egov.json.population.WireForm;
import dev.egov.json.portal.DossierLookup;
import dev.egov.json.portal.DossierLookupRequest;
import dev.egov.json.portal.DossierStep;
import dev.egov.json.portal.PortalAgency;
import dev.egov.json.portal.PortalAnswer;
import dev.egov.json.portal.PortalJson;
import dev.egov.json.portal.PortalLogin;
import dev.egov.json.portal.PortalLoginRequest;
import dev.egov.json.portal.PortalRequest;
import dev.egov.json.portal.SharingAnswer;
import dev.egov.model.PartialDate;
import dev.egov.model.catalog.AdministrativeEra;
import dev.egov.model.catalog.AdministrativeUnitCatalog;
import dev.egov.model.catalog.AdministrativeUnitCode;
import dev.egov.model.catalog.StatisticsOfficeCatalog.CommuneRow;
import dev.egov.model.catalog.StatisticsOfficeCatalog.ProvinceRow;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.procedure.ScheduledFee;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The payloads that real provincial and vendor systems send and receive, rebuilt from their public code
 * ({@code golden/real/README.md} names the source of each): every row of that README is one case here, checked against
 * the outcome the README expects. Every row is met: none is skipped.
 */
class RealPayloadsTest {

  private static final PopulationDatabaseJson DB = PopulationDatabaseJson.get();
  private static final PortalJson PORTAL = PortalJson.get();
  private static final CatalogServiceXml CATALOG = CatalogServiceXml.get();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A check of one payload against the outcome its README row expects. */
  @FunctionalInterface
  interface Check {
    void run(byte[] payload) throws Exception;
  }

  /** Every case: README row (file, or file read by the wrong reader) to its check, in the README's order. */
  static Map<String, Check> cases() {
    Map<String, Check> c = new LinkedHashMap<>();

    // population: requests
    c.put(
        "population/lookup-request.qldc-ordered.soap.xml",
        b -> {
          LookupRequest r = DB.decodeLookupRequest(b, WireForm.SOAP).value();
          assertEquals("1.001234.000.00.00.H26", r.metadata().procedureCode(), "a 22-character MaDVC is read as sent");
          assertEquals(null, r.metadata().agencyCode());
          assertEquals(PersonalIdNumber.parse("001190012345"), r.identity().personalId());
          assertEquals(PartialDate.of(1990, 3, 15), r.identity().birthDate());
        });
    c.put(
        "population/lookup-request.qldc-ordered.gateway-envelope.json",
        b -> {
          Decoded<LookupRequest> d = DB.decodeLookupRequest(b, WireForm.SOAP_IN_JSON);
          assertEquals(PersonalIdNumber.parse("001190012345"), d.value().identity().personalId());
          assertEquals(PartialDate.of(1990, 3, 15), d.value().identity().birthDate());
          assertFalse(d.toString().contains("REDACTED"), "no token, key or AuthHash in toString");
        });
    c.put(
        "population/verification-request.qldc-ordered.soap.xml",
        b -> {
          VerificationRequest r = DB.decodeVerificationRequest(b, WireForm.SOAP).value();
          assertEquals("1.001234", r.metadata().procedureCode());
          assertEquals(PersonalIdNumber.parse("079085004321"), r.identity().personalId());
          assertEquals(PartialDate.of(1985, 6, 20), r.identity().birthDate());
        });
    c.put(
        "population/lookup-request.camel-case-full-date.json",
        b -> {
          LookupRequest r = DB.decodeLookupRequest(b, WireForm.JSON).value();
          assertEquals("01JEXAMPLE0REQUEST000000C37", r.metadata().requestId());
          assertEquals(PersonalIdNumber.parse("001190012345"), r.identity().personalId());
          assertEquals(PartialDate.of(1990, 3, 15), r.identity().birthDate());
        });
    c.put(
        "population/lookup-request.camel-case-year-only.json",
        b -> {
          LookupRequest r = DB.decodeLookupRequest(b, WireForm.JSON).value();
          assertEquals(PersonalIdNumber.parse("038052001234"), r.identity().personalId());
          assertEquals(PartialDate.ofYear(1952), r.identity().birthDate());
        });

    // population: answers
    c.put(
        "population/lookup-answer.bare-body.soap.xml",
        b -> assertCitizen(DB.decodeLookupAnswer(b, WireForm.SOAP).value(), "001190012345", PartialDate.of(1990, 3, 15)));
    c.put(
        "population/lookup-answer.bare-body.lgsp-envelope.json",
        b ->
            assertCitizen(
                DB.decodeLookupAnswer(b, WireForm.SOAP_IN_JSON).value(), "001190012345", PartialDate.of(1990, 3, 15)));
    c.put(
        "population/lookup-answer.year-only-account.soap.xml",
        b -> assertCitizen(DB.decodeLookupAnswer(b, WireForm.SOAP).value(), "038052001234", PartialDate.ofYear(1952)));

    // portal: requests
    c.put(
        "portal/dong-bo-ho-so-mc.opencps-envelope.json",
        b -> {
          PortalRequest<Dossier> r = PORTAL.decodeDossierRequest(b).value();
          assertEquals(PortalRequest.DOSSIER_SYNC, r.service());
          assertEquals(Boolean.FALSE, r.updating());
          assertEquals(1, r.data().size());
          assertEquals(DossierStatus.PROCESSING, r.data().get(0).status());
          assertEquals(null, r.data().get(0).flags().hasDigitisedComponents(), "HoSoCoThanhPhanSoHoa not sent");
          assertEquals(null, r.data().get(0).flags().vneidVerified(), "TaiKhoanDuocXacThucVoiVNeID not sent");
          assertListsAndFlagsWrittenBack(
              JSON.readTree(b).get("data").get(0),
              JSON.readTree(PORTAL.writeDossierRequest(PORTAL.decodeDossierRequest(b))).get("data").get(0));
        });
    c.put(
        "portal/cap-nhat-tien-do-ho-so-mc.opencps-envelope.json",
        b -> {
          PortalRequest<DossierStep> r = PORTAL.decodeProgressRequest(b).value();
          assertEquals(1, r.data().size());
          assertEquals(DossierStatus.PROCESSING, r.data().get(0).step().status());
        });
    c.put(
        "portal/dong-bo-ho-so-mc.bare-array.json",
        b -> {
          List<Dossier> dossiers = PORTAL.decodeDossiers(b).value();
          assertEquals(1, dossiers.size());
          assertEquals(DossierStatus.RESULT_RETURNED, dossiers.get(0).status());
          assertEquals(Boolean.FALSE, dossiers.get(0).documents().submitted().get(0).deleted(), "IsDeleted \"False\"");
          assertEquals(Boolean.TRUE, dossiers.get(0).flags().hasDigitisedComponents(), "HoSoCoThanhPhanSoHoa \"1\"");
          assertEquals(Boolean.FALSE, dossiers.get(0).flags().vneidVerified(), "TaiKhoanDuocXacThucVoiVNeID \"0\"");
          assertListsAndFlagsWrittenBack(
              JSON.readTree(b).get(0), JSON.readTree(PORTAL.writeDossiers(PORTAL.decodeDossiers(b))).get(0));
        });
    c.put(
        "portal/cap-nhat-tien-do-ho-so-mc.bare-array.json",
        b -> assertEquals(3, PORTAL.decodeSteps(b).value().size()));
    c.put(
        "portal/cap-nhat-tien-do-ho-so-mc.single-step.json",
        b -> assertEquals(1, PORTAL.decodeSteps(b).value().size()));
    c.put(
        "portal/login-request.json",
        b -> {
          Decoded<PortalLoginRequest> d = PORTAL.decodeLoginRequest(b);
          assertNotNull(d.value().password());
          assertFalse(d.toString().contains("REDACTED"), "the password is a secret");
        });
    c.put(
        "portal/tra-cuu-ho-so.request.json",
        b -> assertEquals("000.00.01.H26-261201-0007",
            PORTAL.decodeDossierLookupRequest(b).value().dossierCode().format()));
    c.put(
        "portal/tra-cuu-ho-so.gplx.request.json",
        b -> {
          Decoded<DossierLookupRequest> d = PORTAL.decodeDossierLookupRequest(b);
          assertEquals(null, d.value().agency(), "no madonvi: donViXuLy is kept as an unknown field");
          assertEquals("000.00.05.G16-261120-0042", d.value().dossierCode().format());
          assertEquals(1, d.unknownFields().size());
        });
    c.put(
        "portal/lay-thu-tuc.request.json",
        b -> assertEquals("1.001234", PORTAL.decodeProcedureRequest(b).value().procedureCode().format()));
    c.put(
        "portal/lay-danh-muc-co-quan.request.json",
        b -> assertEquals("000.00.01.H26", PORTAL.decodeAgencyListRequest(b).value().agency().format()));

    // portal: answers
    c.put(
        "portal/login-answer.json",
        b -> {
          Decoded<PortalLogin> d = PORTAL.decodeLoginAnswer(b);
          assertEquals(Outcome.SUCCESS, d.value().status().outcome());
          assertNotNull(d.value().session());
          assertFalse(d.toString().contains("REDACTED"), "the session is a secret");
        });
    c.put("portal/dong-bo-ho-so-mc.answer-00.json", b -> assertOutcome(b, Outcome.SUCCESS, false));
    c.put("portal/dong-bo-ho-so-mc.answer-already-exists.json", b -> assertOutcome(b, Outcome.ALREADY_EXISTS, false));
    c.put(
        "portal/tra-cuu-ho-so.answer.json",
        b -> {
          SharingAnswer<DossierLookup> a = PORTAL.decodeDossierLookupAnswer(b).value();
          assertEquals(Outcome.SUCCESS, a.status().outcome());
          assertEquals(DossierStatus.PROCESSING, a.items().get(0).status());
          assertEquals(Instant.parse("2026-12-01T01:30:00Z"), a.items().get(0).receivedAt(), "20261201083000");
        });
    c.put(
        "portal/tra-cuu-ho-so.gplx.answer.json",
        b -> {
          Decoded<SharingAnswer<DossierLookup>> d = PORTAL.decodeDossierLookupAnswer(b);
          DossierLookup item = d.value().items().get(0);
          assertEquals(Outcome.SUCCESS, d.value().status().outcome());
          assertEquals(SharingAnswer.Member.DATA, d.value().member());
          assertEquals(Instant.parse("2026-11-20T01:30:00Z"), item.receivedAt(), "20/11/2026 08:30:00");
          assertEquals(Instant.parse("2026-11-25T09:30:00Z"), item.dueAt(), "25/11/2026 16:30:00");
          assertEquals(ResultDelivery.of("1"), item.resultDelivery());
          assertFalse(item.toString().contains("MẪU"), "the applicant's name is personal data");
          assertEquals(JSON.readTree(b), JSON.readTree(PORTAL.writeDossierLookupAnswer(d)), "written back exactly");
        });
    c.put(
        "portal/lay-thu-tuc.answer.json",
        b -> {
          Procedure p = PORTAL.decodeProcedureAnswer(b).value().items().get(0);
          assertEquals("G03-TN01", p.fieldCode());
          assertEquals(Optional.of(ProcessingTime.ofWorkingDays(5)), p.statutoryTime(Channel.DIRECT));
          assertEquals("000.00.01.H26", p.agencies().get(0).code());
        });
    c.put(
        "portal/lay-thu-tuc.answer.goi-tin-thu-tuc.json",
        b -> {
          Decoded<SharingAnswer<Procedure>> d = PORTAL.decodeProcedureAnswer(b);
          Procedure p = d.value().items().get(0);
          assertEquals("1.001234", p.code().format(), "MaTTHC in mixed case");
          assertEquals(Optional.of(ProcessingTime.ofWorkingHours(4)), p.statutoryTime(Channel.ONLINE), "0,5 days");
          assertEquals(new ScheduledFee(0, "Đồng", "Không thu phí"), p.channels().get(0).options().get(0).fees().get(0));
          assertEquals("KQ.1.001234", p.declaredResults().get(0).code());
          Decoded<SharingAnswer<Procedure>> again = PORTAL.decodeProcedureAnswer(PORTAL.writeProcedureAnswer(d));
          assertEquals(d.value(), again.value(), "read back the same after writing");
          assertEquals(Set.copyOf(d.unknownFields()), Set.copyOf(again.unknownFields()),
              "TRINHTUTHUCHIEN, THANHPHANHOSO, … kept (each put back at its object's end)");
        });
    c.put(
        "portal/lay-danh-muc-co-quan.answer.json",
        b -> {
          List<PortalAgency> agencies = PORTAL.decodeAgencyListAnswer(b).value().items();
          assertEquals(2, agencies.size());
          assertEquals(Integer.valueOf(3), agencies.get(0).level());
          assertEquals("000.00.00.H26", agencies.get(1).code().format());
        });

    // gateway faults: no reader's message, every answer reader must say so
    Map<String, String> faults = new LinkedHashMap<>();
    faults.put("wso2-fault.invalid-credentials.json", "900901");
    faults.put("wso2-fault.throttled.json", "900800");
    faults.put("wso2-fault.no-matching-resource.json", "900906");
    faults.put("wso2-fault-legacy.missing-credentials.json", "900902");
    faults.put("wso2-fault-legacy.invalid-credentials.json", "900901");
    faults.put("wso2-fault.invalid-credentials.xml", "900901");
    faults.put("oauth-token-error.invalid-client.json", "invalid_client");
    faults.put("xroad-rest-error.server-proxy.json", "Server.ServerProxy.ServiceFailed");
    faults.put("xroad-rest-error.client-proxy.json", "Server.ClientProxy.NetworkError");
    faults.forEach((fault, code) -> c.put("gateway/" + fault, b -> assertGatewayFaultEverywhere(b, code)));

    // real messages read by a reader they are not meant for
    c.put(
        "population/lookup-request.qldc-ordered.soap.xml as decodeLookupAnswer(SOAP)",
        b -> assertWrongMessage(() -> DB.decodeLookupAnswer(b, WireForm.SOAP)));
    c.put(
        "population/verification-request.qldc-ordered.soap.xml as decodeLookupAnswer(SOAP)",
        b -> assertWrongMessage(() -> DB.decodeLookupAnswer(b, WireForm.SOAP)));
    c.put(
        "population/lookup-answer.bare-body.lgsp-envelope.json as decodeLookupAnswer(JSON)",
        b -> assertWrongMessage(() -> DB.decodeLookupAnswer(b, WireForm.JSON)));
    c.put("portal/login-answer.json as PortalJson.decodeAnswer", b -> assertWrongMessage(() -> PORTAL.decodeAnswer(b)));
    c.put(
        "portal/tra-cuu-ho-so.request.json as decodeDossierRequest",
        b -> assertWrongMessage(() -> PORTAL.decodeDossierRequest(b)));
    c.put(
        "portal/lay-thu-tuc.request.json as decodeProgressRequest",
        b -> assertWrongMessage(() -> PORTAL.decodeProgressRequest(b)));
    c.put(
        "portal/lay-danh-muc-co-quan.request.json as decodeDossierRequest",
        b -> assertWrongMessage(() -> PORTAL.decodeDossierRequest(b)));
    c.put(
        "portal/lay-thu-tuc.answer.json as decodeDossierLookupAnswer",
        b -> assertWrongMessage(() -> PORTAL.decodeDossierLookupAnswer(b)));
    c.put(
        "portal/lay-danh-muc-co-quan.answer.json as decodeProcedureAnswer",
        b -> assertWrongMessage(() -> PORTAL.decodeProcedureAnswer(b)));
    c.put(
        "portal/tra-cuu-ho-so.answer.json as decodeAgencyListAnswer",
        b -> assertWrongMessage(() -> PORTAL.decodeAgencyListAnswer(b)));
    c.put(
        "portal/login-answer.json as decodeDossierLookupAnswer",
        b -> assertWrongMessage(() -> PORTAL.decodeDossierLookupAnswer(b)));
    c.put(
        "portal/login-answer.json as decodeLookupAnswer(JSON)",
        b -> assertWrongMessage(() -> DB.decodeLookupAnswer(b, WireForm.JSON)));
    c.put(
        "portal/dong-bo-ho-so-mc.answer-00.json as decodeLookupAnswer(JSON)",
        b -> assertWrongMessage(() -> DB.decodeLookupAnswer(b, WireForm.JSON)));

    // the statistics office's catalogue service
    c.put(
        "catalog/danh-muc-phuong-xa.answer.dvhcvn-rows.soap.xml",
        b -> {
          CatalogAnswer<CommuneRow> a = CATALOG.decodeCommunes(b).value();
          assertEquals(List.of(
              new CommuneRow("01", "Thành phố Hà Nội", "017", "Huyện Đông Anh", "00514", "Xã Võng La", "Xã"),
              new CommuneRow("64", "Tỉnh Gia Lai", "622", "Thành phố Pleiku", "23566", "Phường Hội Thương",
                  "Phường")), a.rows());
          String written = new String(CATALOG.writeCommunes(a), StandardCharsets.UTF_8);
          assertTrue(written.contains("<TABLE diffgr:id=\"TABLE2\" msdata:rowOrder=\"1\">"), "rows renumbered");
          AdministrativeUnitCatalog units =
              CatalogServiceXml.catalog(CatalogServiceXml.version(LocalDate.of(2025, 3, 1)), a);
          assertEquals("Võng La",
              units.find(AdministrativeUnitCode.commune(AdministrativeEra.LEGACY_2004, "00514")).orElseThrow().name());
        });
    c.put(
        "catalog/danh-muc-tinh.answer.dvhcvn-row.soap.xml",
        b -> assertEquals(List.of(new ProvinceRow("02", "Tỉnh Hà Giang", "Tỉnh")),
            CATALOG.decodeProvinces(b).value().rows()));
    c.put(
        "catalog/danh-muc-tinh.answer.dvhcvn-row.soap.xml as decodeCommunes",
        b -> assertWrongMessage(() -> CATALOG.decodeCommunes(b)));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> every_real_payload_reads_as_its_source_sends_it() {
    return cases().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> e.getValue().run(payload(e.getKey()))));
  }

  @Test
  void every_file_has_a_case() throws IOException, URISyntaxException {
    Path root = Path.of(RealPayloadsTest.class.getResource("/golden/real").toURI());
    Set<String> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(name -> !name.endsWith(".md"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> covered =
        cases().keySet().stream().map(k -> k.split(" as ", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(files, covered, "every payload file has a README row and a case here");
  }

  private static byte[] payload(String caseName) {
    String file = caseName.split(" as ", 2)[0];
    try (InputStream in = RealPayloadsTest.class.getResourceAsStream("/golden/real/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no golden " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The dossier's lists and flags as written back: each list present exactly when it was read (empty as {@code []}),
   * with as many items; each flag of the dossier and of its documents written as it was read ({@code "0"} stays
   * {@code "0"}, absent stays absent). Other members are not compared: empty texts are left out and {@code "False"}
   * is written {@code "0"}, the writer's one form.
   */
  private static void assertListsAndFlagsWrittenBack(JsonNode read, JsonNode written) {
    for (String list : List.of("TaiLieuNop", "DanhSachLePhi", "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung",
        "DanhSachGiayToKetQua", "DinhDanhCHS", "DSKetNoiCSDL")) {
      assertEquals(read.has(list), written.has(list), list + " present as read");
      if (read.has(list)) {
        assertEquals(read.get(list).size(), written.get(list).size(), list + " items");
      }
    }
    for (String flag : List.of("HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID")) {
      assertEquals(read.get(flag), written.get(flag), flag);
    }
    for (int i = 0; i < read.get("TaiLieuNop").size(); i++) {
      for (String flag : List.of("DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG")) {
        assertEquals(read.get("TaiLieuNop").get(i).get(flag), written.get("TaiLieuNop").get(i).get(flag), flag);
      }
    }
  }

  private static void assertCitizen(LookupAnswer answer, String personalId, PartialDate birthDate) {
    assertTrue(answer.status().success());
    assertEquals(1, answer.citizens().size());
    Citizen citizen = answer.citizens().get(0);
    assertEquals(PersonalIdNumber.parse(personalId), citizen.personalId());
    assertEquals(birthDate, citizen.birthDate());
  }

  private static void assertOutcome(byte[] payload, Outcome expected, boolean withResult) {
    PortalAnswer answer = PORTAL.decodeAnswer(payload).value();
    assertEquals(expected, answer.status().outcome());
    assertEquals(withResult, answer.result() != null);
  }

  /** A reader handed a real message of another kind refuses it as {@code WRONG_MESSAGE}. */
  private static void assertWrongMessage(Supplier<?> read) {
    JsonDecodingException e = assertThrows(JsonDecodingException.class, read::get);
    assertEquals(JsonDecodingException.Reason.WRONG_MESSAGE, e.reason());
  }

  /**
   * Every answer reader recognises a gateway fault before anything else and returns it as the answer's status: {@link
   * AnswerStatus.Outcome#GATEWAY_FAULT} with the gateway's fault, never a success, a failure of the system behind it
   * or a decoding error.
   */
  private static void assertGatewayFaultEverywhere(byte[] payload, String code) {
    Map<String, Supplier<AnswerStatus>> readers = new LinkedHashMap<>();
    for (WireForm form : WireForm.values()) {
      readers.put("decodeLookupAnswer(" + form + ")", () -> DB.decodeLookupAnswer(payload, form).value().status());
      readers.put(
          "decodeVerificationAnswer(" + form + ")", () -> DB.decodeVerificationAnswer(payload, form).value().status());
    }
    readers.put("PortalJson.decodeAnswer", () -> PORTAL.decodeAnswer(payload).value().status());
    readers.put("PortalJson.decodeDossierLookupAnswer", () -> PORTAL.decodeDossierLookupAnswer(payload).value().status());
    readers.put("PortalJson.decodeProcedureAnswer", () -> PORTAL.decodeProcedureAnswer(payload).value().status());
    readers.put("PortalJson.decodeAgencyListAnswer", () -> PORTAL.decodeAgencyListAnswer(payload).value().status());
    GatewayFault first = null;
    for (Map.Entry<String, Supplier<AnswerStatus>> read : readers.entrySet()) {
      AnswerStatus status = read.getValue().get();
      assertEquals(AnswerStatus.Outcome.GATEWAY_FAULT, status.outcome(), read.getKey());
      assertNotNull(status.gatewayFault(), read.getKey());
      assertEquals(code, status.gatewayFault().code(), read.getKey());
      if (first == null) {
        first = status.gatewayFault();
      }
      assertEquals(first, status.gatewayFault(), read.getKey() + " reads the same fault as the others");
    }
  }
}
