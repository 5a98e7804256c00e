package org.confide.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.domain.shared.ReportReference;

/**
 * {@link SubmissionKeys} in the {@code submission_keys} table, one row per key digest; the first
 * insert of a key wins and every later claim reads it back.
 */
public final class JdbiSubmissionKeys implements SubmissionKeys {

  // A claim is only ever lost to forgetBefore between our insert and our read; a few tries outlast
  // that without ever looping forever.
  private static final int ATTEMPTS = 3;

  private final JdbiTransactions transactions;

  public JdbiSubmissionKeys(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public Optional<Claim> claim(Claim claim) {
    Objects.requireNonNull(claim, "claim must not be null");
    return transactions.withHandle(handle -> {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        // On PostgreSQL a racing claim waits here for the first to commit, then does nothing.
        int inserted =
            handle
                .createUpdate(
                    """
                    insert into submission_keys
                        (key_digest, fingerprint, report_reference, claimed_at)
                    values (:key, :fingerprint, :reference, :at)
                    on conflict do nothing\
                    """)
                .bind("key", claim.keyDigest())
                .bind("fingerprint", claim.requestFingerprint())
                .bind("reference", claim.reference().value())
                .bind("at", claim.at().atOffset(ZoneOffset.UTC))
                .execute();
        if (inserted == 1) {
          return Optional.<Claim>empty();
        }
        var earlier =
            handle
                .createQuery(
                    """
                    select key_digest, fingerprint, report_reference, claimed_at
                      from submission_keys
                     where key_digest = :key\
                    """)
                .bind("key", claim.keyDigest())
                .map((row, context) ->
                    new Claim(
                        row.getString("key_digest"),
                        row.getString("fingerprint"),
                        new ReportReference(row.getString("report_reference")),
                        row.getObject("claimed_at", OffsetDateTime.class).toInstant()))
                .findOne();
        if (earlier.isPresent()) {
          return earlier;
        }
      }
      throw new IllegalStateException("a submission key could be neither claimed nor read");
    });
  }

  @Override
  public int forgetBefore(Instant before) {
    Objects.requireNonNull(before, "before must not be null");
    return transactions.withHandle(handle ->
        handle
            .createUpdate("delete from submission_keys where claimed_at < :before")
            .bind("before", before.atOffset(ZoneOffset.UTC))
            .execute());
  }
}
