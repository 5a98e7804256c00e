package org.confide.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");

  private static AuditEvent event(int n) {
    return AuditEvent.of(
        new AuditEventId(new UUID(0, n)),
        T0.plusSeconds(n),
        Actor.staff(new StaffId(new UUID(1, n))),
        AuditAction.REPORT_VIEWED,
        new ReportReference("K7M2Q9XF3A"),
        "note " + n);
  }

  private static List<ChainedEvent> chain(int length) {
    var chain = new ArrayList<ChainedEvent>();
    var link = ChainLink.START;
    for (int n = 1; n <= length; n++) {
      var event = event(n);
      link = AuditChain.link(link, event);
      chain.add(new ChainedEvent(event, link));
    }
    return chain;
  }

  private static ChainVerdict walk(List<ChainedEvent> chain, ChainLink head) {
    var walk = AuditChain.walk();
    for (var next : chain) {
      var broken = walk.next(next);
      if (broken.isPresent()) {
        return broken.get();
      }
    }
    return walk.end(head);
  }

  @Test
  void an_untouched_chain_is_whole() {
    var chain = chain(5);

    assertThat(walk(chain, chain.getLast().link())).isEqualTo(new ChainVerdict.Whole(5));
    assertThat(walk(List.of(), ChainLink.START)).isEqualTo(new ChainVerdict.Whole(0));
  }

  @Test
  void a_coded_note_altered_so_that_it_no_longer_makes_the_detail_breaks_the_chain_there() {
    var chain = new ArrayList<ChainedEvent>();
    var link = ChainLink.START;
    for (int n = 1; n <= 3; n++) {
      var event =
          AuditEvent.coded(
              new AuditEventId(new UUID(0, n)),
              T0.plusSeconds(n),
              Actor.system(),
              AuditAction.QUESTIONNAIRE_ADDED,
              java.util.Optional.empty(),
              AuditDetail.of(AuditDetailCode.VERSION, n));
      link = AuditChain.link(link, event);
      chain.add(new ChainedEvent(event, link));
    }
    var head = chain.getLast().link();
    assertThat(walk(chain, head)).isEqualTo(new ChainVerdict.Whole(3));

    var second = chain.get(1);
    var stored = second.event();
    for (var altered :
        List.of(
            AuditDetail.of(AuditDetailCode.VERSION, 7),
            AuditDetail.of(AuditDetailCode.CHAIN_WHOLE, 2),
            AuditDetail.decode("noSuchCode", "n:2"))) {
      var tampered = new ArrayList<>(chain);
      tampered.set(
          1,
          new ChainedEvent(
              new AuditEvent(
                  stored.id(),
                  stored.at(),
                  stored.actor(),
                  stored.action(),
                  stored.subject(),
                  stored.detail(),
                  java.util.Optional.of(altered)),
              second.link()));

      assertThat(walk(tampered, head))
          .as(altered.toString())
          .isEqualTo(
              new ChainVerdict.Broken(
                  2, "the event at position 2, or the one before it, was changed"));
    }
  }

  @Test
  void the_hash_depends_on_every_field_and_on_the_event_before() {
    var event = event(1);
    var link = AuditChain.link(ChainLink.START, event);
    var otherDetail =
        AuditEvent.of(
            event.id(),
            event.at(),
            event.actor(),
            event.action(),
            event.subject().orElseThrow(),
            "note 2");

    assertThat(link.position()).isEqualTo(1);
    assertThat(AuditChain.link(ChainLink.START, otherDetail).hash()).isNotEqualTo(link.hash());
    assertThat(AuditChain.link(new ChainLink(0, "1".repeat(64)), event).hash())
        .isNotEqualTo(link.hash());
  }

  @Test
  void times_are_sealed_to_the_microsecond_as_databases_keep_them() {
    var event = event(1);
    var truncated =
        new AuditEvent(
            event.id(),
            AuditChain.stored(event.at()),
            event.actor(),
            event.action(),
            event.subject(),
            event.detail());

    assertThat(AuditChain.stored(T0)).isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
    assertThat(AuditChain.link(ChainLink.START, truncated))
        .isEqualTo(AuditChain.link(ChainLink.START, event));
  }

  @Test
  void a_removed_event_is_reported_at_its_position() {
    var chain = new ArrayList<>(chain(5));
    var head = chain.getLast().link();
    chain.remove(2);

    assertThat(walk(chain, head))
        .isEqualTo(new ChainVerdict.Broken(3, "the event at position 3 is missing"));
  }

  @Test
  void a_changed_event_is_reported_at_its_position() {
    var chain = new ArrayList<>(chain(5));
    var head = chain.getLast().link();
    var original = chain.get(1);
    var changed =
        new AuditEvent(
            original.event().id(),
            original.event().at(),
            original.event().actor(),
            original.event().action(),
            original.event().subject(),
            "something else");
    chain.set(1, new ChainedEvent(changed, original.link()));

    assertThat(walk(chain, head)).isInstanceOf(ChainVerdict.Broken.class);
    assertThat(((ChainVerdict.Broken) walk(chain, head)).position()).isEqualTo(2);
  }

  @Test
  void events_removed_from_the_end_show_against_the_recorded_head() {
    var chain = new ArrayList<>(chain(5));
    var head = chain.getLast().link();
    chain.removeLast();

    assertThat(walk(chain, head))
        .isEqualTo(new ChainVerdict.Broken(5, "the events from position 5 on are missing"));
  }
}
