package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.acknowledged;
import static org.confide.testing.TestData.anEscalation;
import static org.confide.testing.TestData.referred;
import static org.confide.testing.TestData.stoodDown;
import static org.confide.testing.TestReports.aReference;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.application.port.out.Escalations;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Escalations} adapter: an escalation is stored whole — its trigger
 * and every decided step — under its id, and saving again replaces it. A report's escalations and
 * the open ones (raised or acknowledged, not referred or stood down) are listed oldest raised
 * first. A decision not saved is not visible. Concurrent writers lose no escalation.
 *
 * <p>{@link #escalations()} must return the same adapter, empty, throughout one test.
 */
public abstract class EscalationsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** For a subclass that runs this contract against one adapter. */
  protected EscalationsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract Escalations escalations();

  @Nested
  class Saving {

    @Test
    void an_automatic_escalation_is_found_as_saved() {
      var escalation = anEscalation(aReference(), T0);

      escalations().save(escalation);

      assertThat(escalations().find(escalation.id())).contains(escalation);
    }

    @Test
    void an_escalation_raised_by_hand_and_referred_is_found_with_its_history() {
      var raised =
          Escalation.raiseByHand(
              EscalationId.generate(ThreadLocalRandom.current()),
              aReference(),
              StaffId.generate(ThreadLocalRandom.current()),
              T0,
              new Rationale("The reporter mentions a younger sibling at risk"));
      var referred = referred(acknowledged(raised, T0.plusSeconds(60)), T0.plusSeconds(120));

      escalations().save(referred);

      assertThat(escalations().find(referred.id())).contains(referred);
    }

    @Test
    void saving_again_replaces_the_escalation() {
      var raised = anEscalation(aReference(), T0);
      escalations().save(raised);
      var taken = acknowledged(raised, T0.plusSeconds(60));

      escalations().save(taken);

      assertThat(escalations().find(raised.id())).contains(taken);
    }

    @Test
    void an_unknown_id_finds_nothing() {
      escalations().save(anEscalation(aReference(), T0));

      assertThat(escalations().find(anEscalation(aReference(), T0).id())).isEmpty();
    }

    @Test
    void a_decision_not_saved_is_not_visible() {
      var raised = anEscalation(aReference(), T0);
      escalations().save(raised);

      var closed = stoodDown(raised, T0.plusSeconds(60));

      assertThat(closed.status()).isEqualTo(EscalationStatus.STOOD_DOWN);
      assertThat(escalations().find(raised.id())).contains(raised);
      assertThat(escalations().open()).containsExactly(raised);
    }
  }

  @Nested
  class Listing {

    @Test
    void a_reports_escalations_are_listed_oldest_first() {
      var report = aReference();
      var later = save(anEscalation(report, T0.plusSeconds(60)));
      var earlier = save(stoodDown(anEscalation(report, T0), T0.plusSeconds(30)));
      save(anEscalation(aReference(), T0));

      assertThat(escalations().of(report)).containsExactly(earlier, later);
      assertThat(escalations().of(aReference())).isEmpty();
    }

    @Test
    void open_escalations_are_raised_or_acknowledged_oldest_first() {
      var acknowledged =
          save(acknowledged(anEscalation(aReference(), T0.plusSeconds(60)), T0.plusSeconds(90)));
      var raised = save(anEscalation(aReference(), T0));
      var newest = save(anEscalation(aReference(), T0.plusSeconds(120)));
      save(referred(anEscalation(aReference(), T0), T0.plusSeconds(10)));
      save(stoodDown(anEscalation(aReference(), T0), T0.plusSeconds(10)));

      assertThat(escalations().open()).containsExactly(raised, acknowledged, newest);
    }

    @Test
    void an_escalation_decided_stays_on_its_report_record() {
      var report = aReference();
      save(stoodDown(anEscalation(report, T0), T0.plusSeconds(60)));

      assertThat(escalations().existsFor(report)).isTrue();
      assertThat(escalations().existsFor(aReference())).isFalse();
    }
  }

  @Nested
  class Removing {

    @Test
    void removing_a_reports_escalations_leaves_other_reports_alone() {
      var removed = aReference();
      save(anEscalation(removed, T0));
      save(stoodDown(anEscalation(removed, T0), T0.plusSeconds(1)));
      var kept = save(anEscalation(aReference(), T0));

      escalations().removeAll(removed);

      assertThat(escalations().of(removed)).isEmpty();
      assertThat(escalations().existsFor(removed)).isFalse();
      assertThat(escalations().open()).containsExactly(kept);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_escalation() {
      var saved =
          Concurrently.run(
              (thread, step) -> save(anEscalation(aReference(), T0.plusSeconds(step))));

      assertThat(escalations().open()).containsExactlyInAnyOrderElementsOf(saved);
    }

    @Test
    void concurrent_writers_on_one_report_lose_no_escalation() {
      var report = aReference();

      List<Escalation> saved =
          Concurrently.run((thread, step) -> save(anEscalation(report, T0.plusSeconds(step))));

      assertThat(escalations().of(report)).containsExactlyInAnyOrderElementsOf(saved);
    }
  }

  private Escalation save(Escalation escalation) {
    escalations().save(escalation);
    return escalation;
  }
}
