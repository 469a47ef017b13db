package dev.egov.model.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.code.Channel;
import dev.egov.model.code.OnlineLevel;
import dev.egov.model.id.ProcedureCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Procedure metadata: copies of its lists and the statutory time of a channel. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ProcedureTest {

  private static final ProcedureCode BIRTH = ProcedureCode.parse("1.001193");

  private static ProcessingOption option(ProcessingTime time) {
    return new ProcessingOption(time, null, List.of());
  }

  private static Procedure procedure(List<ProcedureChannel> channels) {
    return new Procedure(BIRTH, "Đăng ký khai sinh", "G15-HT01", "Hộ tịch", channels,
        List.of(new DeclaredResult("KQ01", "Giấy khai sinh")), List.of(), List.of(), OnlineLevel.FULL_PROCESS);
  }

  @Test
  void statutoryTime_listedChannel_isItsFirstOptionsTime() {
    Procedure procedure = procedure(List.of(
        new ProcedureChannel(Channel.DIRECT, List.of(option(ProcessingTime.ofWorkingDays(5)))),
        new ProcedureChannel(Channel.ONLINE, List.of(option(ProcessingTime.ofWorkingDays(3)),
            option(ProcessingTime.ofWorkingHours(4))))));

    assertThat(procedure.statutoryTime(Channel.ONLINE)).contains(ProcessingTime.ofWorkingDays(3));
    assertThat(procedure.statutoryTime(Channel.DIRECT)).contains(ProcessingTime.ofWorkingDays(5));
  }

  @Test
  void statutoryTime_channelNotListed_fallsBackToDirect() {
    Procedure procedure = procedure(List.of(
        new ProcedureChannel(Channel.DIRECT, List.of(option(ProcessingTime.ofWorkingDays(5))))));

    assertThat(procedure.statutoryTime(Channel.POST)).contains(ProcessingTime.ofWorkingDays(5));
    assertThat(procedure.statutoryTime(Channel.ONLINE)).contains(ProcessingTime.ofWorkingDays(5));
    assertThat(procedure.statutoryTime(Channel.of("9"))).contains(ProcessingTime.ofWorkingDays(5));
  }

  @Test
  void statutoryTime_channelListedWithoutOptions_fallsBackToDirect() {
    Procedure procedure = procedure(List.of(
        new ProcedureChannel(Channel.ONLINE, List.of()),
        new ProcedureChannel(Channel.DIRECT, List.of(option(ProcessingTime.ofCalendarDays(15))))));

    assertThat(procedure.statutoryTime(Channel.ONLINE)).contains(ProcessingTime.ofCalendarDays(15));
  }

  @Test
  void statutoryTime_neitherChannelNorDirect_isEmpty() {
    Procedure procedure = procedure(List.of(
        new ProcedureChannel(Channel.ONLINE, List.of(option(ProcessingTime.ofWorkingDays(3))))));

    assertThat(procedure.statutoryTime(Channel.POST)).isEmpty();
    assertThat(procedure(List.of()).statutoryTime(Channel.DIRECT)).isEmpty();
    assertThatThrownBy(() -> procedure.statutoryTime(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void declaresResult_declaredCodeOnly() {
    Procedure procedure = procedure(List.of());

    assertThat(procedure.declaresResult("KQ01")).isTrue();
    assertThat(procedure.declaresResult("KQ02")).isFalse();
    assertThat(procedure.declaresResult("kq01")).isFalse();
  }

  @Test
  void constructor_sourceListsMutatedAfterwards_procedureUnchanged() {
    List<ProcedureChannel> channels = new ArrayList<>();
    List<ProcessingOption> options = new ArrayList<>(List.of(option(ProcessingTime.ofWorkingDays(5))));
    List<ScheduledFee> fees = new ArrayList<>(List.of(new ScheduledFee(8000, "Đồng", null)));
    channels.add(new ProcedureChannel(Channel.DIRECT, options));
    List<DeclaredResult> results = new ArrayList<>(List.of(new DeclaredResult("KQ01", "Giấy khai sinh")));
    List<ImplementingAgency> agencies = new ArrayList<>(List.of(new ImplementingAgency(null, "UBND cấp xã")));
    List<LegalBasis> bases = new ArrayList<>(List.of(new LegalBasis("123/2015/NĐ-CP", null)));
    ProcessingOption withFees = new ProcessingOption(ProcessingTime.ofWorkingDays(1), "Trường hợp đơn giản", fees);
    Procedure procedure = new Procedure(BIRTH, "Đăng ký khai sinh", null, null, channels, results, agencies, bases, null);

    channels.clear();
    options.clear();
    results.clear();
    agencies.clear();
    bases.clear();
    fees.clear();

    assertThat(procedure.channels()).hasSize(1);
    assertThat(procedure.channels().get(0).options()).hasSize(1);
    assertThat(procedure.declaredResults()).hasSize(1);
    assertThat(procedure.agencies()).hasSize(1);
    assertThat(procedure.legalBases()).hasSize(1);
    assertThat(withFees.fees()).hasSize(1);
  }

  @Test
  void accessors_returnedLists_areUnmodifiable() {
    Procedure procedure = procedure(List.of(
        new ProcedureChannel(Channel.DIRECT, List.of(option(ProcessingTime.ofWorkingDays(5))))));

    assertThatThrownBy(() -> procedure.channels().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> procedure.declaredResults().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> procedure.agencies().add(new ImplementingAgency(null, "x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> procedure.legalBases().add(new LegalBasis("1", null)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> procedure.channels().get(0).options().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_requiredParts_areChecked() {
    assertThatThrownBy(() -> new Procedure(null, "x", null, null, List.of(), List.of(), List.of(), List.of(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Procedure(BIRTH, null, null, null, List.of(), List.of(), List.of(), List.of(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ProcessingOption(null, null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ProcedureChannel(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ScheduledFee(-1, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ScheduledFee(0, null, null).amount()).isZero();
  }
}
