package dev.egov.model.indicators;

import dev.egov.model.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.OptionalDouble;

/** Formats an {@link IndicatorReport} as a fixed-width plain-text table. */
final class ReportTable {

  private static final String LINE = "  %-40s %8s %8s %9s %10s %14s";

  private ReportTable() {}

  static String format(IndicatorReport report) {
    StringBuilder out = new StringBuilder(1024);
    out.append("Chỉ số QĐ 766/QĐ-TTg, kỳ [").append(local(report.periodStart())).append(", ")
        .append(local(report.periodEnd())).append(") giờ Việt Nam\n");
    out.append(String.format(Locale.ROOT,
        "Ngoài kỳ: %d hồ sơ; không có ngày tiếp nhận, ngày nộp: %d hồ sơ; tỷ lệ đồng bộ (1.4): %.2f",
        report.outsidePeriod(), report.undated().total(), report.syncRateFactor())).append('\n');
    out.append('\n');
    line(out, "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ", "Không đạt", "Chưa đánh giá");
    row(out, report.overall());
    for (IndicatorRow row : report.agencies()) {
      row(out, row);
    }
    for (IndicatorRow row : report.procedures()) {
      row(out, row);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, IndicatorRow row) {
    out.append('\n');
    String title = switch (row.scope()) {
      case OVERALL -> "Tổng";
      case AGENCY -> "Cơ quan " + row.code();
      case PROCEDURE -> "Thủ tục " + row.code();
    };
    out.append(title).append(": ").append(row.dossiers()).append(" hồ sơ trong kỳ, ").append(row.received())
        .append(" đã tiếp nhận\n");
    OnTimeFigure onTime = row.onTime();
    rate(out, "2.1 Xử lý trước hạn, đúng hạn", onTime.rate(), onTime.rate().percent(),
        Long.toString(onTime.count(OnTimeOutcome.NOT_ASSESSABLE)));
    ProcessingTimeFigure time = row.processingTime();
    line(out, "2.2 Thời gian giải quyết (giờ làm việc)", hours(time.totalActual()), hours(time.totalStatutory()),
        percent(scale(time.ratio())), time.against().total(), time.notAssessable().total());
    OnlineRateFigure online = row.online();
    rate(out, "3.3 Nộp trực tuyến (× tỷ lệ đồng bộ)", online.rate(), online.percent(), "");
    rate(out, "3.6 Thanh toán trực tuyến", row.onlinePayment().rate(), row.onlinePayment().rate().percent(), "");
    figure(out, "4.1 Kết quả điện tử", row.electronicResults());
    figure(out, "4.2 Số hóa hồ sơ và kết quả", row.digitisation());
    figure(out, "4.3 Thành phần hồ sơ số hóa", row.digitisedComponents());
    figure(out, "4.4 Lấy từ kho dữ liệu (Cổng DVCQG)", row.fromDataRepository());
    figure(out, "4.5 Sử dụng dữ liệu dân cư", row.populationData());
  }

  private static void figure(StringBuilder out, String label, Figure figure) {
    rate(out, label, figure.rate(), figure.rate().percent(), "");
  }

  private static void rate(StringBuilder out, String label, Rate rate, OptionalDouble percent, String notAssessed) {
    line(out, label, rate.numerator(), rate.denominator(), percent(percent), rate.shortfall(), notAssessed);
  }

  private static void line(StringBuilder out, Object... columns) {
    out.append(String.format(Locale.ROOT, LINE, columns).stripTrailing()).append('\n');
  }

  private static OptionalDouble scale(OptionalDouble ratio) {
    return ratio.isPresent() ? OptionalDouble.of(100 * ratio.getAsDouble()) : ratio;
  }

  private static String percent(OptionalDouble percent) {
    return Rate.formatPercent(percent);
  }

  private static String hours(Duration duration) {
    return String.format(Locale.ROOT, "%.2f", (duration.getSeconds() + duration.getNano() / 1e9) / 3600);
  }

  private static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, WorkingCalendar.VIETNAM);
  }
}
