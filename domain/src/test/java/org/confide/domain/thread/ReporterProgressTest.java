package org.confide.domain.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class ReporterProgressTest {

  private static final Random RANDOM = new Random(7);
  private static final ReportReference REFERENCE = ReportReference.generate(RANDOM);
  private static final StaffId ADVISER = StaffId.generate(RANDOM);
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private static MessageThread withReporterMessage() {
    return MessageThread.open(REFERENCE)
        .post(Message.fromReporter(MessageId.generate(RANDOM), new MessageBody("Hello?"), T0));
  }

  @Test
  void a_reply_is_told_even_while_nobody_has_taken_the_case() {
    var replied =
        withReporterMessage()
            .post(
                Message.fromStaff(
                    MessageId.generate(RANDOM), ADVISER, new MessageBody("I am here."), T0));

    assertThat(ReporterProgress.of(ReportStatus.NEW, Optional.of(replied)))
        .isEqualTo(ReporterProgress.REPLIED);
  }

  @Test
  void the_reporters_last_message_is_waiting_until_the_team_reads_it() {
    var thread = withReporterMessage();

    assertThat(ReporterProgress.of(ReportStatus.OPEN, Optional.of(thread)))
        .isEqualTo(ReporterProgress.MESSAGE_WAITING);
    assertThat(
            ReporterProgress.of(
                ReportStatus.OPEN,
                Optional.of(thread.markReadBy(AuthorSide.STAFF, T0.plusSeconds(60)))))
        .isEqualTo(ReporterProgress.MESSAGE_READ);
  }

  @Test
  void with_nothing_written_the_case_tells_and_a_closed_case_is_closed_whatever_the_thread() {
    assertThat(ReporterProgress.of(ReportStatus.NEW, Optional.empty()))
        .isEqualTo(ReporterProgress.RECEIVED);
    assertThat(ReporterProgress.of(ReportStatus.OPEN, Optional.of(MessageThread.open(REFERENCE))))
        .isEqualTo(ReporterProgress.BEING_WORKED_ON);
    assertThat(ReporterProgress.of(ReportStatus.CLOSED, Optional.of(withReporterMessage())))
        .isEqualTo(ReporterProgress.CLOSED);
  }
}
