package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditChain;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.audit.ChainVerdict;
import org.confide.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows of the audit trail edited behind Confide's back, with plain JDBC, show as a broken chain at
 * the row edited; run on H2 and on PostgreSQL.
 */
abstract class TamperedAuditTrail {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** The database, migrated and empty. */
  abstract Database database();

  /** A plain JDBC connection to it, as someone with the owner's rights would open. */
  abstract Connection connection() throws SQLException;

  private JdbiAuditTrail trail;

  @BeforeEach
  void fiveEvents() {
    trail = new JdbiAuditTrail(database().transactions());
    for (int i = 0; i < 5; i++) {
      trail.append(TestData.aLogIn(T0.plusSeconds(i)));
    }
  }

  private ChainVerdict verdict() {
    return AuditChain.verify(trail.head(), after -> trail.chain(after, 2));
  }

  private void execute(String sql) throws SQLException {
    try (var connection = connection();
        var statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  @Test
  void an_untouched_trail_is_whole() {
    assertThat(verdict()).isEqualTo(new ChainVerdict.Whole(5));
  }

  @Test
  void a_detail_changed_in_the_database_breaks_the_chain_at_that_event() throws SQLException {
    execute("update audit_events set detail = 'nothing happened' where chain_position = 3");

    assertThat(verdict())
        .isEqualTo(
            new ChainVerdict.Broken(
                3, "the event at position 3, or the one before it, was changed"));
  }

  @Test
  void a_coded_note_altered_in_the_database_breaks_the_chain_at_that_event() throws SQLException {
    trail.append(aVersionAdded(6, 4));
    trail.append(aVersionAdded(7, 5));
    assertThat(verdict()).isEqualTo(new ChainVerdict.Whole(7));

    execute("update audit_events set detail_arguments = 'n:9' where chain_position = 6");
    assertThat(verdict())
        .isEqualTo(
            new ChainVerdict.Broken(
                6, "the event at position 6, or the one before it, was changed"));

    execute("update audit_events set detail_arguments = 'n:4' where chain_position = 6");
    assertThat(verdict()).isEqualTo(new ChainVerdict.Whole(7));

    execute("update audit_events set detail_code = 'chain.whole' where chain_position = 6");
    assertThat(verdict()).isInstanceOf(ChainVerdict.Broken.class);
    assertThat(((ChainVerdict.Broken) verdict()).position()).isEqualTo(6);

    execute("update audit_events set detail_code = 'no.such.code' where chain_position = 6");
    assertThat(((ChainVerdict.Broken) verdict()).position()).isEqualTo(6);
  }

  private static AuditEvent aVersionAdded(int second, int version) {
    return AuditEvent.coded(
        AuditEventId.generate(ThreadLocalRandom.current()),
        T0.plusSeconds(second),
        Actor.system(),
        AuditAction.QUESTIONNAIRE_ADDED,
        Optional.empty(),
        AuditDetail.of(AuditDetailCode.VERSION, version));
  }

  @Test
  void a_row_rewritten_with_a_fresh_hash_still_breaks_the_next_link() throws SQLException {
    execute(
        "update audit_events set detail = 'nothing happened', chain_hash = '"
            + "a".repeat(64)
            + "' where chain_position = 2");

    assertThat(verdict()).isInstanceOf(ChainVerdict.Broken.class);
    assertThat(((ChainVerdict.Broken) verdict()).position()).isEqualTo(2);
  }

  @Test
  void a_deleted_row_breaks_the_chain_where_it_was() throws SQLException {
    execute("delete from audit_events where chain_position = 4");

    assertThat(verdict())
        .isEqualTo(new ChainVerdict.Broken(4, "the event at position 4 is missing"));
  }

  @Test
  void the_last_rows_deleted_show_against_the_recorded_head() throws SQLException {
    execute("delete from audit_events where chain_position >= 4");

    assertThat(verdict())
        .isEqualTo(new ChainVerdict.Broken(4, "the events from position 4 on are missing"));
  }
}
