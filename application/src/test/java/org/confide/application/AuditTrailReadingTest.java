package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.confide.application.port.in.BrowseAuditTrailUseCase;
import org.confide.application.port.in.BrowseAuditTrailUseCase.AuditPage;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.ChainVerdict;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** Administrators and safeguarding leads read the audit trail a page at a time, and check it. */
class AuditTrailReadingTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;
  private final Instant from = Fixture.MONDAY_MORNING.minus(Duration.ofDays(1));
  private final Instant to = Fixture.MONDAY_MORNING.plus(Duration.ofDays(1));

  private AuditPage browse(BrowseAuditTrailUseCase.Command command) {
    return confide.browseAuditTrail().browse(fixture.admin, command).orElseThrow();
  }

  @Test
  void pages_run_newest_first_and_the_cursor_continues_where_the_last_ended() {
    for (int i = 0; i < 5; i++) {
      fixture.advance(Duration.ofMinutes(1));
      fixture.logIn("adviser@example.ac.uk");
    }
    var filter =
        new BrowseAuditTrailUseCase.Command(
            from,
            to,
            Optional.of(AuditAction.STAFF_LOGGED_IN),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            3);

    var first = browse(filter);
    var second = browse(filter.after(first.next().orElseThrow()));

    assertThat(first.events()).hasSize(3).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    assertThat(second.events()).isNotEmpty().doesNotContainAnyElementsOf(first.events());
    var all =
        browse(
            new BrowseAuditTrailUseCase.Command(
                from,
                to,
                filter.action(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                1000));
    assertThat(all.next()).isEmpty();
    var bothPages = new java.util.ArrayList<>(first.events());
    bothPages.addAll(second.events());
    assertThat(all.events()).startsWith(bothPages.toArray(AuditEvent[]::new));
  }

  @Test
  void the_filters_narrow_by_actor_and_report() {
    var reference = fixture.submit(Fixture.anonymous("A case.")).reference();
    confide.viewCase().view(fixture.lead, new ViewCaseUseCase.Command(reference));
    var lead = confide.identifyStaff().identify(fixture.lead).orElseThrow().id();

    var aboutCase =
        browse(
            new BrowseAuditTrailUseCase.Command(
                from,
                to,
                Optional.empty(),
                Optional.empty(),
                Optional.of(reference),
                Optional.empty(),
                50));
    var byLead =
        browse(
            new BrowseAuditTrailUseCase.Command(
                from,
                to,
                Optional.empty(),
                Optional.of(Actor.staff(lead)),
                Optional.empty(),
                Optional.empty(),
                50));

    assertThat(aboutCase.events())
        .extracting(AuditEvent::action)
        .contains(AuditAction.REPORT_VIEWED);
    assertThat(aboutCase.events()).allMatch(e -> e.subject().equals(Optional.of(reference)));
    assertThat(byLead.events()).isNotEmpty().allMatch(e -> e.actor().equals(Actor.staff(lead)));
  }

  @Test
  void reading_and_checking_the_trail_are_audited_and_leads_may_do_both() {
    var page =
        confide
            .browseAuditTrail()
            .browse(fixture.lead, BrowseAuditTrailUseCase.Command.between(from, to));
    var verdict = confide.verifyAuditTrail().verify(fixture.lead);

    assertThat(page.isDone()).isTrue();
    assertThat(verdict.orElseThrow()).isInstanceOf(ChainVerdict.Whole.class);
    assertThat(browse(BrowseAuditTrailUseCase.Command.between(from, to)).events())
        .extracting(AuditEvent::action)
        .contains(AuditAction.AUDIT_TRAIL_READ, AuditAction.AUDIT_TRAIL_VERIFIED);
  }

  @Test
  void an_untouched_trail_verifies_whole_counting_every_event() {
    fixture.submit(Fixture.anonymous("A case."));

    var before = fixture.ports.auditTrail().head().position();

    var verdict = confide.verifyAuditTrail().verify(fixture.admin).orElseThrow();

    assertThat(verdict).isEqualTo(new ChainVerdict.Whole(before));
  }

  @Test
  void a_bad_period_cursor_or_size_is_refused_naming_each() {
    var command =
        new BrowseAuditTrailUseCase.Command(
            to,
            from,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("not-a-cursor"),
            0);

    var outcome = confide.browseAuditTrail().browse(fixture.admin, command);

    assertThat(outcome).is(failedWith(Failure.Invalid.class));
    assertThat(org.confide.testing.Failures.fields(outcome))
        .containsExactly("from", "after", "limit");
  }

  @Test
  void advisers_and_analysts_may_not_read_it() {
    assertThat(
            confide
                .browseAuditTrail()
                .browse(fixture.adviser, BrowseAuditTrailUseCase.Command.between(from, to)))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(confide.verifyAuditTrail().verify(fixture.analyst))
        .is(failedWith(Failure.Forbidden.class));
  }
}
