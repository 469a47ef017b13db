package dev.egov.model.indicators;

import dev.egov.model.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Formats an {@link IndicatorReport} as a plain-text table with Vietnamese or English labels. Columns are as wide as
 * their widest cell (at least the widths of the first version), so every line of the table is aligned however large
 * the numbers grow.
 */
final class ReportTable {

  /** The smallest width of each column: label, numerator, denominator, rate, against, not assessable. */
  private static final int[] MIN_WIDTHS = {40, 8, 8, 9, 10, 14};

  /** The labels of one language. */
  private enum Labels {
    VIETNAMESE(
        "Chỉ số QĐ 766/QĐ-TTg, kỳ [%s, %s) giờ Việt Nam",
        "Ngoài kỳ: %d hồ sơ; không có ngày tiếp nhận, ngày nộp: %d hồ sơ; tỷ lệ đồng bộ (1.4): %.2f",
        new String[] {"Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ", "Không đạt", "Chưa đánh giá"},
        "Tổng", "Cơ quan ", "Thủ tục ", "%s: %d hồ sơ trong kỳ, %d đã tiếp nhận",
        new String[] {
            "2.1 Xử lý trước hạn, đúng hạn",
            "2.2 Thời gian giải quyết (giờ làm việc)",
            "3.3 Nộp trực tuyến (× tỷ lệ đồng bộ)",
            "3.6 Thanh toán trực tuyến",
            "4.1 Kết quả điện tử",
            "4.2 Số hóa hồ sơ và kết quả",
            "4.3 Thành phần hồ sơ số hóa",
            "4.4 Lấy từ kho dữ liệu (Cổng DVCQG)",
            "4.5 Sử dụng dữ liệu dân cư"}),
    ENGLISH(
        "QĐ 766/QĐ-TTg indicators, period [%s, %s) Vietnam time",
        "Outside the period: %d dossiers; without receipt or submission date: %d dossiers; sync rate (1.4): %.2f",
        new String[] {"Indicator", "Numerator", "Denominator", "Rate", "Against", "Not assessable"},
        "Overall", "Agency ", "Procedure ", "%s: %d dossiers in the period, %d received",
        new String[] {
            "2.1 Processed early or on time",
            "2.2 Processing time (working hours)",
            "3.3 Submitted online (× sync rate)",
            "3.6 Paid online",
            "4.1 Electronic results",
            "4.2 Dossiers and results digitised",
            "4.3 Dossier components digitised",
            "4.4 Taken from the data repository",
            "4.5 Population data used"});

    final String period;
    final String leftOut;
    final String[] columns;
    final String overall;
    final String agency;
    final String procedure;
    final String rowTitle;
    final String[] indicators;

    Labels(String period, String leftOut, String[] columns, String overall, String agency, String procedure,
        String rowTitle, String[] indicators) {
      this.period = period;
      this.leftOut = leftOut;
      this.columns = columns;
      this.overall = overall;
      this.agency = agency;
      this.procedure = procedure;
      this.rowTitle = rowTitle;
      this.indicators = indicators;
    }
  }

  private ReportTable() {}

  static String format(IndicatorReport report, Locale language) {
    Labels labels = "vi".equals(language.getLanguage()) ? Labels.VIETNAMESE : Labels.ENGLISH;
    // Each entry is a line of text (String) or a row of cells (String[]), aligned once all rows are known.
    List<Object> entries = new ArrayList<>();
    entries.add(String.format(Locale.ROOT, labels.period, local(report.periodStart()), local(report.periodEnd())));
    entries.add(String.format(Locale.ROOT, labels.leftOut,
        report.outsidePeriod(), report.undated().total(), report.syncRateFactor()));
    entries.add("");
    entries.add(labels.columns);
    row(entries, labels, report.overall());
    for (IndicatorRow row : report.agencies()) {
      row(entries, labels, row);
    }
    for (IndicatorRow row : report.procedures()) {
      row(entries, labels, row);
    }

    int[] widths = MIN_WIDTHS.clone();
    for (Object entry : entries) {
      if (entry instanceof String[]) {
        String[] cells = (String[]) entry;
        for (int i = 0; i < cells.length; i++) {
          widths[i] = Math.max(widths[i], width(cells[i]));
        }
      }
    }
    StringBuilder out = new StringBuilder(4096);
    for (Object entry : entries) {
      if (entry instanceof String) {
        out.append((String) entry).append('\n');
        continue;
      }
      String[] cells = (String[]) entry;
      StringBuilder line = new StringBuilder("  ");
      line.append(cells[0]).append(" ".repeat(widths[0] - width(cells[0])));
      for (int i = 1; i < cells.length; i++) {
        line.append(' ').append(" ".repeat(widths[i] - width(cells[i]))).append(cells[i]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static void row(List<Object> entries, Labels labels, IndicatorRow row) {
    entries.add("");
    String title = switch (row.scope()) {
      case OVERALL -> labels.overall;
      case AGENCY -> labels.agency + row.code();
      case PROCEDURE -> labels.procedure + row.code();
    };
    entries.add(String.format(Locale.ROOT, labels.rowTitle, title, row.dossiers(), row.received()));
    String[] names = labels.indicators;
    OnTimeFigure onTime = row.onTime();
    entries.add(rate(names[0], onTime.rate(), onTime.rate().percent(),
        Long.toString(onTime.count(OnTimeOutcome.NOT_ASSESSABLE))));
    ProcessingTimeFigure time = row.processingTime();
    entries.add(new String[] {names[1], hours(time.totalActual()), hours(time.totalStatutory()),
        percent(scale(time.ratio())), Long.toString(time.against().total()),
        Long.toString(time.notAssessable().total())});
    OnlineRateFigure online = row.online();
    entries.add(rate(names[2], online.rate(), online.percent(), ""));
    entries.add(rate(names[3], row.onlinePayment().rate(), row.onlinePayment().rate().percent(), ""));
    entries.add(figure(names[4], row.electronicResults()));
    entries.add(figure(names[5], row.digitisation()));
    entries.add(figure(names[6], row.digitisedComponents()));
    entries.add(figure(names[7], row.fromDataRepository()));
    entries.add(figure(names[8], row.populationData()));
  }

  private static String[] figure(String label, Figure figure) {
    return rate(label, figure.rate(), figure.rate().percent(), "");
  }

  private static String[] rate(String label, Rate rate, OptionalDouble percent, String notAssessed) {
    return new String[] {label, Long.toString(rate.numerator()), Long.toString(rate.denominator()), percent(percent),
        Long.toString(rate.shortfall()), notAssessed};
  }

  /** The width of a cell in a monospaced font: one column per code point (labels are composed, NFC). */
  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
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
