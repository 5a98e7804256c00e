package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.confide.application.port.out.MessageThreads;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageBody;
import org.confide.domain.thread.MessageId;
import org.confide.domain.thread.MessageThread;
import org.jdbi.v3.core.Handle;

/**
 * {@link MessageThreads} in the database, each message body sealed with the {@link FieldCipher};
 * saving adds the thread's new messages and first reads to what is stored and never removes one.
 */
public final class JdbiMessageThreads implements MessageThreads {

  // Keeps each IN list well below PostgreSQL's limit of 32,767 bind parameters.
  private static final int MAX_REFERENCES_PER_QUERY = 1000;

  private static final String SELECT_THREADS =
      """
      select t.report_reference, m.id, m.side, m.author, m.body, m.sent_at, m.read_at
        from message_threads t
        left join messages m on m.report_reference = t.report_reference
       where t.report_reference in (<references>)
       order by t.report_reference, m.sent_at, m.position, m.id
      """;

  private static final String INSERT_MESSAGE =
      """
      insert into messages
        (id, report_reference, position, side, author, body, sent_at, read_at)
      values
        (:id, :reference, :position, :side, :author, :body, :sentAt, :readAt)
      """;

  private final JdbiTransactions transactions;
  private final FieldCipher cipher;

  public JdbiMessageThreads(JdbiTransactions transactions, FieldCipher cipher) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.cipher = Objects.requireNonNull(cipher, "cipher must not be null");
  }

  @Override
  public void save(MessageThread thread) {
    Objects.requireNonNull(thread, "thread must not be null");
    var reference = thread.reference().value();
    transactions.inTransactionWithHandle(handle -> {
      handle
          .createUpdate(
              """
              insert into message_threads (report_reference) values (:reference)
              on conflict do nothing
              """)
          .bind("reference", reference)
          .execute();
      // Two saves of one thread take turns, so neither works from a list the other is changing.
      handle
          .createQuery(
              "select report_reference from message_threads where report_reference = :reference"
                  + " for update")
          .bind("reference", reference)
          .mapTo(String.class)
          .one();
      var stored = storedMessages(handle, reference);
      var messages = thread.messages();
      var added = new ArrayList<Integer>();
      var changed = new ArrayList<Integer>();
      for (int position = 0; position < messages.size(); position++) {
        var message = messages.get(position);
        var before = stored.get(message.id().value().toString());
        if (before == null) {
          added.add(position);
        } else if (before.position() != position
            || (before.readAt().isEmpty() && message.isRead())) {
          changed.add(position);
        }
      }
      // Messages are append-only and a first read is never undone: a save from a copy read before
      // another save (the reporter posting while an adviser opens the case) must not delete the
      // other's message or mark it unread again, so stored messages missing from the thread stay.
      if (!changed.isEmpty()) {
        try (var batch =
            handle.prepareBatch(
                """
                update messages set position = :position, read_at = coalesce(read_at, :readAt)
                 where id = :id
                """)) {
          for (int position : changed) {
            var message = messages.get(position);
            batch
                .bind("id", message.id().value().toString())
                .bind("position", position)
                .bindByType("readAt", readAt(message), OffsetDateTime.class)
                .add();
          }
          batch.execute();
        }
      }
      if (!added.isEmpty()) {
        try (var batch = handle.prepareBatch(INSERT_MESSAGE)) {
          for (int position : added) {
            var message = messages.get(position);
            batch
                .bind("id", message.id().value().toString())
                .bind("reference", reference)
                .bind("position", position)
                .bind("side", message.side().name())
                .bind("author", message.author().map(a -> a.value().toString()).orElse(null))
                .bind("body", cipher.seal(message.body().text(), context(message.id())))
                .bind("sentAt", utc(message.sentAt()))
                .bindByType("readAt", readAt(message), OffsetDateTime.class)
                .add();
          }
          batch.execute();
        }
        firstStaffReply(handle, reference, added.stream().map(messages::get).toList());
      }
      return null;
    });
  }

  // The dashboard's time to first reply, kept on the report in the same transaction as the
  // message (migration 30). Only a save that adds a staff message writes it, so a submission and
  // a reporter's message write nothing more than before; a later reply never moves it.
  private static void firstStaffReply(Handle handle, String reference, List<Message> added) {
    added.stream()
        .filter(message -> message.side() == AuthorSide.STAFF)
        .map(Message::sentAt)
        .min(Instant::compareTo)
        .ifPresent(first ->
            handle
                .createUpdate(
                    """
                    update reports set first_staff_reply_at = :first
                     where reference = :reference
                       and (first_staff_reply_at is null or first_staff_reply_at > :first)
                    """)
                .bind("first", utc(first))
                .bind("reference", reference)
                .execute());
  }

  @Override
  public Optional<MessageThread> find(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return Optional.ofNullable(findAll(List.of(reference)).get(reference));
  }

  @Override
  public Map<ReportReference, MessageThread> findAll(Collection<ReportReference> references) {
    Objects.requireNonNull(references, "references must not be null");
    var wanted = references.stream().map(ReportReference::value).distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    return transactions.withHandle(handle -> {
      var messages = new LinkedHashMap<ReportReference, List<Message>>();
      for (int from = 0; from < wanted.size(); from += MAX_REFERENCES_PER_QUERY) {
        var chunk = wanted.subList(from, Math.min(wanted.size(), from + MAX_REFERENCES_PER_QUERY));
        handle
            .createQuery(SELECT_THREADS)
            .bindList("references", chunk)
            .map((rs, ctx) -> row(rs))
            .forEach(row -> {
              var thread = messages.computeIfAbsent(row.reference(), r -> new ArrayList<>());
              row.message().ifPresent(thread::add);
            });
      }
      var threads = new LinkedHashMap<ReportReference, MessageThread>();
      messages.forEach(
          (reference, list) -> threads.put(reference, MessageThread.reconstitute(reference, list)));
      return Map.copyOf(threads);
    });
  }

  @Override
  public void remove(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    // The thread's messages go with it (on delete cascade).
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from message_threads where report_reference = :reference")
            .bind("reference", reference.value())
            .execute());
  }

  private static Map<String, Stored> storedMessages(Handle handle, String reference) {
    var stored = new HashMap<String, Stored>();
    handle
        .createQuery(
            "select id, position, read_at from messages where report_reference = :reference")
        .bind("reference", reference)
        .map((rs, ctx) ->
            new Stored(rs.getString("id"), rs.getInt("position"), instant(rs, "read_at")))
        .forEach(row -> stored.put(row.id(), row));
    return stored;
  }

  private Row row(ResultSet rs) throws SQLException {
    var reference = new ReportReference(rs.getString("report_reference"));
    var id = rs.getString("id");
    if (id == null) {
      return new Row(reference, Optional.empty());
    }
    var messageId = new MessageId(UUID.fromString(id));
    var message =
        new Message(
            messageId,
            AuthorSide.valueOf(rs.getString("side")),
            new MessageBody(cipher.open(rs.getBytes("body"), context(messageId))),
            instant(rs, "sent_at").orElseThrow(),
            Optional.ofNullable(rs.getString("author")).map(StaffId::parse),
            instant(rs, "read_at"));
    return new Row(reference, Optional.of(message));
  }

  private static String context(MessageId id) {
    return "message.body:" + id.value();
  }

  private static OffsetDateTime readAt(Message message) {
    return message.readAt().map(JdbiMessageThreads::utc).orElse(null);
  }

  // Both databases keep microseconds; truncating here, rather than letting each round in its own
  // way, stores the same instant on H2 and PostgreSQL.
  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  /** One row of the thread query: a thread, and one of its messages unless it has none. */
  private record Row(ReportReference reference, Optional<Message> message) {}

  /** What saving needs to know of a message already stored. */
  private record Stored(String id, int position, Optional<Instant> readAt) {}
}
