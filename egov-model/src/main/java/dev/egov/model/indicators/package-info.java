/**
 * The service indicators of Quyết định 766/QĐ-TTg (23/06/2022, "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
 * phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công") that are computed from
 * synchronised dossiers, as the National Public Service Portal's description of its formulas, "Mô tả công thức tính
 * chỉ số 766", defines them (docs/indicators.md, which states that document's formulas as public code encodes them). Start with
 * {@link dev.egov.model.indicators.IndicatorCalculator}; feed dossiers to an {@link
 * dev.egov.model.indicators.IndicatorAccumulator} or a stream; read an {@link
 * dev.egov.model.indicators.IndicatorReport}.
 *
 * <p>Where the formula document is silent or ambiguous, egov chose as follows; each choice is marked
 * <b>(choice)</b>.
 *
 * <h2>Which dossiers belong to a period</h2>
 *
 * A dossier belongs to the period {@code [start, end)} if its receipt ({@code NgayTiepNhan}, {@link
 * dev.egov.model.dossier.Dossier#receivedAt()}) is in it, or, for a dossier never received, its submission ({@code
 * NgayNopHoSo}), as the formula document says for 3.2 and 3.5. A dossier with neither is <em>undated</em>, listed
 * apart, never dropped silently. <b>(choice)</b> A dossier received in an earlier period and still processed in this
 * one is not counted again: each dossier belongs to exactly one period.
 *
 * <p>The period end is also the instant <em>as of</em> which every dossier is judged: statuses, supplement requests and
 * answers dated after it have not happened yet. <b>(choice)</b> This makes a report reproducible whenever it is
 * computed.
 *
 * <p>Each indicator then has its own denominator: 2.1 counts the dossiers received, and those refused ({@code 3}),
 * which were never received but whose refusal ends their processing; 2.2 the finished ones; 3.3, 3.6 and 4.1–4.5 the
 * received ones (4.3 and 4.4: "nếu không có ngày tiếp nhận thì không tính hồ sơ"). A dossier submitted but never
 * received nor refused (status 1, withdrawn before reception, waiting for a supplement before reception) is
 * {@link dev.egov.model.indicators.OnTimeOutcome#NOT_RECEIVED} and in no denominator.
 *
 * <p>Rows: per receiving agency, {@link dev.egov.model.dossier.Dossier#effectiveReceivingAgency()} (the portal
 * envelope's {@code madonvi}, or the agency in the dossier code) <b>(choice: the dossier carries no processing-agency
 * code, only a name)</b>; per procedure, the code as the dossier names it (a local variant is its own row).
 *
 * <h2>2.1 Processed early or on time (tỷ lệ hồ sơ xử lý trước hạn, đúng hạn)</h2>
 *
 * <ol>
 *   <li><b>End of processing.</b> The first instant, up to the period end, of the first of these in priority order:
 *       finished ({@code 9}, {@code NgayKetThucXuLy}) &gt; result returned ({@code 10}, {@code NgayTra}) &gt; stopped
 *       ({@code 8}) or refused ({@code 3}, {@code NgayTuChoi}) &gt; withdrawn ({@code 7}), only if the dossier had
 *       been received. Instants come from the dossier's fields and its status history, whichever is earlier. A
 *       dossier whose status says processing ended but which carries no such instant at all cannot be assessed.
 *   <li><b>On time</b> iff the end is at or before the due date ({@code NgayKetThucXuLy ≤ NgayHenTra}); early
 *       (trước hạn) if it is on a calendar day before the due date's ({@link
 *       dev.egov.model.calendar.DueDateRule#classify}). A dossier still open at the period end is judged at the
 *       period end: on track (trong hạn) if the due date has not passed, overdue otherwise. Both on-track and on-time
 *       dossiers count for the rate ("đã và đang xử lý đúng hạn hoặc trong hạn").
 *   <li><b>One supplement request, not answered.</b> The formula document: "if the dossier is waiting for a
 *       supplement and the applicant has not come back, the request date is the end of processing". egov reads
 *       "only one supplement request uses that request's timestamp as its end" this way: when the one request made by
 *       the period end was still unanswered when processing ended (or at the period end), the end is the request's
 *       instant, judged against the due date in force then ({@code dueBefore}, {@code NgayHenTraTruoc}, or the
 *       dossier's due date if that was not recorded). The applicant's wait is not the agency's delay. A request that
 *       was answered does not end processing: the dossier goes on and its own end counts.
 *   <li><b>Supplement periods are excluded.</b> The clock stands still from the request to the answer ("hoàn thành
 *       bổ sung"). With a due date, this is the due date after the pause: egov's lifecycle moves the dossier's due
 *       date when the supplement is answered ({@code NgayHenTraMoi}), so the dossier's {@code dueAt} is compared.
 *       <b>(choice)</b> If the answered request's due date before equals the dossier's current due date (the source
 *       did not move it), egov moves it as the calculator's pause strategy and convention say ({@link
 *       dev.egov.model.calendar.DueDateRule#afterPause}; by default by the working time of the pause); the formula
 *       document's literal "end minus supplement time, compared with NgayHenTra" would subtract the pause twice from a
 *       moved due date. Without a due date, the working time of the pause is subtracted from the elapsed working
 *       time.
 *   <li><b>More than one supplement request ⇒ late.</b> A dossier asked to supplement more than once by the period
 *       end is late (trễ hạn) if it has ended, overdue if it is still open, whatever its dates. <b>(choice)</b> The
 *       formula document states this rule for a dossier still waiting for a supplement; egov applies it to every
 *       dossier, as docs/indicators.md states it, since an agency may ask for a supplement only once. Requests made before
 *       reception are counted too: the portal's list ({@code DanhSachHoSoBoSung}) does not tell them apart.
 *   <li><b>No due date.</b> The working time from reception ({@code NgayTiepNhan}; for a refused dossier,
 *       submission) to the end, less supplement pauses, is compared with the procedure's statutory time for the
 *       dossier's channel ({@link dev.egov.model.procedure.Procedure#statutoryTime}) as working time on the calendar:
 *       working days at the calendar's day length, hours as working hours, calendar days and months as the working
 *       time up to their due date. <b>(choice)</b> egov judges this by the due date the calculator's {@link
 *       dev.egov.model.calendar.DueDateRule} gives from reception, the statutory time and those pauses ({@link
 *       dev.egov.model.calendar.DueDateRule#measure}): the same as comparing the working times, except for an end in
 *       the closed time right after the time ran out, where the working times are equal and the {@linkplain
 *       dev.egov.model.calendar.WorkingDayConvention convention} decides, so that a dossier without a due date is
 *       judged as the agency's software would have judged it with one. Within it is on time (or on track); no "early"
 *       is reported without a due date. No procedure from the lookup, or none for the channel, and the dossier
 *       {@linkplain dev.egov.model.indicators.OnTimeOutcome#NOT_ASSESSABLE cannot be assessed}: it is counted and
 *       listed apart, outside the rate.
 *   <li><b>Financial-obligation waits</b> (status {@code 6}) are not subtracted by default: the formula document names
 *       only supplement periods. Due dates moved by the lifecycle already include them.
 *       {@link dev.egov.model.indicators.IndicatorCalculator.Builder#excludeFinancialObligationTime} subtracts them
 *       from elapsed times too.
 * </ol>
 *
 * <h2>2.2 Average processing time (thời gian giải quyết TTHC trung bình)</h2>
 *
 * Over the dossiers of the period that finished (status {@code 9} or {@code 10}; the formula document: "ngày kết thúc
 * xử lý có thể thuộc kỳ khác", so here, unlike 2.1, an end after the period counts): the working time from reception
 * to the end (finished, else result returned), less supplement pauses, summed, against the statutory times as working
 * time, summed. The document averages per procedure in the procedure's own unit; egov gives the working-time totals,
 * the averages and their ratio for every row <b>(choice: a ratio to the statutory time is comparable across
 * procedures)</b>. Finished dossiers without a statutory time are listed apart.
 *
 * <h2>3.3 Online submission (tỷ lệ hồ sơ nộp trực tuyến)</h2>
 *
 * Received dossiers with channel {@code KenhThucHien = 2} and, for a procedure that requires a paper result, an
 * electronic result (result code and link, {@link dev.egov.model.dossier.Dossier#hasElectronicResult()}), over all
 * received dossiers, times the caller's sync rate (indicator 1.4). <b>(choice)</b> A procedure "requires a paper
 * result" when it declares result documents ({@link dev.egov.model.procedure.Procedure#declaredResults()}); a procedure
 * the lookup does not know is taken to require one, the stricter reading. An online dossier whose result is not yet
 * issued therefore does not count as online until it is.
 *
 * <h2>3.6 Online payment (tỷ lệ hồ sơ thanh toán trực tuyến)</h2>
 *
 * Received dossiers paid online ({@code DuocThanhToanTrucTuyen} 1 or 2, {@link
 * dev.egov.model.code.OnlinePayment#isPaidOnline()}) over received dossiers with at least one fee line whose amount is
 * not zero. <b>(choice)</b> The document's denominator starts from the fees in the national procedure database; egov
 * uses the dossier's own fee lines, which it has.
 *
 * <h2>4.1–4.4 Digitisation</h2>
 *
 * <ul>
 *   <li>4.1: received dossiers with an electronic result, over those whose procedure requires a paper result (as for
 *       3.3).
 *   <li>4.2: received dossiers that are digitised (as 4.3) and, if their procedure requires a paper result, have an
 *       electronic result, over all received dossiers.
 *   <li>4.3: received dossiers with digitised components: {@code HoSoCoThanhPhanSoHoa = 1} (dossiers synchronised
 *       from ministries and provinces) or a submitted document with {@code DuocSoHoa = 1} (dossiers created on the
 *       portal), as the document says, over all received dossiers.
 *   <li>4.4: received dossiers with a submitted document taken from the applicant's data repository on the portal
 *       ({@code DuocLayTuKhoDMQG = 1}), over all received dossiers.
 * </ul>
 *
 * Deleted documents ({@code IsDeleted}) are ignored.
 *
 * <h2>4.5 Population data (sử dụng thông tin, dữ liệu từ CSDL quốc gia về dân cư)</h2>
 *
 * Received dossiers with a VNeID-verified account ({@code TaiKhoanDuocXacThucVoiVNeID = 1}), or a document taken from
 * the data repository, or a national database ({@code DSKetNoiCSDL}) whose code is one of {@link
 * dev.egov.model.indicators.IndicatorCalculator#populationDatabases()}, over all received dossiers. The population
 * database's {@code MaCSDL} is not published (docs/indicators.md, 4.5), so it is configuration, empty by default; no
 * code is assumed.
 *
 * <h2>Figures</h2>
 *
 * Every rate is an exact fraction ({@link dev.egov.model.indicators.Rate}); a rate over no dossier has no data and
 * prints {@code N/A}, never {@code NaN}. Every figure lists the dossiers that count against it, bounded (the first
 * {@code N} in code order and the total).
 *
 * <p>Not computed here: 1.1–1.3, 3.1, 3.2, 3.5 (from the procedure database), 1.4 (needs the national reporting
 * system's counts: the caller supplies it as a factor), 5.x (from complaints and ratings).
 */
@NullMarked
package dev.egov.model.indicators;

import org.jspecify.annotations.NullMarked;
