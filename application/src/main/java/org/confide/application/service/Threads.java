package org.confide.application.service;

import java.util.Optional;
import org.confide.application.port.in.ThreadView;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.report.Report;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageThread;

/** How a thread is shown to each side. */
final class Threads {

  /** How staff appear to a reporter: by role, never by name. */
  static final String STAFF_TO_REPORTER = "Case adviser";

  private Threads() {}

  /** The thread as the reporter sees it. */
  static ThreadView forReporter(
      Report report, Optional<MessageThread> thread, ServiceSettings settings) {
    return new ThreadView(
        thread.map(MessageThread::messages).orElse(java.util.List.of()).stream()
            .map(m -> view(m, m.side() == AuthorSide.STAFF ? STAFF_TO_REPORTER : "You"))
            .toList(),
        AwaitedResponses.dueBy(report, thread, settings));
  }

  /** The thread as staff see it: staff messages by the author's name. */
  static ThreadView forStaff(
      Report report,
      Optional<MessageThread> thread,
      ServiceSettings settings,
      StaffDirectory staff) {
    return new ThreadView(
        thread.map(MessageThread::messages).orElse(java.util.List.of()).stream()
            .map(m ->
                view(
                    m,
                    m.author()
                        .flatMap(staff::find)
                        .map(StaffMember::displayName)
                        .orElse("Reporter")))
            .toList(),
        AwaitedResponses.dueBy(report, thread, settings));
  }

  static ThreadView.MessageView view(Message message, String author) {
    return new ThreadView.MessageView(
        message.id(),
        message.side(),
        author,
        message.body().text(),
        message.sentAt(),
        message.readAt());
  }
}
