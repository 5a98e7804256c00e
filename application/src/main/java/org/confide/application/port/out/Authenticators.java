package org.confide.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.StaffId;

/**
 * Staff members' second factors, one per member at most. The secret is kept sealed; recovery codes
 * only as their keyed hashes.
 */
public interface Authenticators {

  /**
   * The member's authenticator, pending or confirmed.
   *
   * @param staff the member
   * @return their authenticator, its secret sealed; empty if they have none
   */
  Optional<Authenticator> find(StaffId staff);

  /**
   * Whether the member has confirmed an authenticator: what every staff request asks, answered
   * without opening the secret or reading the recovery codes.
   *
   * @param staff the member
   * @return true if they have confirmed one
   */
  boolean isConfirmed(StaffId staff);

  /**
   * Stores the member's authenticator whole, replacing any other.
   *
   * @param staff the member
   * @param authenticator the authenticator, with its recovery code digests
   */
  void save(StaffId staff, Authenticator authenticator);

  /**
   * Records that the code of {@code step} was accepted, if that step is later than the last one
   * accepted; of two logins racing with the same code exactly one gets {@code true}.
   *
   * @param staff the member
   * @param step the 30-second step whose code was typed
   * @return true if the step was later than the last accepted, and is now the last
   */
  boolean accept(StaffId staff, long step);

  /**
   * Uses up the recovery code with this digest; {@code true} if it was there, and for exactly one
   * of two racing uses.
   *
   * @param staff the member
   * @param digest the keyed digest of the recovery code as typed, normalised
   * @return whether it was there, and is now used up
   */
  boolean useRecoveryCode(StaffId staff, String digest);

  /**
   * Counts one more wrong code (an app code or a recovery code) against the member's authenticator,
   * atomically: of racing wrong codes, each is counted. Saving a new authenticator starts the count
   * afresh.
   *
   * @param staff the member
   * @return the wrong codes since the last right one, this one included; 0 if they have no
   *     authenticator
   */
  int countWrongCode(StaffId staff);

  /**
   * Pauses the member's code sign-in until {@code until}; nothing if they have no authenticator.
   *
   * @param staff the member
   * @param until when codes may be tried again
   */
  void pauseCodes(StaffId staff, Instant until);

  /**
   * When the member's code sign-in was last paused until, whether or not that is past.
   *
   * @param staff the member
   * @return the end of the last pause; empty if none since the last right code
   */
  Optional<Instant> codesPausedUntil(StaffId staff);

  /**
   * Forgets the member's wrong codes and pause, after a right code.
   *
   * @param staff the member
   */
  void forgetWrongCodes(StaffId staff);

  /**
   * Removes the member's authenticator and recovery codes, if any.
   *
   * @param staff the member
   */
  void remove(StaffId staff);
}
