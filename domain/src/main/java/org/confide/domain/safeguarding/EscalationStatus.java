package org.confide.domain.safeguarding;

/** Where an escalation stands, as shown in lists and filters. */
public enum EscalationStatus {
  /** Raised, by the risk policy or by hand; no lead has taken it on yet. */
  RAISED,
  /** A safeguarding lead has taken it on; it is still open. */
  ACKNOWLEDGED,
  /** Closed: a lead referred the case to an outside body. */
  REFERRED,
  /** Closed: a lead decided no referral is needed. */
  STOOD_DOWN;

  /**
   * Whether a safeguarding lead still has a decision to make.
   *
   * @return true for {@link #RAISED} and {@link #ACKNOWLEDGED}
   */
  public boolean isOpen() {
    return this == RAISED || this == ACKNOWLEDGED;
  }
}
