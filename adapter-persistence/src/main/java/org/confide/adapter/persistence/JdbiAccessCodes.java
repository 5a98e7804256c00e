package org.confide.adapter.persistence;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.AccessCodes;
import org.confide.domain.shared.ReportReference;
import org.jdbi.v3.core.Handle;

/**
 * {@link AccessCodes} in the {@code access_codes} table: one row per report, keyed by reference,
 * with a unique index on the digest that the reporter's code is looked up by.
 */
public final class JdbiAccessCodes implements AccessCodes {

  private final JdbiTransactions transactions;

  public JdbiAccessCodes(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public Registration register(ReportReference reference, AccessCodeDigest digest) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(digest, "digest must not be null");
    // Every write below is an insert that does nothing on conflict, never an update of the
    // digest: a unique violation would abort the whole PostgreSQL transaction, and with it the
    // submission the code belongs to, instead of being an outcome the caller can act on.
    return transactions.inTransactionWithHandle(handle -> {
      if (insert(handle, reference, digest)) {
        return Registration.REGISTERED;
      }
      var owner = owner(handle, digest);
      if (owner.isPresent()) {
        return owner.get().equals(reference) ? Registration.REGISTERED : Registration.DIGEST_TAKEN;
      }
      // The report has another code, which the new one replaces.
      var previous = digestOf(handle, reference);
      delete(handle, reference);
      if (insert(handle, reference, digest)) {
        return Registration.REGISTERED;
      }
      // Another report took the digest meanwhile: put the report's own code back.
      previous.ifPresent(own -> insert(handle, reference, own));
      return owner(handle, digest).filter(reference::equals).isPresent()
          ? Registration.REGISTERED
          : Registration.DIGEST_TAKEN;
    });
  }

  @Override
  public Optional<ReportReference> find(AccessCodeDigest digest) {
    Objects.requireNonNull(digest, "digest must not be null");
    return transactions.withHandle(handle -> owner(handle, digest));
  }

  @Override
  public Optional<AccessCodeDigest> digestOf(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle -> digestOf(handle, reference));
  }

  @Override
  public void remove(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    transactions.withHandle(handle -> delete(handle, reference));
  }

  private static boolean insert(Handle handle, ReportReference reference, AccessCodeDigest digest) {
    return handle
            .createUpdate(
                """
                insert into access_codes (report_reference, digest)
                values (:reference, :digest)
                on conflict do nothing\
                """)
            .bind("reference", reference.value())
            .bind("digest", digest.hex())
            .execute()
        == 1;
  }

  private static int delete(Handle handle, ReportReference reference) {
    return handle
        .createUpdate("delete from access_codes where report_reference = :reference")
        .bind("reference", reference.value())
        .execute();
  }

  private static Optional<ReportReference> owner(Handle handle, AccessCodeDigest digest) {
    return handle
        .createQuery("select report_reference from access_codes where digest = :digest")
        .bind("digest", digest.hex())
        .map((row, context) -> new ReportReference(row.getString("report_reference")))
        .findOne();
  }

  private static Optional<AccessCodeDigest> digestOf(Handle handle, ReportReference reference) {
    return handle
        .createQuery("select digest from access_codes where report_reference = :reference")
        .bind("reference", reference.value())
        .map((row, context) -> new AccessCodeDigest(row.getString("digest")))
        .findOne();
  }
}
