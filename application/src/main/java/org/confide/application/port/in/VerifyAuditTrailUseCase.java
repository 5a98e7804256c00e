package org.confide.application.port.in;

import org.confide.domain.audit.ChainVerdict;

/**
 * An administrator or a safeguarding lead checks that the audit trail's hash chain is whole: that
 * no chained event was removed or changed behind Confide's back. The check is audited too.
 */
public interface VerifyAuditTrailUseCase {

  /**
   * Walks the whole chain from its start and compares its end with the recorded head.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return whether the chain is whole, or where it first breaks; or why not (one of {@link
   *     StaffDenial})
   */
  Outcome<ChainVerdict, StaffDenial> verify(SessionToken session);
}
