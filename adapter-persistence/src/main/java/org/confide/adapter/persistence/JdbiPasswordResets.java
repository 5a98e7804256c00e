package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.PasswordResets;
import org.confide.domain.staff.PasswordReset;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link PasswordResets} in the {@code password_resets} table, one row a staff member. */
public final class JdbiPasswordResets implements PasswordResets {

  private final JdbiTransactions transactions;

  public JdbiPasswordResets(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void replace(PasswordReset reset) {
    Objects.requireNonNull(reset, "reset must not be null");
    transactions.inTransactionWithHandle(handle -> {
      handle
          .createUpdate("delete from password_resets where staff_id = :staff")
          .bind("staff", reset.staff().toString())
          .execute();
      return handle
          .createUpdate(
              """
              insert into password_resets (staff_id, token_digest, issued_at, expires_at)
              values (:staff, :digest, :issuedAt, :expiresAt)\
              """)
          .bind("staff", reset.staff().toString())
          .bind("digest", reset.tokenDigest())
          .bind("issuedAt", utc(reset.issuedAt()))
          .bind("expiresAt", utc(reset.expiresAt()))
          .execute();
    });
  }

  @Override
  public Optional<PasswordReset> find(String tokenDigest) {
    Objects.requireNonNull(tokenDigest, "token digest must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select staff_id, token_digest, issued_at, expires_at from password_resets
                 where token_digest = :digest\
                """)
            .bind("digest", tokenDigest)
            .map(JdbiPasswordResets::reset)
            .findOne());
  }

  @Override
  public boolean spend(String tokenDigest) {
    Objects.requireNonNull(tokenDigest, "token digest must not be null");
    // One delete, not a read then a delete: of two racing uses, the database lets one remove it.
    return transactions.withHandle(handle ->
        handle
            .createUpdate("delete from password_resets where token_digest = :digest")
            .bind("digest", tokenDigest)
            .execute())
        > 0;
  }

  private static PasswordReset reset(ResultSet rs, StatementContext context) throws SQLException {
    return new PasswordReset(
        StaffId.parse(rs.getString("staff_id")),
        rs.getString("token_digest"),
        instant(rs, "issued_at"),
        instant(rs, "expires_at"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
