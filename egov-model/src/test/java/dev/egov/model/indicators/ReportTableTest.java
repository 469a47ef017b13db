package dev.egov.model.indicators;

import static dev.egov.model.indicators.Fixtures.CERTIFICATE;
import static dev.egov.model.indicators.Fixtures.DEPARTMENT;
import static dev.egov.model.indicators.Fixtures.ELECTRONIC_RESULT;
import static dev.egov.model.indicators.Fixtures.code;
import static dev.egov.model.indicators.Fixtures.processing;
import static dev.egov.model.indicators.Fixtures.submitted;
import static dev.egov.model.indicators.Fixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.code.Channel;
import dev.egov.model.code.OnlinePayment;
import dev.egov.model.dossier.Dossier;
import dev.egov.model.dossier.Fee;
import dev.egov.model.dossier.ProcedureRef;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ReportTableTest {

  /** Three dossiers of March 2026: two of the ward (birth registration), one of the department (certificate). */
  static IndicatorReport smallReport() {
    Dossier early = processing(1, "2026-03-02T09:00", "2026-03-05T09:00").toBuilder()
        .channel(Channel.ONLINE).fees(List.of(Fee.of("Lệ phí", 8_000))).onlinePayment(OnlinePayment.NATIONAL_PLATFORM)
        .vneidVerified(true).hasDigitisedComponents(true).build()
        .finish(vn("2026-03-04T10:00")).dossier()
        .returnResult(vn("2026-03-04T15:00"), List.of(ELECTRONIC_RESULT)).dossier();
    Dossier late = processing(2, "2026-03-02T09:00", "2026-03-05T09:00").toBuilder()
        .fees(List.of(Fee.of("Lệ phí", 8_000))).build()
        .finish(vn("2026-03-09T09:00")).dossier();
    Dossier open = processing(submitted(1).code(code(DEPARTMENT, 1)).procedure(ProcedureRef.of(CERTIFICATE))
        .channel(Channel.ONLINE).build(), "2026-03-30T09:00", "2026-04-06T09:00");
    Dossier outside = processing(3, "2026-04-01T09:00", "2026-04-06T09:00");
    return Fixtures.march().syncRateFactor(0.9).build().compute(Stream.of(open, late, outside, early));
  }

  @Test
  void toTable_smallReport_exactText() {
    assertThat(smallReport().toTable()).isEqualTo("""
        Chỉ số QĐ 766/QĐ-TTg, kỳ [2026-03-01T00:00, 2026-04-01T00:00) giờ Việt Nam
        Ngoài kỳ: 1 hồ sơ; không có ngày tiếp nhận, ngày nộp: 0 hồ sơ; tỷ lệ đồng bộ (1.4): 0.90

          Chỉ số                                      Tử số   Mẫu số     Tỷ lệ  Không đạt  Chưa đánh giá

        Tổng: 3 hồ sơ trong kỳ, 3 đã tiếp nhận
          2.1 Xử lý trước hạn, đúng hạn                   2        3    66.67%          1              0
          2.2 Thời gian giải quyết (giờ làm việc)     57.00    48.00   118.75%          1              0
          3.3 Nộp trực tuyến (× tỷ lệ đồng bộ)            2        3    60.00%          1
          3.6 Thanh toán trực tuyến                       1        2    50.00%          1
          4.1 Kết quả điện tử                             1        2    50.00%          1
          4.2 Số hóa hồ sơ và kết quả                     1        3    33.33%          2
          4.3 Thành phần hồ sơ số hóa                     1        3    33.33%          2
          4.4 Lấy từ kho dữ liệu (Cổng DVCQG)             0        3     0.00%          3
          4.5 Sử dụng dữ liệu dân cư                      1        3    33.33%          2

        Cơ quan 000.00.06.H56: 1 hồ sơ trong kỳ, 1 đã tiếp nhận
          2.1 Xử lý trước hạn, đúng hạn                   1        1   100.00%          0              0
          2.2 Thời gian giải quyết (giờ làm việc)      0.00     0.00       N/A          0              0
          3.3 Nộp trực tuyến (× tỷ lệ đồng bộ)            1        1    90.00%          0
          3.6 Thanh toán trực tuyến                       0        0       N/A          0
          4.1 Kết quả điện tử                             0        0       N/A          0
          4.2 Số hóa hồ sơ và kết quả                     0        1     0.00%          1
          4.3 Thành phần hồ sơ số hóa                     0        1     0.00%          1
          4.4 Lấy từ kho dữ liệu (Cổng DVCQG)             0        1     0.00%          1
          4.5 Sử dụng dữ liệu dân cư                      0        1     0.00%          1

        Cơ quan 000.00.22.H29: 2 hồ sơ trong kỳ, 2 đã tiếp nhận
          2.1 Xử lý trước hạn, đúng hạn                   1        2    50.00%          1              0
          2.2 Thời gian giải quyết (giờ làm việc)     57.00    48.00   118.75%          1              0
          3.3 Nộp trực tuyến (× tỷ lệ đồng bộ)            1        2    45.00%          1
          3.6 Thanh toán trực tuyến                       1        2    50.00%          1
          4.1 Kết quả điện tử                             1        2    50.00%          1
          4.2 Số hóa hồ sơ và kết quả                     1        2    50.00%          1
          4.3 Thành phần hồ sơ số hóa                     1        2    50.00%          1
          4.4 Lấy từ kho dữ liệu (Cổng DVCQG)             0        2     0.00%          2
          4.5 Sử dụng dữ liệu dân cư                      1        2    50.00%          1

        Thủ tục 1.001193: 2 hồ sơ trong kỳ, 2 đã tiếp nhận
          2.1 Xử lý trước hạn, đúng hạn                   1        2    50.00%          1              0
          2.2 Thời gian giải quyết (giờ làm việc)     57.00    48.00   118.75%          1              0
          3.3 Nộp trực tuyến (× tỷ lệ đồng bộ)            1        2    45.00%          1
          3.6 Thanh toán trực tuyến                       1        2    50.00%          1
          4.1 Kết quả điện tử                             1        2    50.00%          1
          4.2 Số hóa hồ sơ và kết quả                     1        2    50.00%          1
          4.3 Thành phần hồ sơ số hóa                     1        2    50.00%          1
          4.4 Lấy từ kho dữ liệu (Cổng DVCQG)             0        2     0.00%          2
          4.5 Sử dụng dữ liệu dân cư                      1        2    50.00%          1

        Thủ tục 2.000001: 1 hồ sơ trong kỳ, 1 đã tiếp nhận
          2.1 Xử lý trước hạn, đúng hạn                   1        1   100.00%          0              0
          2.2 Thời gian giải quyết (giờ làm việc)      0.00     0.00       N/A          0              0
          3.3 Nộp trực tuyến (× tỷ lệ đồng bộ)            1        1    90.00%          0
          3.6 Thanh toán trực tuyến                       0        0       N/A          0
          4.1 Kết quả điện tử                             0        0       N/A          0
          4.2 Số hóa hồ sơ và kết quả                     0        1     0.00%          1
          4.3 Thành phần hồ sơ số hóa                     0        1     0.00%          1
          4.4 Lấy từ kho dữ liệu (Cổng DVCQG)             0        1     0.00%          1
          4.5 Sử dụng dữ liệu dân cư                      0        1     0.00%          1
        """);
  }

  @Test
  void toTableEnglish_smallReport_sameFiguresWithEnglishLabels() {
    String english = smallReport().toTable(Locale.ENGLISH);

    assertThat(english.lines().limit(13).collect(Collectors.joining("\n", "", "\n"))).isEqualTo("""
        QĐ 766/QĐ-TTg indicators, period [2026-03-01T00:00, 2026-04-01T00:00) Vietnam time
        Outside the period: 1 dossiers; without receipt or submission date: 0 dossiers; sync rate (1.4): 0.90

          Indicator                                Numerator Denominator      Rate    Against Not assessable

        Overall: 3 dossiers in the period, 3 received
          2.1 Processed early or on time                   2           3    66.67%          1              0
          2.2 Processing time (working hours)          57.00       48.00   118.75%          1              0
          3.3 Submitted online (× sync rate)               2           3    60.00%          1
          3.6 Paid online                                  1           2    50.00%          1
          4.1 Electronic results                           1           2    50.00%          1
          4.2 Dossiers and results digitised               1           3    33.33%          2
          4.3 Dossier components digitised                 1           3    33.33%          2
        """);
    assertThat(english).contains("\nAgency 000.00.06.H56: 1 dossiers in the period, 1 received\n")
        .contains("\nProcedure 2.000001: 1 dossiers in the period, 1 received\n")
        .doesNotContain("hồ sơ").doesNotContain("Tổng");
    assertThat(english.lines().count()).isEqualTo(smallReport().toTable().lines().count());
    assertAligned(english);
    assertAligned(smallReport().toTable());
  }

  @Test
  void toTable_vietnameseLocale_sameAsDefault() {
    assertThat(smallReport().toTable(Locale.forLanguageTag("vi-VN"))).isEqualTo(smallReport().toTable());
  }

  /** 2.2 sums working hours over every finished dossier: past 99,999.99 hours the cell outgrows its first width. */
  @Test
  void toTable_hoursWiderThanTheColumn_everyLineStaysAligned() {
    List<Dossier> dossiers = new ArrayList<>();
    for (int i = 1; i <= 800; i++) {
      dossiers.add(processing(i, "2026-03-02T09:00", "2026-03-05T09:00").finish(vn("2026-03-31T16:00")).dossier());
    }
    IndicatorReport report = Fixtures.march().build().compute(dossiers.stream());

    for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
      String table = report.toTable(language);
      assertThat(table).containsPattern("\\d{6}\\.\\d\\d +\\d{5}\\.\\d\\d");
      assertAligned(table);
    }
  }

  @Test
  void labels_areComposed_soEveryCodePointIsOneColumn() {
    String table = smallReport().toTable() + smallReport().toTable(Locale.ENGLISH);

    assertThat(Normalizer.isNormalized(table, Normalizer.Form.NFC)).isTrue();
  }

  /**
   * Asserts that the header and every indicator line of a table end their cells at the same columns (counted in code
   * points): the five number columns of the first 2.1 line fix the edges; every indicator line's numbers end exactly
   * there, and the header's right-aligned titles too.
   */
  static void assertAligned(String table) {
    List<String> lines = table.lines().collect(Collectors.toList());
    String first = lines.stream().filter(l -> l.startsWith("  2.1 ")).findFirst().orElseThrow();
    List<Integer> edges = numberEnds(first);
    assertThat(edges).hasSize(5);
    for (String line : lines) {
      if (line.matches("  \\d\\.\\d .*")) {
        List<Integer> ends = numberEnds(line);
        assertThat(ends).as(line).hasSizeBetween(4, 5).isEqualTo(edges.subList(0, ends.size()));
      }
    }
    int[] header = lines.get(3).codePoints().toArray();
    for (int edge : edges) {
      assertThat(header[edge - 1]).as("header cell ending at %d: %s", edge, lines.get(3)).isNotEqualTo(' ');
      assertThat(edge == header.length || header[edge] == ' ').as("header after %d", edge).isTrue();
    }
  }

  /** Returns where the number cells after the label end, in code points: the last 4 or 5 tokens of the line. */
  private static List<Integer> numberEnds(String line) {
    int[] cps = line.codePoints().toArray();
    List<Integer> ends = new ArrayList<>();
    for (int i = cps.length; i > 0 && ends.size() < 5; ) {
      int end = i;
      int start = end;
      while (start > 0 && cps[start - 1] != ' ') {
        start--;
      }
      String token = new String(cps, start, end - start);
      if (!token.matches("[\\d.]+%?|N/A")) {
        break;
      }
      ends.add(0, end);
      i = start;
      while (i > 0 && cps[i - 1] == ' ') {
        i--;
      }
    }
    return ends;
  }

  @Test
  void toTable_noDossier_everyRateNotAvailable() {
    IndicatorReport empty = Fixtures.march().build().compute(Stream.empty());

    assertThat(empty.toTable())
        .contains("Tổng: 0 hồ sơ trong kỳ, 0 đã tiếp nhận")
        .contains("  2.1 Xử lý trước hạn, đúng hạn                   0        0       N/A          0              0")
        .doesNotContain("NaN")
        .doesNotContain("Cơ quan")
        .endsWith("0        0       N/A          0\n");
  }

  @Test
  void toTable_underTurkishDefaultLocale_sameDigits() {
    // The build runs tests under tr_TR; the table never uses the default locale.
    assertThat(smallReport().toTable()).contains("66.67%").doesNotContain("66,67");
  }

  @Test
  void toString_summary_periodAndOnTimeRate() {
    assertThat(smallReport().toString())
        .isEqualTo("IndicatorReport[2026-02-28T17:00:00Z..2026-03-31T17:00:00Z, 3 dossiers, on time 2/3 (66.67%), "
            + "2 agencies, 2 procedures]");
  }
}
