package org.confide.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.thread.MessageThread;

/** The message thread of each report that has one. */
public interface MessageThreads {

  /**
   * Stores the thread's messages: new ones are added, and a message's first read time is kept.
   * Messages already stored are never removed or marked unread by a save, so two writers that each
   * loaded the thread before the other saved (a reporter posting while an adviser opens the case)
   * lose nothing.
   *
   * @param thread the thread as the caller has it
   */
  void save(MessageThread thread);

  /**
   * The thread of a report, as last saved.
   *
   * @param reference the report
   * @return its thread; empty if no message was ever written
   */
  Optional<MessageThread> find(ReportReference reference);

  /**
   * The threads of several reports at once, for a list.
   *
   * @param references the reports
   * @return the thread of each that has one, by report
   */
  Map<ReportReference, MessageThread> findAll(Collection<ReportReference> references);

  /**
   * Removes a report's thread and its messages; nothing happens if it has none.
   *
   * @param reference the report
   */
  void remove(ReportReference reference);
}
