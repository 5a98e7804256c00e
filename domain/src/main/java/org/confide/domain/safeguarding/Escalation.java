package org.confide.domain.safeguarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.confide.domain.safeguarding.EscalationDecision.Decided;
import org.confide.domain.safeguarding.EscalationDecision.NotAllowed;
import org.confide.domain.safeguarding.EscalationState.Acknowledged;
import org.confide.domain.safeguarding.EscalationState.Closed;
import org.confide.domain.safeguarding.EscalationState.Open;
import org.confide.domain.safeguarding.EscalationState.Raised;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * A serious safeguarding concern about one report, put before the safeguarding leads: raised by the
 * risk policy or by hand, then acknowledged, referred to an outside body or stood down, each step
 * by a lead with a written rationale. Immutable: a decision returns a new escalation.
 */
public final class Escalation {

  private static final String NOT_A_LEAD = "Only a safeguarding lead may decide an escalation";
  private static final String CLOSED = "This escalation has already been closed";
  private static final String ACKNOWLEDGED = "This escalation has already been acknowledged";

  private final EscalationId id;
  private final ReportReference reference;
  private final List<EscalationState> history;

  private Escalation(EscalationId id, ReportReference reference, List<EscalationState> history) {
    this.id = id;
    this.reference = reference;
    this.history = history;
  }

  /** Raised by the risk policy when a report is assessed as urgent, with the policy's reasons. */
  public static Escalation raiseAutomatically(
      EscalationId id, ReportReference reference, Instant at, List<String> reasons) {
    return raise(id, reference, new Raised(at, new EscalationTrigger.Automatic(reasons)));
  }

  /** Raised by hand by the staff member {@code by}, who must say why. */
  public static Escalation raiseByHand(
      EscalationId id, ReportReference reference, StaffId by, Instant at, Rationale reason) {
    return raise(id, reference, new Raised(at, new EscalationTrigger.ByHand(by, reason)));
  }

  /**
   * An escalation as stored; throws unless {@code history} starts with the raising and each later
   * step is an allowed transition no earlier than the one before.
   */
  public static Escalation reconstitute(
      EscalationId id, ReportReference reference, List<EscalationState> history) {
    Objects.requireNonNull(id, "escalation id must not be null");
    Objects.requireNonNull(reference, "escalation reference must not be null");
    var steps = List.copyOf(Objects.requireNonNull(history, "history must not be null"));
    if (steps.isEmpty() || !(steps.getFirst() instanceof Raised)) {
      throw new IllegalArgumentException("history must start with the escalation being raised");
    }
    for (int i = 1; i < steps.size(); i++) {
      var from = steps.get(i - 1);
      var to = steps.get(i);
      if (!allowed(from, to)) {
        throw new IllegalArgumentException(
            "history must not go from " + from.status() + " to " + to.status());
      }
      if (to.at().isBefore(from.at())) {
        throw new IllegalArgumentException("history steps must be in time order");
      }
    }
    return new Escalation(id, reference, steps);
  }

  /** A lead takes the escalation on; only a raised escalation can be acknowledged. */
  public EscalationDecision acknowledge(
      EscalationDecider decider, Instant at, Rationale rationale) {
    Objects.requireNonNull(rationale, "rationale must not be null");
    if (!decider.isSafeguardingLead()) {
      return new NotAllowed(NOT_A_LEAD);
    }
    return switch (state()) {
      case Raised raised -> append(raised.acknowledge(decider.staff(), at, rationale));
      case Acknowledged acknowledged -> new NotAllowed(ACKNOWLEDGED);
      case Closed closed -> new NotAllowed(CLOSED);
    };
  }

  /** A lead refers the case to {@code to}, a police force, social services or another body. */
  public EscalationDecision refer(
      EscalationDecider decider, Instant at, ReferralBody to, Rationale rationale) {
    Objects.requireNonNull(rationale, "rationale must not be null");
    if (!decider.isSafeguardingLead()) {
      return new NotAllowed(NOT_A_LEAD);
    }
    return switch (state()) {
      case Open open -> append(open.refer(decider.staff(), at, to, rationale));
      case Closed closed -> new NotAllowed(CLOSED);
    };
  }

  /** A lead decides no referral is needed. */
  public EscalationDecision standDown(EscalationDecider decider, Instant at, Rationale rationale) {
    Objects.requireNonNull(rationale, "rationale must not be null");
    if (!decider.isSafeguardingLead()) {
      return new NotAllowed(NOT_A_LEAD);
    }
    return switch (state()) {
      case Open open -> append(open.standDown(decider.staff(), at, rationale));
      case Closed closed -> new NotAllowed(CLOSED);
    };
  }

  /**
   * Whether a lead should have acknowledged it by now: it is still only raised and {@code now} is
   * after {@code acknowledgementDue}, which the caller works out from the working calendar.
   */
  public boolean acknowledgementOverdue(Instant now, Instant acknowledgementDue) {
    Objects.requireNonNull(now, "now must not be null");
    Objects.requireNonNull(acknowledgementDue, "acknowledgement due must not be null");
    return state() instanceof Raised && now.isAfter(acknowledgementDue);
  }

  /** This escalation's id. */
  public EscalationId id() {
    return id;
  }

  /** The report it is about. */
  public ReportReference reference() {
    return reference;
  }

  /** Every step so far, oldest first, starting with the raising: the record for the case page. */
  public List<EscalationState> history() {
    return history;
  }

  /** The latest step. */
  public EscalationState state() {
    return history.getLast();
  }

  /** Where it stands. */
  public EscalationStatus status() {
    return state().status();
  }

  /** Whether a lead still has a decision to make. */
  public boolean isOpen() {
    return state() instanceof Open;
  }

  /** When it was raised. */
  public Instant raisedAt() {
    return raising().at();
  }

  /** What raised it. */
  public EscalationTrigger trigger() {
    return raising().trigger();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Escalation that
        && id.equals(that.id)
        && reference.equals(that.reference)
        && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, reference, history);
  }

  @Override
  public String toString() {
    return "Escalation[" + id + ", " + reference + ", " + status() + "]";
  }

  private static Escalation raise(EscalationId id, ReportReference reference, Raised raised) {
    return reconstitute(id, reference, List.of(raised));
  }

  private static boolean allowed(EscalationState from, EscalationState to) {
    return switch (from) {
      case Raised raised -> !(to instanceof Raised);
      case Acknowledged acknowledged -> to instanceof Closed;
      case Closed closed -> false;
    };
  }

  private Raised raising() {
    return (Raised) history.getFirst();
  }

  private EscalationDecision append(EscalationState step) {
    if (step.at().isBefore(state().at())) {
      throw new IllegalArgumentException("decided at must not be before the previous step");
    }
    var appended = new ArrayList<>(history);
    appended.add(step);
    return new Decided(new Escalation(id, reference, List.copyOf(appended)));
  }
}
