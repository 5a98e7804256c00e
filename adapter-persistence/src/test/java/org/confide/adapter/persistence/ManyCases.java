package org.confide.adapter.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.IntFunction;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.staff.StaffId;

/**
 * Stores many cases fast, straight into {@code reports} in JDBC batches, for tests and benchmarks
 * of the case lists: a list reads only the clear columns, so the sealed ones hold bytes that open
 * as nothing (these cases cannot be viewed, only listed).
 */
final class ManyCases {

  private static final int BATCH = 5_000;
  private static final byte[] NOT_SEALED = new byte[64];

  /** What one seeded case is: when it arrived, its assignee, and whether it is closed. */
  record Seeded(Instant receivedAt, Optional<StaffId> assignee, boolean closed) {}

  private ManyCases() {}

  /**
   * Stores {@code count} cases, the {@code i}th (from 0) as {@code shape} says, with the reference
   * {@code i} written in ten digits (digits are Crockford symbols).
   */
  static void store(Database database, int count, IntFunction<Seeded> shape) {
    for (int from = 0; from < count; from += BATCH) {
      int start = from;
      int end = Math.min(count, from + BATCH);
      database
          .jdbi()
          .useTransaction(handle -> {
            var batch =
                handle.prepareBatch(
                    """
                    insert into reports (reference, questionnaire_version, received_at, status,
                                         assignee, closed_at, risk, anonymous, two_way_messaging,
                                         support_requested, answers)
                    values (:reference, 1, :received_at, :status, :assignee, :closed_at, 'NONE',
                            true, true, false, :answers)\
                    """);
            for (int i = start; i < end; i++) {
              var seeded = shape.apply(i);
              var status =
                  seeded.closed()
                      ? ReportStatus.CLOSED
                      : seeded.assignee().isPresent() ? ReportStatus.OPEN : ReportStatus.NEW;
              batch
                  .bind("reference", reference(i))
                  .bind("received_at", seeded.receivedAt().atOffset(ZoneOffset.UTC))
                  .bind("status", status.name())
                  .bind("assignee", seeded.assignee().map(id -> id.value().toString()).orElse(null))
                  .bind(
                      "closed_at",
                      seeded.closed()
                          ? seeded.receivedAt().plusSeconds(86_400).atOffset(ZoneOffset.UTC)
                          : null)
                  .bind("answers", NOT_SEALED)
                  .add();
            }
            batch.execute();
          });
    }
  }

  /** The reference of the {@code i}th case stored. */
  static String reference(int i) {
    return String.format("%010d", i);
  }
}
