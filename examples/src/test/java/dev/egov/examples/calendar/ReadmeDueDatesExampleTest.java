package dev.egov.examples.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.model.calendar.DueDateRule;
import dev.egov.model.calendar.ProcessingTime;
import dev.egov.model.calendar.WorkingCalendar;
import dev.egov.model.calendar.WorkingDayConvention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's "Working days and due dates" snippet, run as it is shown, with the results its comments state; the
 * README must show exactly the lines between the markers.
 */
@Timeout(30)
class ReadmeDueDatesExampleTest {

  private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

  @Test
  void readmeSnippet_showsBothConventionsWithTheStatedResults() {
    // README:begin
    WorkingCalendar calendar = WorkingCalendar.civilService();      // Mon–Fri, 07:00–11:30 and 13:30–17:00
    calendar.isWorkingDay(LocalDate.of(2026, 2, 16));                // false: Tết 2026
    calendar.isWorkingDay(LocalDate.of(2026, 1, 10));                // true: a Saturday worked in exchange

    Instant fridayEvening = LocalDateTime.of(2026, 2, 13, 17, 30).atZone(WorkingCalendar.VIETNAM).toInstant();
    DueDateRule rule = DueDateRule.of(calendar, ProcessingTime.ofWorkingDays(3));
    rule.countingStart(fridayEvening);   // Mon 23 Feb 2026 07:00: received after closing, counted after the Tết break
    rule.dueDate(fridayEvening);         // Thu 26 Feb 2026 07:00: whole working days keep the clock time (the default)

    DueDateRule asHours = rule.newBuilder().convention(WorkingDayConvention.WORKING_HOURS).build();
    asHours.dueDate(fridayEvening);      // Wed 25 Feb 2026 17:00: the same 24 working hours, ending when they are used
    // README:end

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    assertThat(local(rule.countingStart(fridayEvening))).isEqualTo(LocalDateTime.parse("2026-02-23T07:00"));
    assertThat(rule.convention()).isEqualTo(WorkingDayConvention.KEEP_CLOCK_TIME);
    assertThat(local(rule.dueDate(fridayEvening))).isEqualTo(LocalDateTime.parse("2026-02-26T07:00"));
    assertThat(local(asHours.dueDate(fridayEvening))).isEqualTo(LocalDateTime.parse("2026-02-25T17:00"));
    assertThat(calendar.workingTimeBetween(asHours.dueDate(fridayEvening), rule.dueDate(fridayEvening))).isZero();
  }

  @Test
  void readme_showsTheSnippetAsOneJavaBlock() throws IOException {
    List<String> source = Files.readAllLines(
        BASEDIR.resolve("src/test/java/dev/egov/examples/calendar/ReadmeDueDatesExampleTest.java"),
        StandardCharsets.UTF_8);
    List<String> snippet = new ArrayList<>();
    boolean inside = false;
    for (String line : source) {
      if (line.strip().equals("// README:end")) {
        inside = false;
      }
      if (inside) {
        snippet.add(line.length() >= 4 ? line.substring(4) : line.strip());
      }
      if (line.strip().equals("// README:begin")) {
        inside = true;
      }
    }
    String readme = Files.readString(BASEDIR.resolve("../README.md"), StandardCharsets.UTF_8);

    assertThat(snippet).hasSizeGreaterThan(8);
    assertThat(readme).contains("```java\n" + String.join("\n", snippet) + "\n```");
  }

  private static LocalDateTime local(Instant instant) {
    return instant.atZone(WorkingCalendar.VIETNAM).toLocalDateTime();
  }
}
