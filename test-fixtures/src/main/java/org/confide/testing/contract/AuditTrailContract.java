package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.aLogIn;
import static org.confide.testing.TestData.anEvent;
import static org.confide.testing.TestReports.aReference;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.confide.application.port.out.AuditTrail;
import org.confide.domain.audit.AuditEvent;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link AuditTrail} adapter: events are stored whole and never change.
 * {@code between} returns the events at or after {@code from} and before {@code to}, optionally
 * only those about one report, oldest first whatever order they were appended in, at most {@code
 * limit} (the oldest ones). A list once returned does not change. Concurrent appends lose nothing.
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
