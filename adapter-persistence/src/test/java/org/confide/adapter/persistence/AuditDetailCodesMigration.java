package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditChain;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.audit.ChainLink;
import org.confide.domain.audit.ChainVerdict;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

/**
 * Migration 38 on a database with an audit event recorded before it: the event keeps its English
 * detail, uncoded, and its place in the chain; an event recorded after it is coded, and the chain
 * holds across both.
 */
abstract class AuditDetailCodesMigration extends OnAFreshDatabase {

  private static final Instant BEFORE = Instant.parse("2026-11-02T10:15:30.123456Z");

  @Test
  void an_event_recorded_before_it_stays_uncoded_and_the_chain_whole() {
    flyway()
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows(), new FewerIndexesOnANewReport())
        .placeholders(java.util.Map.of("firstLanguage", "en"))
        .target("36")
        .load()
        .migrate();
    var old =
        AuditEvent.of(
            new AuditEventId(new UUID(0, 1)),
            BEFORE,
            Actor.staff(new StaffId(new UUID(1, 1))),
            AuditAction.QUESTIONNAIRE_PUT_IN_USE,
            "version 4 in place of version 3");
    var link = AuditChain.link(ChainLink.START, old);
    jdbi()
        .useHandle(handle -> {
          handle
              .createUpdate(
                  "insert into audit_events (id, at, actor_kind, actor_staff, action, detail,"
                      + " chain_position, chain_hash)"
                      + " values (:id, :at, 'STAFF', :staff, :action, :detail, :position, :hash)")
              .bind("id", old.id().toString())
              .bind("at", BEFORE.atOffset(ZoneOffset.UTC))
              .bind("staff", new UUID(1, 1).toString())
              .bind("action", old.action().name())
              .bind("detail", old.detail())
              .bind("position", link.position())
              .bind("hash", link.hash())
              .execute();
          handle
              .createUpdate(
                  "insert into audit_chain_head (id, position, hash) values (1, :position, :hash)")
              .bind("position", link.position())
              .bind("hash", link.hash())
              .execute();
        });

    try (var database = open()) {
      var trail = new JdbiAuditTrail(database.transactions());
      var coded =
          AuditEvent.coded(
              new AuditEventId(new UUID(0, 2)),
              BEFORE.plusSeconds(60),
              Actor.system(),
              AuditAction.QUESTIONNAIRE_ADDED,
              Optional.empty(),
              AuditDetail.of(AuditDetailCode.VERSION, 5));
      trail.append(coded);

      var read = trail.between(BEFORE, BEFORE.plusSeconds(120), Optional.empty(), 10);
      assertThat(read).containsExactly(old, coded);
      assertThat(read.getFirst().coded()).isEmpty();
      assertThat(read.getFirst().detail()).isEqualTo("version 4 in place of version 3");
      assertThat(read.getLast().coded()).contains(AuditDetail.of(AuditDetailCode.VERSION, 5));
      assertThat(AuditChain.verify(trail.head(), after -> trail.chain(after, 10)))
          .isEqualTo(new ChainVerdict.Whole(2));
    }
  }
}
