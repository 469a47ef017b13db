package dev.egov.model.procedure;

import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.code.Channel;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.id.ProcedureCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An administrative procedure (thủ tục hành chính) as the national procedure database describes it ({@code LayThuTuc};
 * docs/dossiers-and-portal.md, Procedures from the portal): code, name and field, the channels with their statutory processing times and fees, the result
 * documents it declares, the agencies that carry it out and its legal bases.
 *
 * <pre>{@code
 * Procedure procedure = new Procedure(
 *     ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", "G15-HT01", "Hộ tịch",
 *     List.of(new ProcedureChannel(Channel.ONLINE,
 *         List.of(new ProcessingOption(ProcessingTime.ofWorkingDays(3), null, List.of())))),
 *     List.of(new DeclaredResult("KQ01", "Giấy khai sinh")), List.of(), List.of(), OnlineLevel.FULL_PROCESS);
 * procedure.statutoryTime(Channel.ONLINE);   // Optional[3 working days]
 * }</pre>
 *
 * @param code the procedure code
 * @param name the procedure's name ({@code TENTTHC})
 * @param fieldCode the field (lĩnh vực) code ({@code MALINHVUC}), such as {@code G03-GD10}, or {@code null}
 * @param fieldName the field's name ({@code TENLINHVUC}), or {@code null}
 * @param channels the channels and their processing options ({@code CACHTHUCTHUCHIEN})
 * @param declaredResults the result documents ({@code KETQUATHUCHIEN})
 * @param agencies the implementing agencies ({@code COQUANTHUCHIEN})
 * @param legalBases the legal bases ({@code CANCUPHAPLY})
 * @param onlineLevel the online-service level, or {@code null}
 * @since 0.1.0
 */
public record Procedure(
    ProcedureCode code,
    String name,
    @Nullable String fieldCode,
    @Nullable String fieldName,
    List<ProcedureChannel> channels,
    List<DeclaredResult> declaredResults,
    List<ImplementingAgency> agencies,
    List<LegalBasis> legalBases,
    @Nullable OnlineLevel onlineLevel) {

  /**
   * Checks the required parts and copies the lists.
   *
   * @param code the procedure code
   * @param name the procedure's name ({@code TENTTHC})
   * @param fieldCode the field (lĩnh vực) code ({@code MALINHVUC}), such as {@code G03-GD10}, or {@code null}
   * @param fieldName the field's name ({@code TENLINHVUC}), or {@code null}
   * @param channels the channels and their processing options ({@code CACHTHUCTHUCHIEN})
   * @param declaredResults the result documents ({@code KETQUATHUCHIEN})
   * @param agencies the implementing agencies ({@code COQUANTHUCHIEN})
   * @param legalBases the legal bases ({@code CANCUPHAPLY})
   * @param onlineLevel the online-service level, or {@code null}
   */
  public Procedure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    channels = List.copyOf(channels);
    declaredResults = List.copyOf(declaredResults);
    agencies = List.copyOf(agencies);
    legalBases = List.copyOf(legalBases);
  }

  /**
   * Returns the statutory processing time on a channel: its first processing option's time, or, when the procedure
   * lists no such channel, the direct channel's.
   *
   * @param channel the channel a dossier came through
   * @return the time, or empty if neither the channel nor the direct channel has an option
   */
  public Optional<ProcessingTime> statutoryTime(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    Optional<ProcessingTime> onChannel = firstTime(channel);
    return onChannel.isPresent() ? onChannel : firstTime(Channel.DIRECT);
  }

  private Optional<ProcessingTime> firstTime(Channel channel) {
    for (ProcedureChannel c : channels) {
      if (c.channel().equals(channel) && !c.options().isEmpty()) {
        return Optional.of(c.options().get(0).time());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether the procedure declares a result document with this code.
   *
   * @param resultCode a result-document code
   * @return whether it is declared
   */
  public boolean declaresResult(String resultCode) {
    Objects.requireNonNull(resultCode, "resultCode");
    return declaredResults.stream().anyMatch(r -> r.code().equals(resultCode));
  }
}
