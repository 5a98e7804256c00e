package org.confide.domain.safeguarding;

import java.time.Instant;
import java.util.Objects;
import org.confide.domain.staff.StaffId;

/**
 * One step in the life of an escalation, and the state it leaves it in. The transitions live on the
 * states that allow them, so only an open escalation can be referred or stood down and only a
 * raised one can be acknowledged.
 */
public sealed interface EscalationState {

  /**
   * When this step happened.
   *
   * @return the instant of the step
   */
  Instant at();

  /**
   * The status this step leaves the escalation in.
   *
   * @return the status
   */
  EscalationStatus status();

  /** A state in which a safeguarding lead still has to decide. */
  sealed interface Open extends EscalationState {

    /**
     * A lead refers the case to {@code to}. Use {@link Escalation#refer}, which checks the decider
     * and the order of steps, rather than this.
     *
     * @param by the lead who referred it
     * @param at when
     * @param to the body it was referred to
     * @param rationale why
     * @return the step
     */
    default Referred refer(StaffId by, Instant at, ReferralBody to, Rationale rationale) {
      return new Referred(by, at, to, rationale);
    }

    /**
     * A lead decides no referral is needed. Use {@link Escalation#standDown}, which checks the
     * decider and the order of steps, rather than this.
     *
     * @param by the lead who decided
     * @param at when
     * @param rationale why
     * @return the step
     */
    default StoodDown standDown(StaffId by, Instant at, Rationale rationale) {
      return new StoodDown(by, at, rationale);
    }
  }

  /** A state after which nothing more can be decided. */
  sealed interface Closed extends EscalationState {}

  /**
   * The escalation was raised; nobody has looked at it yet.
   *
   * @param at when it was raised
   * @param trigger what raised it
   */
  record Raised(Instant at, EscalationTrigger trigger) implements Open {
    /**
     * The raising.
     *
     * @throws NullPointerException if a component is null
     */
    public Raised {
      Objects.requireNonNull(at, "raised at must not be null");
      Objects.requireNonNull(trigger, "escalation trigger must not be null");
    }

    @Override
    public EscalationStatus status() {
      return EscalationStatus.RAISED;
    }

    /**
     * A lead has seen it and is dealing with it. Use {@link Escalation#acknowledge}, which checks
     * the decider and the order of steps, rather than this.
     *
     * @param by the lead who acknowledged it
     * @param at when
     * @param rationale why
     * @return the step
     */
    public Acknowledged acknowledge(StaffId by, Instant at, Rationale rationale) {
      return new Acknowledged(by, at, rationale);
    }
  }

  /**
   * A safeguarding lead has taken it on.
   *
   * @param by the lead who acknowledged it
   * @param at when
   * @param rationale what they said when taking it on
   */
  record Acknowledged(StaffId by, Instant at, Rationale rationale) implements Open {
    /**
     * The acknowledgement.
     *
     * @throws NullPointerException if a component is null
     */
    public Acknowledged {
      Objects.requireNonNull(by, "acknowledged by must not be null");
      Objects.requireNonNull(at, "acknowledged at must not be null");
      Objects.requireNonNull(rationale, "rationale must not be null");
    }

    @Override
    public EscalationStatus status() {
      return EscalationStatus.ACKNOWLEDGED;
    }
  }

  /**
   * A safeguarding lead referred the case to a named outside body.
   *
   * @param by the lead who referred it
   * @param at when
   * @param to the body it was referred to
   * @param rationale why they referred it
   */
  record Referred(StaffId by, Instant at, ReferralBody to, Rationale rationale) implements Closed {
    /**
     * The referral.
     *
     * @throws NullPointerException if a component is null
     */
    public Referred {
      Objects.requireNonNull(by, "referred by must not be null");
      Objects.requireNonNull(at, "referred at must not be null");
      Objects.requireNonNull(to, "referral body must not be null");
      Objects.requireNonNull(rationale, "rationale must not be null");
    }

    @Override
    public EscalationStatus status() {
      return EscalationStatus.REFERRED;
    }
  }

  /**
   * A safeguarding lead decided that no referral is needed.
   *
   * @param by the lead who decided
   * @param at when
   * @param rationale why no referral is needed
   */
  record StoodDown(StaffId by, Instant at, Rationale rationale) implements Closed {
    /**
     * The standing down.
     *
     * @throws NullPointerException if a component is null
     */
    public StoodDown {
      Objects.requireNonNull(by, "stood down by must not be null");
      Objects.requireNonNull(at, "stood down at must not be null");
      Objects.requireNonNull(rationale, "rationale must not be null");
    }

    @Override
    public EscalationStatus status() {
      return EscalationStatus.STOOD_DOWN;
    }
  }
}
