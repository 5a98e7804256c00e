package org.confide.adapter.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confide.application.port.out.InternalNotes;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.thread.InternalNote;
import org.confide.domain.thread.NoteBody;
import org.confide.domain.thread.NoteId;

/** {@link InternalNotes} in the database, each note's text sealed with the {@link FieldCipher}. */
public final class JdbiInternalNotes implements InternalNotes {

  private final JdbiTransactions transactions;
  private final FieldCipher cipher;

  public JdbiInternalNotes(JdbiTransactions transactions, FieldCipher cipher) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.cipher = Objects.requireNonNull(cipher, "cipher must not be null");
  }

  @Override
  public void add(ReportReference reference, InternalNote note) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(note, "note must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                insert into internal_notes (id, report_reference, author, body, written_at)
                values (:id, :reference, :author, :body, :writtenAt)
                """)
            .bind("id", note.id().value().toString())
            .bind("reference", reference.value())
            .bind("author", note.author().value().toString())
            .bind("body", cipher.seal(note.body().text(), context(note.id())))
            .bind(
                "writtenAt",
                note.writtenAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
            .execute());
  }

  @Override
  public List<InternalNote> of(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select id, author, body, written_at
                  from internal_notes
                 where report_reference = :reference
                 order by written_at, seq
                """)
            .bind("reference", reference.value())
            .map((rs, ctx) -> {
              var id = new NoteId(UUID.fromString(rs.getString("id")));
              return new InternalNote(
                  id,
                  StaffId.parse(rs.getString("author")),
                  new NoteBody(cipher.open(rs.getBytes("body"), context(id))),
                  rs.getObject("written_at", OffsetDateTime.class).toInstant());
            })
            .collect(Collectors.toUnmodifiableList()));
  }

  @Override
  public void removeAll(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from internal_notes where report_reference = :reference")
            .bind("reference", reference.value())
            .execute());
  }

  private static String context(NoteId id) {
    return "note.body:" + id.value();
  }
}
