package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.aSession;
import static org.confide.testing.TestData.aSessionDigest;
import static org.confide.testing.TestReports.aReference;

import java.time.Instant;
import org.confide.application.port.out.Sessions;
import org.confide.domain.session.Session;
import org.confide.domain.session.Session.Subject;
import org.confide.testing.Concurrently;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Sessions} adapter: sessions of reporters and staff are stored whole
 * under their digest. {@code touch} moves the last-seen time forward, never back. Sessions end one
 * at a time, all of one subject at once, or by expiry: {@code removeExpired} removes those created
 * strictly before one instant or last seen strictly before another, and counts them. A session
 * changed without {@code touch} is not changed in the store. Concurrent writers lose no session.
 *
 * <p>{@link #sessions()} must return the same adapter, empty, throughout one test.
 */
public abstract class SessionsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** For a subclass that runs this contract against one adapter. */
  protected SessionsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract Sessions sessions();

  private final Subject reporter = new Subject.Reporter(aReference());
  private final Subject staff = new Subject.Staff(TestStaff.aStaffId());

  @Nested
  class Creating {

    @Test
    void sessions_of_reporters_and_staff_are_found_whole() {
      var reporters = aSession(reporter, T0, T0.plusSeconds(5));
      var staffs = aSession(staff, T0);

      sessions().create(reporters);
      sessions().create(staffs);

      assertThat(sessions().find(reporters.digest())).contains(reporters);
      assertThat(sessions().find(staffs.digest())).contains(staffs);
    }

    @Test
    void a_staff_session_keeps_whether_the_identity_provider_proved_a_second_factor() {
      var byProvider = new Session(aSessionDigest(), staff, T0, T0, true);
      var byConfide = aSession(staff, T0);

      sessions().create(byProvider);
      sessions().create(byConfide);

      assertThat(sessions().find(byProvider.digest())).contains(byProvider);
      assertThat(sessions().find(byProvider.digest()).orElseThrow().secondFactorByProvider())
          .isTrue();
      assertThat(sessions().find(byConfide.digest()).orElseThrow().secondFactorByProvider())
          .isFalse();
    }

    @Test
    void an_unknown_digest_finds_nothing() {
      sessions().create(aSession(staff, T0));

      assertThat(sessions().find(aSessionDigest())).isEmpty();
    }
  }

  @Nested
  class Touching {

    @Test
    void touching_records_the_last_use() {
      var session = aSession(staff, T0);
      sessions().create(session);

      sessions().touch(session.digest(), T0.plusSeconds(60));

      assertThat(sessions().find(session.digest())).contains(session.seenAt(T0.plusSeconds(60)));
    }

    @Test
    void touching_with_an_earlier_time_does_not_move_the_last_use_back() {
      var session = aSession(staff, T0, T0.plusSeconds(60));
      sessions().create(session);

      sessions().touch(session.digest(), T0.plusSeconds(30));

      assertThat(sessions().find(session.digest())).contains(session);
    }

    @Test
    void touching_a_session_that_is_gone_does_nothing() {
      var digest = aSessionDigest();

      sessions().touch(digest, T0);

      assertThat(sessions().find(digest)).isEmpty();
    }

    @Test
    void a_session_seen_later_but_not_touched_is_unchanged_in_the_store() {
      var session = aSession(staff, T0);
      sessions().create(session);

      var seen = session.seenAt(T0.plusSeconds(60));

      assertThat(seen.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
      assertThat(sessions().find(session.digest())).contains(session);
    }
  }

  @Nested
  class Ending {

    @Test
    void a_removed_session_is_gone_and_others_stay() {
      var removed = aSession(staff, T0);
      var kept = aSession(staff, T0);
      sessions().create(removed);
      sessions().create(kept);

      sessions().remove(removed.digest());
      sessions().remove(aSessionDigest());

      assertThat(sessions().find(removed.digest())).isEmpty();
      assertThat(sessions().find(kept.digest())).contains(kept);
    }

    @Test
    void every_session_of_one_holder_is_listed_oldest_first_and_no_other() {
      var later = aSession(staff, T0.plusSeconds(60));
      var earlier = aSession(staff, T0, T0.plusSeconds(90));
      var others = aSession(new Subject.Staff(TestStaff.aStaffId()), T0);
      var reporters = aSession(reporter, T0);
      for (var session : new Session[] {later, earlier, others, reporters}) {
        sessions().create(session);
      }

      assertThat(sessions().all(staff)).containsExactly(earlier, later);
      assertThat(sessions().all(reporter)).containsExactly(reporters);
      assertThat(sessions().all(new Subject.Staff(TestStaff.aStaffId()))).isEmpty();
    }

    @Test
    void removing_all_of_a_subject_ends_only_their_sessions() {
      var first = aSession(reporter, T0);
      var second = aSession(reporter, T0.plusSeconds(1));
      var otherReporter = aSession(new Subject.Reporter(aReference()), T0);
      var staffs = aSession(staff, T0);
      sessions().create(first);
      sessions().create(second);
      sessions().create(otherReporter);
      sessions().create(staffs);

      sessions().removeAll(reporter);

      assertThat(sessions().find(first.digest())).isEmpty();
      assertThat(sessions().find(second.digest())).isEmpty();
      assertThat(sessions().find(otherReporter.digest())).contains(otherReporter);
      assertThat(sessions().find(staffs.digest())).contains(staffs);
    }

    @Test
    void expired_sessions_are_those_created_or_last_seen_before_the_cutoffs() {
      var createdBefore = T0.plusSeconds(3600);
      var idleBefore = T0.plusSeconds(7200);
      var tooOld = aSession(staff, T0, T0.plusSeconds(9000));
      var idle = aSession(staff, T0.plusSeconds(4000), T0.plusSeconds(7199));
      var atBothCutoffs = aSession(staff, createdBefore, idleBefore);
      var fresh = aSession(reporter, T0.plusSeconds(5000), T0.plusSeconds(9000));
      for (var session : new Session[] {tooOld, idle, atBothCutoffs, fresh}) {
        sessions().create(session);
      }

      assertThat(sessions().removeExpired(createdBefore, idleBefore)).isEqualTo(2);

      assertThat(sessions().find(tooOld.digest())).isEmpty();
      assertThat(sessions().find(idle.digest())).isEmpty();
      assertThat(sessions().find(atBothCutoffs.digest())).contains(atBothCutoffs);
      assertThat(sessions().find(fresh.digest())).contains(fresh);
      assertThat(sessions().removeExpired(createdBefore, idleBefore)).isZero();
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_session() {
      var created =
          Concurrently.run((thread, step) -> {
            var session = aSession(staff, T0);
            sessions().create(session);
            return session;
          });

      assertThat(created)
          .allSatisfy(session -> assertThat(sessions().find(session.digest())).contains(session));
      assertThat(sessions().removeExpired(T0.plusSeconds(1), T0)).isEqualTo(created.size());
    }

    @Test
    void concurrent_touches_keep_the_latest_use() {
      var session = aSession(staff, T0);
      sessions().create(session);

      Concurrently.run((thread, step) -> {
        sessions().touch(session.digest(), T0.plusSeconds(thread * 1000L + step));
        return null;
      });

      var latest = T0.plusSeconds((Concurrently.THREADS - 1) * 1000L + Concurrently.TIMES - 1);
      assertThat(sessions().find(session.digest())).contains(session.seenAt(latest));
    }
  }
}
