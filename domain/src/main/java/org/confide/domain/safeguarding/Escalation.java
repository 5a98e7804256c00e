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
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * A serious safeguarding concern about one report, put before the safeguarding leads: raised by the
 * risk policy or by hand, then acknowledged, referred to an outside body or stood down, each step
 * by a lead with a written rationale. Immutable: a decision returns a new escalation.
 */
public final class Escalation {

  private static final ProblemCode NOT_A_LEAD = ProblemCode.NOT_A_LEAD;
  private static final ProblemCode CLOSED = ProblemCode.ESCALATION_CLOSED;
  private static final ProblemCode ACKNOWLEDGED = ProblemCode.ESCALATION_ACKNOWLEDGED;

  private final EscalationId id;
  private final ReportReference reference;
  private final List<EscalationState> history;

  private Escalation(EscalationId id, ReportReference reference, List<EscalationState> history) {
    this.id = id;
    this.reference = reference;
    this.history = history;
  }

  /**
   * Raised by the risk policy when a report is assessed as urgent, with the policy's reasons.
   *
   * @param id a new id for the escalation
   * @param reference the report it is about
   * @param at when it was raised, normally when the report arrived
   * @param reasons the policy's reasons in words, at least one, each one line of at most 500
   *     characters; Confide passes each {@link RiskReason#description()}
   * @return a {@link EscalationStatus#RAISED raised} escalation
   * @throws IllegalArgumentException if there is no reason or one breaks a rule
   */
  public static Escalation raiseAutomatically(
      EscalationId id, ReportReference reference, Instant at, List<String> reasons) {
    return raise(id, reference, new Raised(at, new EscalationTrigger.Automatic(reasons)));
  }

  /**
   * Raised by hand by the staff member {@code by}, who must say why. Whether they may raise one is
   * for the caller to check ({@link org.confide.domain.staff.Permission#RAISE_ESCALATION}).
   *
   * @param id a new id for the escalation
   * @param reference the report it is about
   * @param by the staff member who raised it
   * @param at when they raised it
   * @param reason why they raised it
   * @return a {@link EscalationStatus#RAISED raised} escalation
   */
  public static Escalation raiseByHand(
      EscalationId id, ReportReference reference, StaffId by, Instant at, Rationale reason) {
    return raise(id, reference, new Raised(at, new EscalationTrigger.ByHand(by, reason)));
  }

  /**
   * An escalation as stored; throws unless {@code history} starts with the raising and each later
   * step is an allowed transition no earlier than the one before.
   *
   * @param id the escalation's id
   * @param reference the report it is about
   * @param history every step, oldest first, as {@link #history()} gave it
   * @return the escalation
   * @throws IllegalArgumentException if the history is empty, does not start with {@link
   *     EscalationState.Raised}, makes a transition that is not allowed, or goes back in time
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

  /**
   * A lead takes the escalation on; only a raised escalation can be acknowledged. Acknowledging is
   * not required: a lead may refer or stand down a raised escalation directly.
   *
   * @param decider the staff member deciding, with their roles
   * @param at when they decided; not before the latest step
   * @param rationale why, in their words
   * @return {@link EscalationDecision.Decided} with the escalation acknowledged, or {@link
   *     EscalationDecision.NotAllowed} if the decider is not a safeguarding lead or the escalation
   *     is no longer only raised
   * @throws IllegalArgumentException if {@code at} is before the latest step
   */
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

  /**
   * A lead refers the case to {@code to}, a police force, social services or another body. This
   * closes the escalation.
   *
   * @param decider the staff member deciding, with their roles
   * @param at when they decided; not before the latest step
   * @param to the body the case was referred to
   * @param rationale why, in their words
   * @return {@link EscalationDecision.Decided} with the escalation referred, or {@link
   *     EscalationDecision.NotAllowed} if the decider is not a safeguarding lead or the escalation
   *     is already closed
   * @throws IllegalArgumentException if {@code at} is before the latest step
   */
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

  /**
   * A lead decides no referral is needed. This closes the escalation.
   *
   * @param decider the staff member deciding, with their roles
   * @param at when they decided; not before the latest step
   * @param rationale why, in their words
   * @return {@link EscalationDecision.Decided} with the escalation stood down, or {@link
   *     EscalationDecision.NotAllowed} if the decider is not a safeguarding lead or the escalation
   *     is already closed
   * @throws IllegalArgumentException if {@code at} is before the latest step
   */
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
   *
   * @param now the current instant
   * @param acknowledgementDue when it was due, normally {@link
   *     org.confide.domain.calendar.ResponseTargets#acknowledgementDue} of {@link #raisedAt()}
   * @return true if it is still {@link EscalationStatus#RAISED raised} and {@code now} is after the
   *     due instant
   */
  public boolean acknowledgementOverdue(Instant now, Instant acknowledgementDue) {
    Objects.requireNonNull(now, "now must not be null");
    Objects.requireNonNull(acknowledgementDue, "acknowledgement due must not be null");
    return state() instanceof Raised && now.isAfter(acknowledgementDue);
  }

  /**
   * This escalation's id.
   *
   * @return the id
   */
  public EscalationId id() {
    return id;
  }

  /**
   * The report it is about.
   *
   * @return the report's reference
   */
  public ReportReference reference() {
    return reference;
  }

  /**
   * Every step so far, oldest first, starting with the raising: the record for the case page.
   *
   * @return an unmodifiable list of one to three steps
   */
  public List<EscalationState> history() {
    return history;
  }

  /**
   * The latest step.
   *
   * @return the last step of {@link #history()}
   */
  public EscalationState state() {
    return history.getLast();
  }

  /**
   * Where it stands.
   *
   * @return the status the latest step left it in
   */
  public EscalationStatus status() {
    return state().status();
  }

  /**
   * Whether a lead still has a decision to make.
   *
   * @return true if it is raised or acknowledged
   */
  public boolean isOpen() {
    return state() instanceof Open;
  }

  /**
   * When it was raised.
   *
   * @return the instant of the first step; acknowledgement is due a number of working days after it
   */
  public Instant raisedAt() {
    return raising().at();
  }

  /**
   * What raised it.
   *
   * @return the risk policy with its reasons, or the staff member who raised it by hand
   */
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
