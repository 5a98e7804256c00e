package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.OwnSessionsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.audit.AuditAction;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** A staff member sees their own sessions, and ends any of them; never another member's. */
class OwnSessionsTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private java.util.List<OwnSessionsUseCase.ActiveSession> sessionsOf(SessionToken session) {
    return confide.ownSessions().list(session).orElseThrow();
  }

  @Test
  void a_member_sees_each_of_their_sessions_with_when_it_began_was_used_and_ends() {
    fixture.clock.advance(Duration.ofMinutes(5));
    var second = fixture.logIn("adviser@example.ac.uk");

    var listed = sessionsOf(second);

    assertThat(listed).hasSize(2);
    var first = listed.get(0);
    assertThat(first.current()).isFalse();
    assertThat(first.startedAt()).isEqualTo(Fixture.MONDAY_MORNING);
    assertThat(first.expiresAt()).isEqualTo(Fixture.MONDAY_MORNING.plus(Duration.ofMinutes(30)));
    assertThat(listed.get(1).current()).isTrue();
    assertThat(listed.get(1).startedAt()).isEqualTo(fixture.clock.instant());
    assertThat(first.id()).matches("[0-9a-f]{32}").isNotEqualTo(listed.get(1).id());
    assertThat(sessionsOf(fixture.lead)).singleElement().satisfies(s -> assertThat(s.current()));
  }

  @Test
  void ending_a_session_ends_it_alone_and_is_audited() {
    var other = fixture.logIn("adviser@example.ac.uk");
    var elsewhere =
        sessionsOf(fixture.adviser).stream().filter(s -> !s.current()).findFirst().orElseThrow();

    var ended =
        confide.ownSessions().end(fixture.adviser, new OwnSessionsUseCase.Command(elsewhere.id()));

    assertThat(ended.isDone()).isTrue();
    assertThat(confide.identifyStaff().identify(other))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(confide.identifyStaff().identify(fixture.adviser).isDone()).isTrue();
    assertThat(fixture.audited(AuditAction.SESSION_ENDED))
        .singleElement()
        .satisfies(event -> assertThat(event.detail()).isEmpty());
  }

  @Test
  void another_members_session_and_an_unknown_id_are_not_found_and_end_nothing() {
    var leads = sessionsOf(fixture.lead).getFirst();

    assertThat(
            confide.ownSessions().end(fixture.adviser, new OwnSessionsUseCase.Command(leads.id())))
        .is(failedWith(Failure.NotFound.class));
    assertThat(
            confide
                .ownSessions()
                .end(fixture.adviser, new OwnSessionsUseCase.Command("not a session")))
        .is(failedWith(Failure.NotFound.class));
    assertThat(confide.identifyStaff().identify(fixture.lead).isDone()).isTrue();
    assertThat(fixture.audited(AuditAction.SESSION_ENDED)).isEmpty();
  }

  @Test
  void an_expired_session_is_not_listed() {
    var early = fixture.logIn("adviser@example.ac.uk");
    fixture.clock.advance(Duration.ofMinutes(31));
    var now = fixture.logIn("adviser@example.ac.uk");

    assertThat(sessionsOf(now)).singleElement().satisfies(s -> assertThat(s.current()).isTrue());
    assertThat(confide.ownSessions().list(early)).is(failedWith(Failure.Unauthenticated.class));
  }
}
