package org.confide.domain.safeguarding;

/** Where an escalation stands, as shown in lists and filters. */
public enum EscalationStatus {
  RAISED,
  ACKNOWLEDGED,
  REFERRED,
  STOOD_DOWN;

  /** Whether a safeguarding lead still has a decision to make. */
  public boolean isOpen() {
    return this == RAISED || this == ACKNOWLEDGED;
  }
}
