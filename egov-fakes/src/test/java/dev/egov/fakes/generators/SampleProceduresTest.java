package dev.egov.fakes.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.calendar.ProcessingTimeUnit;
import dev.egov.model.code.Channel;
import dev.egov.model.id.ProcedureCode;
import dev.egov.model.procedure.Procedure;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The procedures dossiers are generated for are complete enough for indicator computations. */
@Timeout(30)
class SampleProceduresTest {

  @Test
  void all_haveUniqueCodesTimesOnEveryChannelAndADeclaredResult() {
    List<Procedure> all = SampleProcedures.all();
    assertThat(all).hasSize(13);
    Set<ProcedureCode> codes = new HashSet<>();
    Set<ProcessingTimeUnit> units = new HashSet<>();
    for (Procedure procedure : all) {
      assertThat(codes.add(procedure.code())).as(procedure.name()).isTrue();
      for (Channel channel : List.of(Channel.DIRECT, Channel.ONLINE, Channel.POST)) {
        assertThat(procedure.statutoryTime(channel)).as(procedure.name() + " " + channel).isPresent();
        units.add(procedure.statutoryTime(channel).orElseThrow().unit());
      }
      assertThat(procedure.declaredResults()).hasSize(1);
      assertThat(procedure.declaresResult(procedure.code().nationalCode() + ".KQ01")).isTrue();
      assertThat(procedure.onlineLevel()).isNotNull();
      assertThat(procedure.legalBases()).isNotEmpty();
      assertThat(procedure.agencies()).isNotEmpty();
    }
    assertThat(units).containsExactlyInAnyOrder(
        ProcessingTimeUnit.WORKING_DAYS, ProcessingTimeUnit.WORKING_HOURS, ProcessingTimeUnit.CALENDAR_DAYS);
  }

  @Test
  void find_nationalOrLocalForm_findsTheProcedure() {
    Procedure birth = SampleProcedures.find(ProcedureCode.parse("1.001193")).orElseThrow();
    assertThat(birth.name()).isEqualTo("Đăng ký khai sinh");
    assertThat(SampleProcedures.find(ProcedureCode.parse("1.001193.000.00.00.H56"))).contains(birth);
    assertThat(SampleProcedures.find(ProcedureCode.parse("1.999999"))).isEmpty();
  }

  @Test
  void fees_ofEnterpriseRegistration_areFreeOnline() {
    Procedure change = SampleProcedures.find(ProcedureCode.parse("2.001199")).orElseThrow();
    SampleProcedures.Profile profile = SampleProcedures.profile(change.code());
    assertThat(profile.fees(Channel.DIRECT, 1)).singleElement().satisfies(fee -> assertThat(fee.amount()).isEqualTo(50_000));
    assertThat(profile.fees(Channel.ONLINE, 1)).isEmpty();
    SampleProcedures.Profile copies = SampleProcedures.profile(ProcedureCode.parse("2.000815"));
    assertThat(copies.fees(Channel.DIRECT, 7)).singleElement().satisfies(fee -> assertThat(fee.amount()).isEqualTo(14_000));
  }
}
