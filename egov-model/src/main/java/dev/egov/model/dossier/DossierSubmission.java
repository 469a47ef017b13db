package dev.egov.model.dossier;

import dev.egov.model.code.Channel;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.id.AgencyCode;
import org.jspecify.annotations.Nullable;

/**
 * How and where a {@link Dossier} was submitted, and what the applicant wrote with it (docs/dossiers-and-portal.md,
 * The dossier sync): the channel and online-service level, the receiving agency, the place of submission, the summary,
 * a note and other information. Every part is optional; {@link #NONE} has none.
 *
 * <pre>{@code
 * DossierSubmission online = DossierSubmission.via(Channel.ONLINE).withOnlineLevel(OnlineLevel.FULL);
 * }</pre>
 *
 * @param channel the channel ({@code KenhThucHien}), or {@code null}, which counts as direct
 * @param onlineLevel the online-service level, or {@code null}
 * @param receivingAgency the receiving agency as the portal envelope names it ({@code madonvi}), or {@code null} for
 *     the agency in the dossier code
 * @param place where it was submitted ({@code NoiNopHoSo}, whose code list is not documented), as written, or {@code
 *     null}
 * @param summary the summary ({@code TrichYeuHoSo}), or {@code null}
 * @param note a note ({@code GhiChu}), or {@code null}
 * @param otherInfo other information ({@code ThongTinKhac}), or {@code null}
 * @since 0.1.0
 */
public record DossierSubmission(
    @Nullable Channel channel,
    @Nullable OnlineLevel onlineLevel,
    @Nullable AgencyCode receivingAgency,
    @Nullable String place,
    @Nullable String summary,
    @Nullable String note,
    @Nullable String otherInfo) {

  /** A submission of which nothing is known: no channel (direct), no level, no agency, no texts. */
  public static final DossierSubmission NONE = new DossierSubmission(null, null, null, null, null, null, null);

  /**
   * Returns a submission through {@code channel}, with nothing else known.
   *
   * @param channel the channel
   * @return the submission
   */
  public static DossierSubmission via(Channel channel) {
    return NONE.withChannel(channel);
  }

  /**
   * Returns the channel, counting a missing one as direct, as the portal and the QĐ 766 indices do.
   *
   * @return the channel
   */
  public Channel effectiveChannel() {
    return channel == null ? Channel.DIRECT : channel;
  }

  /**
   * Returns a copy with another channel.
   *
   * @param channel the channel, or {@code null}
   * @return the copy
   */
  public DossierSubmission withChannel(@Nullable Channel channel) {
    return new DossierSubmission(channel, onlineLevel, receivingAgency, place, summary, note, otherInfo);
  }

  /**
   * Returns a copy with another online-service level.
   *
   * @param onlineLevel the level, or {@code null}
   * @return the copy
   */
  public DossierSubmission withOnlineLevel(@Nullable OnlineLevel onlineLevel) {
    return new DossierSubmission(channel, onlineLevel, receivingAgency, place, summary, note, otherInfo);
  }

  /**
   * Returns a copy with another receiving agency.
   *
   * @param receivingAgency the agency, or {@code null}
   * @return the copy
   */
  public DossierSubmission withReceivingAgency(@Nullable AgencyCode receivingAgency) {
    return new DossierSubmission(channel, onlineLevel, receivingAgency, place, summary, note, otherInfo);
  }

  /** Prints the channel, level and agency; the free texts, which may hold personal data, only as present. */
  @Override
  public String toString() {
    return "DossierSubmission[channel=" + channel + ", onlineLevel=" + onlineLevel + ", receivingAgency="
        + receivingAgency + ", place=" + present(place) + ", summary=" + present(summary) + ", note=" + present(note)
        + ", otherInfo=" + present(otherInfo) + ']';
  }

  private static String present(@Nullable String text) {
    return text == null ? "absent" : "present";
  }
}
