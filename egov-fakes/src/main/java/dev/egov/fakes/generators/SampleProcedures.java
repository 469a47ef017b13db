package dev.egov.fakes.generators;

import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.code.Channel;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.ProcedureRef;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.DeclaredResult;
import dev.egov.model.procedure.ImplementingAgency;
import dev.egov.model.procedure.LegalBasis;
import dev.egov.model.procedure.Procedure;
import dev.egov.model.procedure.ProcedureChannel;
import dev.egov.model.procedure.ProcessingOption;
import dev.egov.model.procedure.ScheduledFee;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The administrative procedures that generated dossiers are for: a small, realistic set of commune-level civil-status
 * and certification procedures, provincial criminal-record, land and business-registration procedures, with their
 * statutory processing times, fees and result documents. Indicator computations over generated dossiers look the
 * procedures up here, as they would in the national procedure database.
 *
 * <table>
 *   <caption>The procedures</caption>
 *   <tr><th>code</th><th>procedure</th><th>time</th><th>fee (đồng)</th></tr>
 *   <tr><td>1.001193</td><td>Đăng ký khai sinh</td><td>1 working day</td><td>0</td></tr>
 *   <tr><td>1.000894</td><td>Đăng ký kết hôn</td><td>5 working days</td><td>0</td></tr>
 *   <tr><td>1.000656</td><td>Đăng ký khai tử</td><td>1 working day</td><td>0</td></tr>
 *   <tr><td>2.000635</td><td>Cấp bản sao trích lục hộ tịch</td><td>4 working hours</td><td>8,000</td></tr>
 *   <tr><td>2.000815</td><td>Chứng thực bản sao từ bản chính</td><td>8 working hours</td><td>2,000 a page</td></tr>
 *   <tr><td>2.000884</td><td>Chứng thực chữ ký</td><td>8 working hours</td><td>10,000</td></tr>
 *   <tr><td>2.000413</td><td>Cấp Phiếu lý lịch tư pháp</td><td>10 working days</td><td>200,000</td></tr>
 *   <tr><td>1.013225</td><td>Cấp giấy phép xây dựng nhà ở riêng lẻ</td><td>15 days</td><td>75,000</td></tr>
 *   <tr><td>1.002204</td><td>Đăng ký biến động đất đai do chuyển nhượng</td><td>10 working days</td>
 *       <td>30,000</td></tr>
 *   <tr><td>1.004006</td><td>Đăng ký đất đai lần đầu</td><td>20 working days</td><td>100,000</td></tr>
 *   <tr><td>2.000214</td><td>Đăng ký thành lập hộ kinh doanh</td><td>3 working days</td><td>100,000</td></tr>
 *   <tr><td>1.000956</td><td>Đăng ký thành lập công ty TNHH một thành viên</td><td>3 working days</td>
 *       <td>50,000; 0 online</td></tr>
 *   <tr><td>2.001199</td><td>Đăng ký thay đổi nội dung đăng ký doanh nghiệp</td><td>3 working days</td>
 *       <td>50,000; 0 online</td></tr>
 * </table>
 *
 * <p><b>Sources and limits.</b> The codes are national procedure codes as public one-stop code bases use them; the
 * times and fees are those of the laws behind the procedures (Luật Hộ tịch 2014, Nghị định 23/2015 on
 * certification, Luật Lý lịch tư pháp 2009, Luật Xây dựng, Luật Đất đai 2024, Luật Doanh nghiệp 2020) as commonly
 * published, simplified to one processing option per channel. They are test data, not a copy of the national
 * procedure database: check a procedure there before relying on its details. Result-document codes ({@code MAKETQUA})
 * are synthetic: the national code followed by {@code .KQ01}. The 15 days of the building permit are calendar days,
 * as the law writes them ("15 ngày"). Birth, marriage and death registration, household businesses and building
 * permits are received by commune-level People's Committees, as since 1 July 2025 (districts used to receive some).
 *
 * @since 0.1.0
 */
public final class SampleProcedures {

  /** Which kind of agency receives a procedure's dossiers. */
  enum AgencyKind {
    /** A commune-level People's Committee (UBND xã, phường). */
    COMMUNE,
    /** The provincial Department of Justice (Sở Tư pháp). */
    JUSTICE,
    /** The provincial land registration office (Văn phòng Đăng ký đất đai). */
    LAND,
    /** The provincial business registration office (Phòng Đăng ký kinh doanh). */
    BUSINESS
  }

  /**
   * What the dossier generator needs to know about a procedure besides its public metadata.
   *
   * @param procedure the public metadata
   * @param ref the reference dossiers carry
   * @param kind the receiving agency's kind
   * @param weight the share of dossiers, relative
   * @param enterprisePercent how often the applicant is an enterprise
   * @param supplementPercent how often a supplement is requested after reception
   * @param obligationPercent how often a financial obligation is requested
   * @param latePercent how often processing finishes late
   * @param perPage whether the fee is per page (copies)
   * @param post whether dossiers may come by post
   * @param components the names of the documents submitted
   * @param resultName the result document's name
   * @param resultCode the result document's code
   * @param numberSuffix the suffix of result numbers, such as {@code GKS} for a birth certificate
   * @param validityMonths how long the result is valid, in months, or 0 for no end
   * @param obligationContent what a financial obligation asks, or {@code null}
   */
  record Profile(
      Procedure procedure,
      ProcedureRef ref,
      AgencyKind kind,
      int weight,
      int enterprisePercent,
      int supplementPercent,
      int obligationPercent,
      int latePercent,
      boolean perPage,
      boolean post,
      List<String> components,
      String resultName,
      String resultCode,
      String numberSuffix,
      int validityMonths,
      @Nullable String obligationContent) {

    /** Returns the fee lines of a dossier on {@code channel}, for one page unless the fee is per page. */
    List<Fee> fees(Channel channel, int pages) {
      for (ProcedureChannel c : procedure.channels()) {
        if (c.channel().equals(channel)) {
          List<ScheduledFee> scheduled = c.options().get(0).fees();
          if (scheduled.isEmpty() || scheduled.get(0).amount() == 0) {
            return List.of();
          }
          ScheduledFee fee = scheduled.get(0);
          long amount = perPage ? fee.amount() * pages : fee.amount();
          return List.of(new Fee(Objects.requireNonNull(fee.description()), null, null, amount, null));
        }
      }
      return List.of();
    }

    ProcessingTime time(Channel channel) {
      return procedure.statutoryTime(channel).orElseThrow();
    }

    boolean fullProcessOnline() {
      return OnlineLevel.FULL_PROCESS.equals(procedure.onlineLevel());
    }
  }

  static final List<Profile> PROFILES = profiles();
  private static final List<Procedure> ALL = PROFILES.stream().map(Profile::procedure).toList();

  private SampleProcedures() {}

  /**
   * Returns every procedure, in the order of the table above.
   *
   * @return the procedures, unmodifiable
   */
  public static List<Procedure> all() {
    return ALL;
  }

  /**
   * Returns the procedure with this national code; a local form ({@code 1.001193.000.00.00.H56}) finds the national
   * procedure.
   *
   * @param code a procedure code, in any form
   * @return the procedure, or empty if it is not one of these
   */
  public static Optional<Procedure> find(ProcedureCode code) {
    Objects.requireNonNull(code, "code");
    Profile profile = profile(code);
    return profile == null ? Optional.empty() : Optional.of(profile.procedure());
  }

  static @Nullable Profile profile(ProcedureCode code) {
    String national = code.nationalCode();
    for (Profile p : PROFILES) {
      if (p.procedure().code().nationalCode().equals(national)) {
        return p;
      }
    }
    return null;
  }

  private static List<Profile> profiles() {
    List<Profile> all = new ArrayList<>();
    LegalBasis civilStatus = new LegalBasis("60/2014/QH13", "Luật Hộ tịch");
    LegalBasis certification = new LegalBasis("23/2015/NĐ-CP",
        "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng,"
            + " giao dịch");
    LegalBasis criminalRecords = new LegalBasis("28/2009/QH12", "Luật Lý lịch tư pháp");
    LegalBasis construction = new LegalBasis("50/2014/QH13", "Luật Xây dựng");
    LegalBasis land = new LegalBasis("31/2024/QH15", "Luật Đất đai");
    LegalBasis enterprises = new LegalBasis("59/2020/QH14", "Luật Doanh nghiệp");
    LegalBasis businessRegistration = new LegalBasis("01/2021/NĐ-CP", "Nghị định về đăng ký doanh nghiệp");
    ImplementingAgency commune = new ImplementingAgency(null, "Ủy ban nhân dân cấp xã");

    all.add(new Builder("1.001193", "Đăng ký khai sinh", "Hộ tịch", AgencyKind.COMMUNE, 8)
        .time(ProcessingTime.ofWorkingDays(1)).online(OnlineLevel.FULL_PROCESS).agency(commune).basis(civilStatus)
        .components("Tờ khai đăng ký khai sinh", "Giấy chứng sinh")
        .result("Giấy khai sinh", "GKS").rates(0, 4, 0, 3).build());
    all.add(new Builder("1.000894", "Đăng ký kết hôn", "Hộ tịch", AgencyKind.COMMUNE, 3)
        .time(ProcessingTime.ofWorkingDays(5)).online(OnlineLevel.PARTIAL).noPost().agency(commune)
        .basis(civilStatus).components("Tờ khai đăng ký kết hôn", "Giấy xác nhận tình trạng hôn nhân")
        .result("Giấy chứng nhận kết hôn", "GCNKH").rates(0, 4, 0, 3).build());
    all.add(new Builder("1.000656", "Đăng ký khai tử", "Hộ tịch", AgencyKind.COMMUNE, 2)
        .time(ProcessingTime.ofWorkingDays(1)).online(OnlineLevel.FULL_PROCESS).agency(commune).basis(civilStatus)
        .components("Tờ khai đăng ký khai tử", "Giấy báo tử")
        .result("Trích lục khai tử", "TLKT").rates(0, 4, 0, 3).build());
    all.add(new Builder("2.000635", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", AgencyKind.COMMUNE, 6)
        .time(ProcessingTime.ofWorkingHours(4)).online(OnlineLevel.FULL_PROCESS).agency(commune).basis(civilStatus)
        .fee("Lệ phí cấp bản sao trích lục hộ tịch", 8_000, 8_000)
        .components("Tờ khai cấp bản sao trích lục hộ tịch")
        .result("Bản sao trích lục hộ tịch", "BSTL").rates(0, 1, 0, 2).build());
    all.add(new Builder("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực",
            AgencyKind.COMMUNE, 22)
        .time(ProcessingTime.ofWorkingHours(8)).online(OnlineLevel.PARTIAL).agency(commune).basis(certification)
        .fee("Phí chứng thực bản sao từ bản chính", 2_000, 2_000).perPage()
        .components("Bản chính giấy tờ, văn bản cần chứng thực")
        .result("Bản sao có chứng thực", "SCT").rates(5, 1, 0, 2).build());
    all.add(new Builder("2.000884", "Chứng thực chữ ký trong giấy tờ, văn bản", "Chứng thực", AgencyKind.COMMUNE, 6)
        .time(ProcessingTime.ofWorkingHours(8)).online(OnlineLevel.PARTIAL).noPost().agency(commune)
        .basis(certification).fee("Phí chứng thực chữ ký", 10_000, 10_000)
        .components("Giấy tờ, văn bản cần chứng thực chữ ký")
        .result("Giấy tờ, văn bản đã chứng thực chữ ký", "CTCK").rates(0, 1, 0, 2).build());
    all.add(new Builder("2.000413", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Lý lịch tư pháp",
            AgencyKind.JUSTICE, 7)
        .time(ProcessingTime.ofWorkingDays(10)).online(OnlineLevel.FULL_PROCESS)
        .agency(new ImplementingAgency(null, "Sở Tư pháp")).basis(criminalRecords)
        .fee("Phí cung cấp thông tin lý lịch tư pháp", 200_000, 200_000)
        .components("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp")
        .result("Phiếu lý lịch tư pháp số 1", "LLTP").rates(0, 5, 0, 8).build());
    all.add(new Builder("1.013225", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Hoạt động xây dựng",
            AgencyKind.COMMUNE, 4)
        .time(ProcessingTime.ofCalendarDays(15)).online(OnlineLevel.PARTIAL).agency(commune).basis(construction)
        .fee("Lệ phí cấp giấy phép xây dựng", 75_000, 75_000)
        .components("Đơn đề nghị cấp giấy phép xây dựng", "Giấy tờ về quyền sử dụng đất", "Bản vẽ thiết kế xây dựng")
        .result("Giấy phép xây dựng", "GPXD").validity(12).rates(15, 15, 0, 12).build());
    all.add(new Builder("1.002204", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do"
            + " chuyển nhượng", "Đất đai", AgencyKind.LAND, 10)
        .time(ProcessingTime.ofWorkingDays(10)).online(OnlineLevel.PARTIAL)
        .agency(new ImplementingAgency(null, "Văn phòng Đăng ký đất đai")).basis(land)
        .fee("Lệ phí đăng ký biến động đất đai", 30_000, 30_000)
        .components("Đơn đăng ký biến động đất đai", "Hợp đồng chuyển nhượng quyền sử dụng đất",
            "Giấy chứng nhận đã cấp")
        .result("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "GCN")
        .obligation("Nộp lệ phí trước bạ và thuế thu nhập cá nhân từ chuyển nhượng bất động sản")
        .rates(8, 12, 75, 20).build());
    all.add(new Builder("1.004006", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu", "Đất đai", AgencyKind.LAND, 3)
        .time(ProcessingTime.ofWorkingDays(20)).online(OnlineLevel.PARTIAL)
        .agency(new ImplementingAgency(null, "Văn phòng Đăng ký đất đai")).basis(land)
        .fee("Lệ phí cấp giấy chứng nhận quyền sử dụng đất", 100_000, 100_000)
        .components("Đơn đăng ký đất đai, tài sản gắn liền với đất", "Giấy tờ về quyền sử dụng đất")
        .result("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "GCN")
        .obligation("Nộp tiền sử dụng đất và lệ phí trước bạ").rates(5, 12, 60, 20).build());
    all.add(new Builder("2.000214", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh",
            AgencyKind.COMMUNE, 4)
        .time(ProcessingTime.ofWorkingDays(3)).online(OnlineLevel.FULL_PROCESS).agency(commune)
        .basis(businessRegistration).fee("Lệ phí đăng ký hộ kinh doanh", 100_000, 100_000)
        .components("Giấy đề nghị đăng ký hộ kinh doanh")
        .result("Giấy chứng nhận đăng ký hộ kinh doanh", "HKD").rates(0, 10, 0, 5).build());
    all.add(new Builder("1.000956", "Đăng ký thành lập công ty TNHH một thành viên",
            "Thành lập và hoạt động của doanh nghiệp", AgencyKind.BUSINESS, 3)
        .time(ProcessingTime.ofWorkingDays(3)).online(OnlineLevel.FULL_PROCESS)
        .agency(new ImplementingAgency(null, "Phòng Đăng ký kinh doanh")).basis(enterprises)
        .basis(businessRegistration).fee("Lệ phí đăng ký doanh nghiệp", 50_000, 0)
        .components("Giấy đề nghị đăng ký doanh nghiệp", "Điều lệ công ty")
        .result("Giấy chứng nhận đăng ký doanh nghiệp", "ĐKDN").rates(0, 10, 0, 5).build());
    all.add(new Builder("2.001199", "Đăng ký thay đổi nội dung đăng ký doanh nghiệp",
            "Thành lập và hoạt động của doanh nghiệp", AgencyKind.BUSINESS, 6)
        .time(ProcessingTime.ofWorkingDays(3)).online(OnlineLevel.FULL_PROCESS)
        .agency(new ImplementingAgency(null, "Phòng Đăng ký kinh doanh")).basis(enterprises)
        .basis(businessRegistration).fee("Lệ phí đăng ký doanh nghiệp", 50_000, 0)
        .components("Thông báo thay đổi nội dung đăng ký doanh nghiệp", "Quyết định của chủ sở hữu")
        .result("Giấy chứng nhận đăng ký doanh nghiệp", "ĐKDN").rates(100, 10, 0, 5).build());
    return List.copyOf(all);
  }

  /** Collects one profile. */
  private static final class Builder {
    private final ProcedureCode code;
    private final String name;
    private final String field;
    private final AgencyKind kind;
    private final int weight;
    private ProcessingTime time = ProcessingTime.ofWorkingDays(1);
    private OnlineLevel onlineLevel = OnlineLevel.PARTIAL;
    private boolean post = true;
    private final List<ImplementingAgency> agencies = new ArrayList<>();
    private final List<LegalBasis> bases = new ArrayList<>();
    private @Nullable String feeName;
    private long directFee;
    private long onlineFee;
    private boolean perPage;
    private List<String> components = List.of();
    private String resultName = "";
    private String numberSuffix = "";
    private int validityMonths;
    private @Nullable String obligation;
    private int enterprisePercent;
    private int supplementPercent;
    private int obligationPercent;
    private int latePercent;

    Builder(String code, String name, String field, AgencyKind kind, int weight) {
      this.code = ProcedureCode.parse(code);
      this.name = name;
      this.field = field;
      this.kind = kind;
      this.weight = weight;
    }

    Builder time(ProcessingTime time) {
      this.time = time;
      return this;
    }

    Builder online(OnlineLevel level) {
      this.onlineLevel = level;
      return this;
    }

    Builder noPost() {
      this.post = false;
      return this;
    }

    Builder agency(ImplementingAgency agency) {
      agencies.add(agency);
      return this;
    }

    Builder basis(LegalBasis basis) {
      bases.add(basis);
      return this;
    }

    Builder fee(String name, long direct, long online) {
      this.feeName = name;
      this.directFee = direct;
      this.onlineFee = online;
      return this;
    }

    Builder perPage() {
      this.perPage = true;
      return this;
    }

    Builder components(String... names) {
      this.components = List.of(names);
      return this;
    }

    Builder result(String name, String suffix) {
      this.resultName = name;
      this.numberSuffix = suffix;
      return this;
    }

    Builder validity(int months) {
      this.validityMonths = months;
      return this;
    }

    Builder obligation(String content) {
      this.obligation = content;
      return this;
    }

    /** Enterprise applicants, supplements after reception, financial obligations and late finishes, in percent. */
    Builder rates(int enterprise, int supplement, int obligation, int late) {
      this.enterprisePercent = enterprise;
      this.supplementPercent = supplement;
      this.obligationPercent = obligation;
      this.latePercent = late;
      return this;
    }

    private ProcedureChannel channel(Channel channel, long fee) {
      List<ScheduledFee> fees = feeName == null ? List.of() : List.of(new ScheduledFee(fee, "Đồng", feeName));
      return new ProcedureChannel(channel, List.of(new ProcessingOption(time, null, fees)));
    }

    Profile build() {
      List<ProcedureChannel> channels = new ArrayList<>();
      channels.add(channel(Channel.DIRECT, directFee));
      channels.add(channel(Channel.ONLINE, onlineFee));
      if (post) {
        channels.add(channel(Channel.POST, directFee));
      }
      String resultCode = code.nationalCode() + ".KQ01";
      Procedure procedure = new Procedure(code, name, null, field, channels,
          List.of(new DeclaredResult(resultCode, resultName)), agencies, bases, onlineLevel);
      return new Profile(procedure, new ProcedureRef(code, name, null, field), kind, weight, enterprisePercent,
          supplementPercent, obligationPercent, latePercent, perPage, post, components, resultName, resultCode,
          numberSuffix, validityMonths, obligation);
    }
  }
}
