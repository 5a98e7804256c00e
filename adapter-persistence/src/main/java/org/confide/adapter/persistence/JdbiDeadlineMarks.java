package org.confide.adapter.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.domain.shared.ReportReference;

/**
 * {@link DeadlineMarks} in the {@code deadline_marks} table; the primary key makes marks unique.
 */
public final class JdbiDeadlineMarks implements DeadlineMarks {

  private final JdbiTransactions transactions;

  public JdbiDeadlineMarks(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public MarkOutcome mark(Mark mark) {
    Objects.requireNonNull(mark, "mark must not be null");
    int inserted =
        transactions.withHandle(handle ->
            handle
                .createUpdate(
                    """
                    insert into deadline_marks (kind, subject, report_reference, due_by, marked_at)
                    values (:kind, :subject, :reference, :due_by, :marked_at)
                    on conflict do nothing\
                    """)
                .bind("kind", mark.kind().name())
                .bind("subject", mark.subject())
                .bind("reference", mark.reference().value())
                .bind("due_by", mark.dueBy().atOffset(ZoneOffset.UTC))
                .bind("marked_at", mark.markedAt().atOffset(ZoneOffset.UTC))
                .execute());
    return inserted == 1 ? MarkOutcome.MARKED : MarkOutcome.ALREADY_MARKED;
  }

  @Override
  public List<Mark> of(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select kind, subject, report_reference, due_by, marked_at from deadline_marks
                 where report_reference = :reference
                 order by due_by, kind, subject\
                """)
            .bind("reference", reference.value())
            .map((row, ctx) ->
                new Mark(
                    Kind.valueOf(row.getString("kind")),
                    row.getString("subject"),
                    new ReportReference(row.getString("report_reference")),
                    row.getObject("due_by", OffsetDateTime.class).toInstant(),
                    row.getObject("marked_at", OffsetDateTime.class).toInstant()))
            .list());
  }

  @Override
  public void removeAll(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from deadline_marks where report_reference = :reference")
            .bind("reference", reference.value())
            .execute());
  }
}
