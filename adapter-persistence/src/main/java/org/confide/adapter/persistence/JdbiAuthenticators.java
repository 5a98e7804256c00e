package org.confide.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.crypto.Totp;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.Handle;

/**
 * {@link Authenticators} in the {@code staff_authenticators} table, the secret sealed with the
 * {@link FieldCipher}, and the recovery code digests in {@code staff_recovery_codes}.
 */
public final class JdbiAuthenticators implements Authenticators {

  private final JdbiTransactions transactions;
  private final FieldCipher cipher;

  public JdbiAuthenticators(JdbiTransactions transactions, FieldCipher cipher) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.cipher = Objects.requireNonNull(cipher, "cipher must not be null");
  }

  @Override
  public Optional<Authenticator> find(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return transactions.withHandle(handle -> {
      var digests =
          new HashSet<>(
              handle
                  .createQuery("select digest from staff_recovery_codes where staff_id = :staff")
                  .bind("staff", staff.toString())
                  .mapTo(String.class)
                  .list());
      return handle
          .createQuery(
              """
              select secret, confirmed, last_accepted_step from staff_authenticators
               where staff_id = :staff\
              """)
          .bind("staff", staff.toString())
          .map((rs, ctx) ->
              Authenticator.reconstitute(
                  Totp.fromBase32(cipher.open(rs.getBytes("secret"), context(staff))),
                  rs.getBoolean("confirmed"),
                  rs.getLong("last_accepted_step"),
                  digests))
          .findOne();
    });
  }

  @Override
  public boolean isConfirmed(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery("select confirmed from staff_authenticators where staff_id = :staff")
            .bind("staff", staff.toString())
            .mapTo(Boolean.class)
            .findOne()
            .orElse(false));
  }

  @Override
  public void save(StaffId staff, Authenticator authenticator) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(authenticator, "authenticator must not be null");
    transactions.inTransactionWithHandle(handle -> {
      remove(handle, staff);
      handle
          .createUpdate(
              """
              insert into staff_authenticators (staff_id, secret, confirmed, last_accepted_step)
              values (:staff, :secret, :confirmed, :step)\
              """)
          .bind("staff", staff.toString())
          .bind("secret", cipher.seal(Totp.base32(authenticator.secret()), context(staff)))
          .bind("confirmed", authenticator.confirmed())
          .bind("step", authenticator.lastAcceptedStep())
          .execute();
      var batch =
          handle.prepareBatch(
              "insert into staff_recovery_codes (staff_id, digest) values (:staff, :digest)");
      for (var digest : authenticator.recoveryCodeDigests()) {
        batch.bind("staff", staff.toString()).bind("digest", digest).add();
      }
      if (!authenticator.recoveryCodeDigests().isEmpty()) {
        batch.execute();
      }
      return null;
    });
  }

  @Override
  public boolean accept(StaffId staff, long step) {
    Objects.requireNonNull(staff, "staff must not be null");
    // One conditional update: of two racing logins with the same code, one changes the row.
    return transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                update staff_authenticators set last_accepted_step = :step
                 where staff_id = :staff and last_accepted_step < :step\
                """)
            .bind("staff", staff.toString())
            .bind("step", step)
            .execute())
        == 1;
  }

  @Override
  public boolean useRecoveryCode(StaffId staff, String digest) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(digest, "digest must not be null");
    return transactions.withHandle(handle ->
        handle
            .createUpdate(
                "delete from staff_recovery_codes where staff_id = :staff and digest = :digest")
            .bind("staff", staff.toString())
            .bind("digest", digest)
            .execute())
        == 1;
  }

  @Override
  public int countWrongCode(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    // The update locks the row to the end of the transaction: racing wrong codes, on any node,
    // are each counted, and each reads its own count.
    return transactions.inTransactionWithHandle(handle -> {
      var counted =
          handle
              .createUpdate(
                  """
                  update staff_authenticators set wrong_codes = wrong_codes + 1
                   where staff_id = :staff\
                  """)
              .bind("staff", staff.toString())
              .execute();
      if (counted == 0) {
        return 0;
      }
      return handle
          .createQuery("select wrong_codes from staff_authenticators where staff_id = :staff")
          .bind("staff", staff.toString())
          .mapTo(Integer.class)
          .one();
    });
  }

  @Override
  public void pauseCodes(StaffId staff, Instant until) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(until, "until must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                update staff_authenticators set codes_paused_until = :until
                 where staff_id = :staff\
                """)
            .bind("staff", staff.toString())
            .bind("until", until.atOffset(ZoneOffset.UTC))
            .execute());
  }

  @Override
  public Optional<Instant> codesPausedUntil(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                "select codes_paused_until from staff_authenticators where staff_id = :staff")
            .bind("staff", staff.toString())
            .map((rs, ctx) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
            .findOne()
            .flatMap(until -> until.map(OffsetDateTime::toInstant)));
  }

  @Override
  public void forgetWrongCodes(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                update staff_authenticators set wrong_codes = 0, codes_paused_until = null
                 where staff_id = :staff and (wrong_codes > 0 or codes_paused_until is not null)\
                """)
            .bind("staff", staff.toString())
            .execute());
  }

  @Override
  public void remove(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    transactions.inTransactionWithHandle(handle -> {
      remove(handle, staff);
      return null;
    });
  }

  private static void remove(Handle handle, StaffId staff) {
    handle
        .createUpdate("delete from staff_recovery_codes where staff_id = :staff")
        .bind("staff", staff.toString())
        .execute();
    handle
        .createUpdate("delete from staff_authenticators where staff_id = :staff")
        .bind("staff", staff.toString())
        .execute();
  }

  // Binds a sealed secret to its member: a secret copied to another member's row will not open.
  private static String context(StaffId staff) {
    return "authenticator:" + staff;
  }
}
