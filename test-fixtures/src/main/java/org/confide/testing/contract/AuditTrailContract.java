package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.aLogIn;
import static org.confide.testing.TestData.anEvent;
import static org.confide.testing.TestReports.aReference;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.application.port.out.AuditTrail;
import org.confide.application.port.out.AuditTrail.Listed;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditChain;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.audit.AuditFilter;
import org.confide.domain.audit.ChainLink;
import org.confide.domain.audit.ChainVerdict;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.Role;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link AuditTrail} adapter: events are stored whole and never change.
 * {@code between} returns the events at or after {@code from} and before {@code to}, optionally
 * only those about one report, oldest first whatever order they were appended in, at most {@code
 * limit} (the oldest ones). {@code newestFirst} lists the events a filter lets through, newest
 * first (then latest appended first), continuing after a listed event's position. Every append
 * takes the next position of one hash chain ({@link AuditChain#link}) and becomes the head, so
 * walking {@code chain} from the start against {@code head} finds it whole. A list once returned
 * does not change. Concurrent appends lose nothing and keep one chain.
 *
 * <p>{@link #trail()} must return the same adapter, empty, throughout one test.
 */
public abstract class AuditTrailContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant LATER = T0.plusSeconds(3600);

  /** For a subclass that runs this contract against one adapter. */
  protected AuditTrailContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract AuditTrail trail();

  @Nested
  class Reading {

    @Test
    void events_are_read_back_whole_oldest_first() {
      var report = aReference();
      var third = anEvent(T0.plusSeconds(20), report);
      var first = aLogIn(T0);
      var second = anEvent(T0.plusSeconds(10), report);
      trail().append(third);
      trail().append(first);
      trail().append(second);

      assertThat(trail().between(T0, LATER, Optional.empty(), 10))
          .containsExactly(first, second, third);
    }

    @Test
    void a_coded_note_is_read_back_with_its_code_and_arguments_and_chains_whole() {
      var report = aReference();
      var roles =
          AuditEvent.coded(
              AuditEventId.generate(ThreadLocalRandom.current()),
              T0,
              Actor.system(),
              AuditAction.STAFF_CREATED,
              Optional.empty(),
              AuditDetail.of(
                  AuditDetailCode.ACCOUNT_ROLES,
                  "0b5c3e9e-6f51-4b8e-9a55-0d8f1f1c7a21",
                  List.of(Role.ADVISER, Role.SAFEGUARDING_LEAD)));
      var paused =
          AuditEvent.coded(
              AuditEventId.generate(ThreadLocalRandom.current()),
              T0.plusSeconds(1),
              Actor.system(),
              AuditAction.CODE_SIGN_IN_PAUSED,
              Optional.empty(),
              AuditDetail.of(AuditDetailCode.CODES_PAUSED, 5, 15L));
      var escalated =
          AuditEvent.coded(
              AuditEventId.generate(ThreadLocalRandom.current()),
              T0.plusSeconds(2),
              Actor.system(),
              AuditAction.ESCALATION_RAISED,
              Optional.of(report),
              AuditDetail.of(
                  AuditDetailCode.AUTOMATIC,
                  List.of(RiskReason.UNDER_18, RiskReason.IMMEDIATE_DANGER)));
      var page =
          AuditEvent.coded(
              AuditEventId.generate(ThreadLocalRandom.current()),
              T0.plusSeconds(3),
              Actor.system(),
              AuditAction.PAGE_CHANGED,
              Optional.empty(),
              AuditDetail.of(AuditDetailCode.PAGE, "support", Language.WELSH));
      for (var event : List.of(roles, paused, escalated, page)) {
        trail().append(event);
      }

      var read = trail().between(T0, LATER, Optional.empty(), 10);
      assertThat(read).containsExactly(roles, paused, escalated, page);
      assertThat(read.get(1).coded().orElseThrow().arguments()).containsExactly(5L, 15L);
      assertThat(read.get(1).detail()).isEqualTo("5 wrong codes in a row; paused for 15 minutes");
      assertThat(read.get(2).detail()).isEqualTo("automatic: [UNDER_18, IMMEDIATE_DANGER]");
      assertThat(
              trail().newestFirst(AuditFilter.between(T0, LATER), Optional.empty(), 10).getFirst())
          .extracting(Listed::event)
          .isEqualTo(page);
      assertThat(AuditChain.verify(trail().head(), after -> trail().chain(after, 3)))
          .isEqualTo(new ChainVerdict.Whole(4));
    }

    @Test
    void a_note_that_is_not_coded_is_read_back_as_written_and_uncoded() {
      var old = aLogIn(T0);
      var none =
          AuditEvent.of(
              AuditEventId.generate(ThreadLocalRandom.current()),
              T0.plusSeconds(1),
              Actor.reporter(),
              AuditAction.MESSAGE_SENT,
              aReference(),
              "");
      trail().append(old);
      trail().append(none);

      var read = trail().between(T0, LATER, Optional.empty(), 10);
      assertThat(read).containsExactly(old, none);
      assertThat(read).allSatisfy(event -> assertThat(event.coded()).isEmpty());
      assertThat(read.getFirst().detail()).isEqualTo("password");
    }

    @Test
    void from_is_inclusive_and_to_exclusive() {
      var atFrom = aLogIn(T0);
      var justBeforeTo = aLogIn(LATER.minusMillis(1));
      trail().append(aLogIn(T0.minusMillis(1)));
      trail().append(atFrom);
      trail().append(justBeforeTo);
      trail().append(aLogIn(LATER));

      assertThat(trail().between(T0, LATER, Optional.empty(), 10))
          .containsExactly(atFrom, justBeforeTo);
    }

    @Test
    void events_can_be_read_for_one_report() {
      var report = aReference();
      var about = anEvent(T0, report);
      trail().append(about);
      trail().append(anEvent(T0, aReference()));
      trail().append(aLogIn(T0));

      assertThat(trail().between(T0, LATER, Optional.of(report), 10)).containsExactly(about);
      assertThat(trail().between(T0, LATER, Optional.of(aReference()), 10)).isEmpty();
    }

    @Test
    void the_limit_keeps_the_oldest() {
      var first = aLogIn(T0);
      var second = aLogIn(T0.plusSeconds(1));
      trail().append(aLogIn(T0.plusSeconds(2)));
      trail().append(second);
      trail().append(first);

      assertThat(trail().between(T0, LATER, Optional.empty(), 2)).containsExactly(first, second);
      assertThat(trail().between(T0, LATER, Optional.empty(), 0)).isEmpty();
    }

    @Test
    void a_list_once_returned_does_not_change_with_later_appends() {
      var first = aLogIn(T0);
      trail().append(first);

      var read = trail().between(T0, LATER, Optional.empty(), 10);
      trail().append(aLogIn(T0.plusSeconds(1)));

      assertThat(read).containsExactly(first);
    }
  }

  @Nested
  class Listing {

    @Test
    void events_are_listed_newest_first_and_paged_after_a_position() {
      var first = aLogIn(T0);
      var second = aLogIn(T0.plusSeconds(1));
      var sameInstant = aLogIn(T0.plusSeconds(1));
      var last = aLogIn(T0.plusSeconds(2));
      trail().append(second);
      trail().append(last);
      trail().append(first);
      trail().append(sameInstant);
      var all = AuditFilter.between(T0, LATER);

      var page = trail().newestFirst(all, Optional.empty(), 2);
      var rest = trail().newestFirst(all, Optional.of(page.getLast().position()), 10);

      assertThat(page).extracting(Listed::event).containsExactly(last, sameInstant);
      assertThat(rest).extracting(Listed::event).containsExactly(second, first);
      assertThat(trail().newestFirst(all, Optional.of(rest.getLast().position()), 10)).isEmpty();
    }

    @Test
    void the_filter_narrows_by_period_action_actor_and_report() {
      var report = aReference();
      var viewed = anEvent(T0.plusSeconds(1), report);
      var logIn = aLogIn(T0.plusSeconds(2));
      var byConfide =
          AuditEvent.of(
              anId(), T0.plusSeconds(3), Actor.system(), AuditAction.RESPONSE_OVERDUE, report, "");
      trail().append(viewed);
      trail().append(logIn);
      trail().append(byConfide);
      trail().append(aLogIn(LATER));
      var all = AuditFilter.between(T0, LATER);

      assertThat(events(all)).containsExactly(byConfide, logIn, viewed);
      assertThat(
              events(
                  new AuditFilter(
                      T0,
                      LATER,
                      Optional.of(AuditAction.STAFF_LOGGED_IN),
                      Optional.empty(),
                      Optional.empty())))
          .containsExactly(logIn);
      assertThat(
              events(
                  new AuditFilter(
                      T0, LATER, Optional.empty(), Optional.of(viewed.actor()), Optional.empty())))
          .containsExactly(viewed);
      assertThat(
              events(
                  new AuditFilter(
                      T0, LATER, Optional.empty(), Optional.of(Actor.system()), Optional.empty())))
          .containsExactly(byConfide);
      assertThat(
              events(
                  new AuditFilter(
                      T0, LATER, Optional.empty(), Optional.empty(), Optional.of(report))))
          .containsExactly(byConfide, viewed);
    }

    private List<AuditEvent> events(AuditFilter filter) {
      return trail().newestFirst(filter, Optional.empty(), 100).stream()
          .map(Listed::event)
          .toList();
    }
  }

  @Nested
  class Chain {

    @Test
    void an_empty_trail_has_the_start_as_its_head() {
      assertThat(trail().head()).isEqualTo(ChainLink.START);
      assertThat(trail().chain(0, 10)).isEmpty();
    }

    @Test
    void each_append_takes_the_next_link_and_becomes_the_head() {
      var first = aLogIn(T0.plusSeconds(5));
      var second = anEvent(T0, aReference());
      trail().append(first);
      trail().append(second);

      var chain = trail().chain(0, 10);

      var firstLink = AuditChain.link(ChainLink.START, first);
      assertThat(chain).extracting(c -> c.link().position()).containsExactly(1L, 2L);
      assertThat(chain.getFirst().link()).isEqualTo(firstLink);
      assertThat(chain.getLast().link()).isEqualTo(AuditChain.link(firstLink, second));
      assertThat(trail().head()).isEqualTo(chain.getLast().link());
      assertThat(trail().chain(1, 10)).containsExactly(chain.getLast());
      assertThat(verdict()).isEqualTo(new ChainVerdict.Whole(2));
    }

    @Test
    void concurrent_appends_keep_one_whole_chain() {
      var appended =
          Concurrently.run((thread, step) -> {
            var event = aLogIn(T0.plusMillis(thread * 1000L + step));
            trail().append(event);
            return event;
          });

      assertThat(verdict()).isEqualTo(new ChainVerdict.Whole(appended.size()));
      assertThat(trail().head().position()).isEqualTo(appended.size());
    }

    private ChainVerdict verdict() {
      return AuditChain.verify(trail().head(), after -> trail().chain(after, 100));
    }
  }

  private static org.confide.domain.audit.AuditEventId anId() {
    return org.confide.domain.audit.AuditEventId.generate(
        java.util.concurrent.ThreadLocalRandom.current());
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_appends_lose_no_event() {
      var report = aReference();

      var appended =
          Concurrently.run((thread, step) -> {
            var event = anEvent(T0.plusMillis(thread * 1000L + step), report);
            trail().append(event);
            return event;
          });

      assertThat(trail().between(T0, LATER, Optional.of(report), 10_000))
          .containsExactlyInAnyOrderElementsOf(appended)
          .isSortedAccordingTo(Comparator.comparing(AuditEvent::at));
    }
  }
}
