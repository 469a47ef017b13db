package dev.egov.model.calendar;

/**
 * The public holidays of Vietnam: the paid days off of Bộ luật Lao động 2019 (Luật 45/2019/QH14) Art. 112(1), and the
 * Vietnamese Culture Day added by Nghị quyết 28/2026/QH16.
 *
 * @since 0.1.0
 */
public enum Holiday {
  /** Tết Dương lịch, 1 January: one day. */
  NEW_YEAR,
  /**
   * Tết Âm lịch (Tết Nguyên đán), the lunar new year: five days, which the Prime Minister chooses each year around mùng 1
   * tháng Giêng (Art. 112(3)).
   */
  LUNAR_NEW_YEAR,
  /** Giỗ Tổ Hùng Vương, the Hùng Kings' Commemoration, 10th day of the 3rd lunar month: one day. */
  HUNG_KINGS_COMMEMORATION,
  /** Ngày Chiến thắng, Reunification Day, 30 April: one day. */
  REUNIFICATION_DAY,
  /** Ngày Quốc tế lao động, International Workers' Day, 1 May: one day. */
  LABOUR_DAY,
  /**
   * Quốc khánh, National Day, 2 September: two days, 2 September and one day before or after it, which the Prime
   * Minister chooses (Art. 112(1)(đ), 112(3)).
   */
  NATIONAL_DAY,
  /**
   * Ngày Văn hóa Việt Nam, Vietnamese Culture Day, 24 November: a paid day off from 2026 (Nghị quyết 28/2026/QH16 Art. 2, in
   * force 1 July 2026). It is not one of the holidays of Art. 112(1), so whether it is compensated when it falls on a
   * weekly rest day is uncertain; see {@link HolidayCalendar.Builder#cultureDayCompensated(boolean)}.
   */
  CULTURE_DAY
}
