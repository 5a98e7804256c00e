package org.confide.application.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.confide.application.port.out.MessageThreads;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageId;
import org.confide.domain.thread.MessageThread;

/** {@link MessageThreads} in memory, one thread per report. */
public final class InMemoryMessageThreads implements MessageThreads {

  private final InMemoryStore<ReportReference, MessageThread> threads;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryMessageThreads(InMemoryTransactions transactions) {
    this.threads = new InMemoryStore<>(transactions);
  }

  @Override
  public void save(MessageThread thread) {
    Objects.requireNonNull(thread, "thread must not be null");
    threads.atomically(() -> {
      var merged = threads.get(thread.reference()).map(stored -> merge(stored, thread));
      threads.put(thread.reference(), merged.orElse(thread));
      return null;
    });
  }

  /** The saved thread plus any stored message it lacks, each keeping its first read time. */
  private static MessageThread merge(MessageThread stored, MessageThread saved) {
    var byId = new LinkedHashMap<MessageId, Message>();
    stored.messages().forEach(message -> byId.put(message.id(), message));
    for (var message : saved.messages()) {
      var before = byId.get(message.id());
      byId.put(message.id(), before != null && before.isRead() ? before : message);
    }
    var messages = new ArrayList<>(byId.values());
    messages.sort(Comparator.comparing(Message::sentAt));
    return MessageThread.reconstitute(saved.reference(), messages);
  }

  @Override
  public Optional<MessageThread> find(ReportReference reference) {
    return threads.get(Objects.requireNonNull(reference, "reference must not be null"));
  }

  @Override
  public Map<ReportReference, MessageThread> findAll(Collection<ReportReference> references) {
    var wanted = Set.copyOf(references);
    return threads.read(map ->
        wanted.stream()
            .map(map::get)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableMap(MessageThread::reference, Function.identity())));
  }

  @Override
  public void remove(ReportReference reference) {
    threads.remove(Objects.requireNonNull(reference, "reference must not be null"));
  }
}
