package org.confide.application.port.out;

import java.util.Optional;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.StaffId;

/**
 * Staff members' second factors, one per member at most. The secret is kept sealed; recovery codes
 * only as their keyed hashes.
 */
public interface Authenticators {

  /** The member's authenticator, pending or confirmed. */
  Optional<Authenticator> find(StaffId staff);

  /**
   * Whether the member has confirmed an authenticator: what every staff request asks, answered
   * without opening the secret or reading the recovery codes.
   */
  boolean isConfirmed(StaffId staff);

  /** Stores the member's authenticator whole, replacing any other. */
  void save(StaffId staff, Authenticator authenticator);

  /**
   * Records that the code of {@code step} was accepted, if that step is later than the last one
   * accepted; of two logins racing with the same code exactly one gets {@code true}.
   */
  boolean accept(StaffId staff, long step);

  /**
   * Uses up the recovery code with this digest; {@code true} if it was there, and for exactly one
   * of two racing uses.
   */
  boolean useRecoveryCode(StaffId staff, String digest);

  /** Removes the member's authenticator and recovery codes, if any. */
  void remove(StaffId staff);
}
