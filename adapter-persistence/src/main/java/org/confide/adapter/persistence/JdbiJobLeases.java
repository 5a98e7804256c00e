package org.confide.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.JobLeases;

/**
 * {@link JobLeases} in the {@code job_leases} table, one row per job. Taking a lease is one insert
 * that does nothing on conflict, then, if the row exists, one conditional update that succeeds only
 * for the holder or once the lease has expired. Both databases lock the row for the update and
 * re-check its condition after waiting, so of two nodes racing for an expired lease exactly one
 * updates it. Each call commits on its own, outside any use case's transaction.
 */
public final class JdbiJobLeases implements JobLeases {

  private static final OffsetDateTime EXPIRED = OffsetDateTime.parse("2000-01-01T00:00:00Z");

  private final JdbiTransactions transactions;

  public JdbiJobLeases(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public Acquisition acquire(String job, String holder, Instant now, Duration length) {
    Objects.requireNonNull(job, "job must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    Objects.requireNonNull(now, "now must not be null");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
    var until = now.plus(length).atOffset(ZoneOffset.UTC);
    int taken =
        transactions.inTransactionWithHandle(handle -> {
          int inserted =
              handle
                  .createUpdate(
                      """
                      insert into job_leases (job, holder, expires_at)
                      values (:job, :holder, :until)
                      on conflict do nothing\
                      """)
                  .bind("job", job)
                  .bind("holder", holder)
                  .bind("until", until)
                  .execute();
          if (inserted == 1) {
            return 1;
          }
          return handle
              .createUpdate(
                  """
                  update job_leases set holder = :holder, expires_at = :until
                   where job = :job and (holder = :holder or expires_at <= :now)\
                  """)
              .bind("job", job)
              .bind("holder", holder)
              .bind("until", until)
              .bind("now", now.atOffset(ZoneOffset.UTC))
              .execute();
        });
    return taken == 1 ? Acquisition.GRANTED : Acquisition.HELD_ELSEWHERE;
  }

  @Override
  public void release(String job, String holder) {
    Objects.requireNonNull(job, "job must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    // The row stays, expired and held by nobody, so that when the job last ran is not forgotten.
    transactions.inTransactionWithHandle(handle ->
        handle
            .createUpdate(
                """
                update job_leases set holder = '', expires_at = :expired
                 where job = :job and holder = :holder\
                """)
            .bind("job", job)
            .bind("holder", holder)
            .bind("expired", EXPIRED)
            .execute());
  }

  @Override
  public void ranAt(String job, String holder, Instant at) {
    Objects.requireNonNull(job, "job must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    Objects.requireNonNull(at, "at must not be null");
    transactions.inTransactionWithHandle(handle ->
        handle
            .createUpdate(
                "update job_leases set last_run_at = :at where job = :job and holder = :holder")
            .bind("job", job)
            .bind("holder", holder)
            .bind("at", at.atOffset(ZoneOffset.UTC))
            .execute());
  }

  @Override
  public Optional<Instant> lastRun(String job) {
    Objects.requireNonNull(job, "job must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery("select last_run_at from job_leases where job = :job")
            .bind("job", job)
            .map((row, ctx) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
            .findOne()
            .flatMap(at -> at.map(OffsetDateTime::toInstant)));
  }
}
