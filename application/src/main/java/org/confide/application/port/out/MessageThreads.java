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
   */
  void save(MessageThread thread);

  /** The thread of {@code reference}, as last saved. */
  Optional<MessageThread> find(ReportReference reference);

  /** The threads of those of {@code references} that have one. */
  Map<ReportReference, MessageThread> findAll(Collection<ReportReference> references);

  /** Removes the thread of {@code reference}; nothing happens if it has none. */
  void remove(ReportReference reference);
}
