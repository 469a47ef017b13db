package dev.egov.json.portal;

import static dev.egov.json.portal.PortalGoldens.AGENCY;
import static dev.egov.json.portal.PortalGoldens.ONLINE_CODE;
import static dev.egov.json.portal.PortalGoldens.SESSION;
import static dev.egov.json.portal.PortalGoldens.bytes;
import static dev.egov.json.portal.PortalGoldens.tree;
import static dev.egov.json.portal.PortalGoldens.utf8;
import static dev.egov.json.portal.PortalGoldens.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.egov.json.AnswerStatus;
import dev.egov.json.AnswerStatus.Outcome;
import dev.egov.json.Decoded;
import dev.egov.json.GatewayFaultSamples;
import dev.egov.json.JsonDecodingException;
import dev.egov.json.JsonDecodingException.Reason;
import dev.egov.json.ResultCode;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.ProcessingTimeUnit;
import dev.egov.model.code.Channel;
import dev.egov.model.code.DossierStatus;
import dev.egov.model.code.ResultDelivery;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.DeclaredResult;
import dev.egov.model.procedure.ImplementingAgency;
import dev.egov.model.procedure.LegalBasis;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.procedure.ProcedureChannel;
import dev.egov.model.procedure.ProcessingOption;
import dev.egov.model.procedure.ScheduledFee;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The log-in and the sharing services ({@code TraCuuHoSo}, {@code LayThuTuc}, {@code LayDanhMucCoQuan}): every
 * golden of {@code golden/portal/} reads into records built by hand and writes back to the same JSON; the tolerant
 * forms read; secrets never show.
 */
@Timeout(30)
class PortalSharingTest {

  private static final String PASSWORD = "golden-password-not-a-real-one";
  private static final AnswerStatus OK = AnswerStatus.success(ResultCode.of("0"), "Thành công");

  private final PortalJson portal = PortalJson.get();

  private static JsonDecodingException catchThrowableOfType(ThrowingCallable call, Class<JsonDecodingException> type) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(type);
    return type.cast(t);
  }

  // ---------------------------------------------------------------- log-in

  static PortalLoginRequest login() {
    return new PortalLoginRequest("motcua.h56.thunghiem", PASSWORD, null);
  }

  @Test
  void loginRequest_readsIntoTheExpectedRecord_andWritesBackExactly() {
    Decoded<PortalLoginRequest> read = portal.decodeLoginRequest(bytes("login-request.json"));

    assertThat(read.value()).isEqualTo(login());
    assertThat(read.unknownFields()).isEmpty();
    assertThat(tree(portal.writeLoginRequest(login()))).isEqualTo(tree(bytes("login-request.json")));
  }

  @Test
  void loginRequest_neverShowsThePassword() {
    PortalLoginRequest login = login().withDestination(PortalDestination.parse("VN:GOV:000.00.00.G22:vpcpdvcprovider"));

    assertThat(login.toString()).doesNotContain(PASSWORD).doesNotContain("motcua").contains("password=***")
        .contains("dstcode: VN:GOV:000.00.00.G22:vpcpdvcprovider");
    JsonDecodingException e = catchThrowableOfType(
        () -> portal.decodeLoginRequest(utf8("{\"username\": \"a\", \"password\": 42, \"x\": [")),
        JsonDecodingException.class);
    assertThat(e.getMessage()).doesNotContain("42");
    JsonDecodingException missing = catchThrowableOfType(
        () -> portal.decodeLoginRequest(utf8("{\"username\": \"a\", \"password\": \"\"}")), JsonDecodingException.class);
    assertThat(missing.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(missing.field()).isEqualTo("/password");
  }

  @Test
  void destination_isTheHeaderPair() {
    PortalDestination dstcode = PortalDestination.parse(" VN:GOV:000.00.00.G22:vpcpdvcprovider ");

    assertThat(dstcode).isEqualTo(new PortalDestination("VN", "GOV", "000.00.00.G22", "vpcpdvcprovider"));
    assertThat(dstcode.headerName()).isEqualTo("dstcode");
    assertThat(dstcode.headerValue()).isEqualTo("VN:GOV:000.00.00.G22:vpcpdvcprovider");
  }

  @Test
  void destination_withoutFourParts_throws() {
    assertThatThrownBy(() -> PortalDestination.parse("VN:GOV:000.00.00.G22")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four parts");
    assertThatThrownBy(() -> PortalDestination.parse("VN:GOV::vpcpdvcprovider"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PortalDestination("VN", "G OV", "000.00.00.G22", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- TraCuuHoSo

  static DossierLookup lookup() {
    return new DossierLookup(ONLINE_CODE, ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", "Nguyễn Thị Hoà",
        DossierStatus.PROCESSING, "Ủy ban nhân dân phường Thử Nghiệm", vn(2026, 11, 16, 8, 15),
        vn(2026, 11, 16, 9, 0), vn(2026, 11, 17, 9, 0), ResultDelivery.of("0"));
  }

  @Test
  void lookupRequest_readsIntoTheExpectedRecord_andWritesBackExactly() {
    DossierLookupRequest expected = new DossierLookupRequest(SESSION, AGENCY, ONLINE_CODE);

    assertThat(portal.decodeDossierLookupRequest(bytes("tra-cuu-ho-so.request.json")).value()).isEqualTo(expected);
    assertThat(tree(portal.writeDossierLookupRequest(expected))).isEqualTo(tree(bytes("tra-cuu-ho-so.request.json")));
    assertThat(expected.toString()).doesNotContain(SESSION);
  }

  @Test
  void lookupAnswer_readsIntoTheExpectedRecords_andWritesBackExactly() {
    SharingAnswer<DossierLookup> expected = SharingAnswer.of(OK, List.of(lookup()));
    Decoded<SharingAnswer<DossierLookup>> read = portal.decodeDossierLookupAnswer(bytes("tra-cuu-ho-so.answer.json"));

    assertThat(read.value()).isEqualTo(expected);
    assertThat(read.unknownFields()).isEmpty();
    assertThat(tree(portal.writeDossierLookupAnswer(expected))).isEqualTo(tree(bytes("tra-cuu-ho-so.answer.json")));
  }

  @Test
  void lookupAnswer_datesAreDayMonthYearVietnameseLocalTime() {
    DossierLookup item = portal.decodeDossierLookupAnswer(bytes("tra-cuu-ho-so.answer.json")).value().items().get(0);

    assertThat(item.receivedAt()).isEqualTo(Instant.parse("2026-11-16T02:00:00Z"));   // "16/11/2026 09:00:00"
    assertThat(item.toString()).doesNotContain("Hoà").contains("<14 chars>");
  }

  @Test
  void lookupAnswer_inDataWithOtherDateForms_readsAndKeepsItsListName() {
    Decoded<SharingAnswer<DossierLookup>> read =
        portal.decodeDossierLookupAnswer(bytes("tra-cuu-ho-so.answer-data-yyyymmdd.json"));
    DossierLookup item = read.value().items().get(0);

    assertThat(read.value().member()).isEqualTo(SharingAnswer.Member.DATA);
    assertThat(read.value().status().outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(item.receivedAt()).isEqualTo(vn(2026, 11, 16, 14, 30));   // "20261116143000"
    assertThat(item.dueAt()).isEqualTo(vn(2026, 11, 19, 14, 30));        // "2026-11-19T14:30:00"
    String written = new String(portal.writeDossierLookupAnswer(read), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).contains("\"data\":[").contains("\"NgayTiepNhan\":\"16/11/2026 14:30:00\"")
        .contains("\"error_code\":0");
  }

  @Test
  void lookupAnswer_withBothResultAndData_isRefused() {
    JsonDecodingException e = catchThrowableOfType(() -> portal.decodeDossierLookupAnswer(utf8(
        "{\"error_code\": \"0\", \"result\": [{\"MaHoSo\": \"000.00.06.H56-261116-0007\"}], \"data\": []}")),
        JsonDecodingException.class);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/data");
  }

  @Test
  void lookupAnswer_aDateThatDoesNotExist_isInvalidAtItsPointer() {
    JsonDecodingException e = catchThrowableOfType(() -> portal.decodeDossierLookupAnswer(utf8(
        "{\"error_code\": \"0\", \"result\": [{\"MaHoSo\": \"000.00.06.H56-261116-0007\", "
            + "\"NgayHenTra\": \"31/02/2026 09:00:00\"}]}")), JsonDecodingException.class);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/result/0/NgayHenTra");
    assertThat(e.getMessage()).doesNotContain("31/02");
  }

  @Test
  void lookupAnswer_aGatewayFault_isAnAnswerWithoutItems() {
    SharingAnswer<DossierLookup> answer =
        portal.decodeDossierLookupAnswer(utf8(GatewayFaultSamples.WSO2_LEGACY)).value();

    assertThat(answer.status().outcome()).isEqualTo(Outcome.GATEWAY_FAULT);
    assertThat(answer.items()).isEmpty();
    assertThatThrownBy(() -> portal.writeDossierLookupAnswer(answer)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lookupAnswer_aFailure_isAnAnswer() {
    SharingAnswer<DossierLookup> answer = portal.decodeDossierLookupAnswer(
        utf8("{\"error_code\": \"-1\", \"message\": \"Không tìm thấy hồ sơ\"}")).value();

    assertThat(answer.status().outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(answer.items()).isEmpty();
  }

  @Test
  void lookupOf_aDossier_isWhatTheAnswerCarries() {
    DossierLookup of = DossierLookup.of(PortalGoldens.onlineDossier());

    assertThat(of.dossierCode()).isEqualTo(ONLINE_CODE);
    assertThat(of.status()).isEqualTo(PortalGoldens.onlineDossier().status());
    DossierLookup back = portal.decodeDossierLookupAnswer(portal.writeDossierLookupAnswer(
        SharingAnswer.of(OK, List.of(of)))).value().items().get(0);
    assertThat(back).isEqualTo(PortalJson.lookupView(of));
  }

  // ---------------------------------------------------------------- LayThuTuc

  static Procedure procedure() {
    return new Procedure(ProcedureCode.parse("2.000635"), "Cấp bản sao trích lục hộ tịch", "G09-TP03", "Hộ tịch",
        List.of(
            new ProcedureChannel(Channel.DIRECT, List.of(new ProcessingOption(ProcessingTime.ofWorkingDays(1),
                "Trong ngày làm việc; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo",
                List.of(new ScheduledFee(8000, "Đồng", "Lệ phí cấp bản sao trích lục, mỗi bản"))))),
            new ProcedureChannel(Channel.ONLINE, List.of(new ProcessingOption(ProcessingTime.ofWorkingHours(4), null,
                List.of(new ScheduledFee(0, "Đồng", "Miễn lệ phí khi nộp trực tuyến"))))),
            new ProcedureChannel(Channel.POST, List.of(new ProcessingOption(
                new ProcessingTime(15, ProcessingTimeUnit.CALENDAR_DAYS), null, List.of())))),
        List.of(new DeclaredResult("2.000635.KQ01", "Bản sao trích lục hộ tịch")),
        List.of(new ImplementingAgency("000.00.06.H56", "Ủy ban nhân dân phường Thử Nghiệm")),
        List.of(new LegalBasis("60/2014/QH13", "Luật Hộ tịch"), new LegalBasis("123/2015/NĐ-CP", null)),
        null);
  }

  @Test
  void procedureRequest_readsIntoTheExpectedRecord_andWritesBackExactly() {
    ProcedureRequest expected = new ProcedureRequest(SESSION, AGENCY, ProcedureCode.parse("2.000635"));

    assertThat(portal.decodeProcedureRequest(bytes("lay-thu-tuc.request.json")).value()).isEqualTo(expected);
    assertThat(tree(portal.writeProcedureRequest(expected))).isEqualTo(tree(bytes("lay-thu-tuc.request.json")));
  }

  @Test
  void procedureAnswer_readsIntoTheModelsProcedure_andWritesBackExactly() {
    SharingAnswer<Procedure> expected = SharingAnswer.of(OK, List.of(procedure()));
    Decoded<SharingAnswer<Procedure>> read = portal.decodeProcedureAnswer(bytes("lay-thu-tuc.answer.json"));

    assertThat(read.value()).isEqualTo(expected);
    assertThat(read.unknownFields()).isEmpty();
    assertThat(tree(portal.writeProcedureAnswer(expected))).isEqualTo(tree(bytes("lay-thu-tuc.answer.json")));
    assertThat(read.value().items().get(0).statutoryTime(Channel.ONLINE)).contains(ProcessingTime.ofWorkingHours(4));
  }

  @Test
  void procedureAnswer_numbersAndUnits_readLeniently() {
    Procedure p = portal.decodeProcedureAnswer(utf8("{\"error_code\": 0, \"result\": [{\"MaTTHC\": \"1.001193\", "
        + "\"TENTTHC\": \"Đăng ký khai sinh\", \"CACHTHUCTHUCHIEN\": [{\"KENH\": 2, \"THOIGIAN\": ["
        + "{\"THOIGIANGIAIQUYET\": \"0,5\", \"DONVITINH\": \"ngày làm việc\", \"PHILEPHI\": [{\"SOTIEN\": \"\"}]},"
        + "{\"THOIGIANGIAIQUYET\": 2, \"DONVITINH\": \"THÁNG\"}]}]}]}")).value().items().get(0);

    List<ProcessingOption> options = p.channels().get(0).options();
    assertThat(p.channels().get(0).channel()).isEqualTo(Channel.ONLINE);
    assertThat(options.get(0).time()).isEqualTo(ProcessingTime.ofWorkingHours(4));   // half a working day
    assertThat(options.get(0).fees()).containsExactly(new ScheduledFee(0, null, null));
    assertThat(options.get(1).time()).isEqualTo(ProcessingTime.ofMonths(2));
  }

  @Test
  void procedureAnswer_anUnknownUnit_isInvalidAtItsPointer() {
    JsonDecodingException e = catchThrowableOfType(() -> portal.decodeProcedureAnswer(utf8(
        "{\"error_code\": 0, \"result\": [{\"MATTHC\": \"1.001193\", \"TENTTHC\": \"x\", \"CACHTHUCTHUCHIEN\": ["
            + "{\"KENH\": \"1\", \"THOIGIAN\": [{\"THOIGIANGIAIQUYET\": \"3\", \"DONVITINH\": \"Tuần\"}]}]}]}")),
        JsonDecodingException.class);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/result/0/CACHTHUCTHUCHIEN/0/THOIGIAN/0/DONVITINH");
  }

  @Test
  void procedureAnswer_aFractionOfADayInCalendarDays_isInvalid() {
    JsonDecodingException e = catchThrowableOfType(() -> portal.decodeProcedureAnswer(utf8(
        "{\"error_code\": 0, \"result\": [{\"MATTHC\": \"1.001193\", \"TENTTHC\": \"x\", \"CACHTHUCTHUCHIEN\": ["
            + "{\"KENH\": \"1\", \"THOIGIAN\": [{\"THOIGIANGIAIQUYET\": \"1,5\", \"DONVITINH\": \"Ngày\"}]}]}]}")),
        JsonDecodingException.class);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).endsWith("/THOIGIAN/0/THOIGIANGIAIQUYET");
  }

  @Test
  void procedureView_dropsTheOnlineLevel() {
    Procedure withLevel = new Procedure(procedure().code(), procedure().name(), null, null, List.of(), List.of(),
        List.of(), List.of(), dev.egov.model.code.OnlineLevel.FULL_PROCESS);

    assertThat(PortalJson.procedureView(withLevel).onlineLevel()).isNull();
    assertThat(PortalJson.procedureView(procedure())).isEqualTo(procedure());
  }

  // ---------------------------------------------------------------- LayDanhMucCoQuan

  static List<PortalAgency> agencies() {
    return List.of(
        new PortalAgency(AgencyCode.parse("000.00.00.H56"), "Ủy ban nhân dân tỉnh Thử Nghiệm", 1),
        new PortalAgency(AGENCY, "Ủy ban nhân dân phường Thử Nghiệm", 3),
        new PortalAgency(AgencyCode.parse("000.01.06.H56"), "Bộ phận một cửa phường Thử Nghiệm", null));
  }

  @Test
  void agencyListRequest_readsIntoTheExpectedRecord_andWritesBackExactly() {
    AgencyListRequest expected = new AgencyListRequest(SESSION, AGENCY);

    assertThat(portal.decodeAgencyListRequest(bytes("lay-danh-muc-co-quan.request.json")).value()).isEqualTo(expected);
    assertThat(tree(portal.writeAgencyListRequest(expected)))
        .isEqualTo(tree(bytes("lay-danh-muc-co-quan.request.json")));
  }

  @Test
  void agencyListAnswer_readsIntoTheExpectedRecords_andWritesBackExactly() {
    SharingAnswer<PortalAgency> expected = SharingAnswer.of(OK, agencies());

    assertThat(portal.decodeAgencyListAnswer(bytes("lay-danh-muc-co-quan.answer.json")).value()).isEqualTo(expected);
    assertThat(tree(portal.writeAgencyListAnswer(expected))).isEqualTo(tree(bytes("lay-danh-muc-co-quan.answer.json")));
    assertThat(expected.toString()).isEqualTo("SharingAnswer[" + OK + ", 3 items]");
  }

  @Test
  void agencyListAnswer_anAgencyCodeThatIsNone_isInvalidAtItsPointer() {
    JsonDecodingException e = catchThrowableOfType(() -> portal.decodeAgencyListAnswer(utf8(
        "{\"error_code\": 0, \"result\": [{\"MADONVI\": \"not-a-code\", \"TENDONVI\": \"x\"}]}")),
        JsonDecodingException.class);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.field()).isEqualTo("/result/0/MADONVI");
  }

  @Test
  void sharingRequests_withoutAgency_readAndWriteWithoutIt() {
    DossierLookupRequest bare = portal.decodeDossierLookupRequest(utf8(
        "{\"session\": \"s\", \"service\": \"TraCuuHoSo\", \"donViXuLy\": \"X\", \"maHoSo\": \"000.00.06.H56-261116-0007\"}"))
        .value();

    assertThat(bare.agency()).isNull();
    assertThat(bare.dossierCode()).isEqualTo(DossierCode.parse("000.00.06.H56-261116-0007"));
    assertThat(tree(portal.writeAgencyListRequest(new AgencyListRequest("s", null))))
        .isEqualTo(tree(utf8("{\"session\": \"s\", \"service\": \"LayDanhMucCoQuan\"}")));
    assertThatThrownBy(() -> new ProcedureRequest(" ", null, ProcedureCode.parse("1.001193")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
