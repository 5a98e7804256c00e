package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** The staff accounts. */
public interface StaffDirectory {

  /**
   * Adds a new account. Returns {@link AddOutcome#EMAIL_TAKEN}, storing nothing, when another
   * account has the same email address.
   *
   * @param member the new account
   * @return whether it was stored
   */
  AddOutcome add(StaffMember member);

  /**
   * Overwrites a stored account (same id); its email address does not change.
   *
   * @param member the account as changed
   */
  void update(StaffMember member);

  /**
   * The account with this id.
   *
   * @param id the account's id
   * @return the account, active or not; empty if there is none
   */
  Optional<StaffMember> find(StaffId id);

  /**
   * The account with this email address.
   *
   * @param email the address, compared as {@link EmailAddress} normalises it
   * @return the account, active or not; empty if there is none
   */
  Optional<StaffMember> findByEmail(EmailAddress email);

  /** {@return every account, active or not, in email order} */
  List<StaffMember> all();

  /**
   * The active accounts that hold {@code role}: who is told of an event. Every report's submission
   * asks, so an adapter may answer from a copy kept for a few seconds: an account added or changed
   * through the same adapter is seen at once, one changed through another node sharing the store
   * within those seconds.
   *
   * @param role the role
   * @return those accounts, in email order
   */
  List<StaffMember> activeHolders(Role role);

  /**
   * Every account, as {@link #all} lists them, each locked against change by other transactions
   * until the running one ends. A rule across accounts (one active administrator must stay) checks
   * these before it writes one of them: a transaction that changed an account and has not ended
   * keeps this one waiting, and this one then sees what it committed. Call it inside {@link
   * Transactions#inTransaction}.
   *
   * @return every account, active or not, in email order, as committed when the locks were granted
   */
  List<StaffMember> allLocked();

  /**
   * Notes that the member signed in: a staff session was opened for them. Nothing else of the
   * account changes, and {@link #update} leaves this alone.
   *
   * @param id the account's id
   * @param at when the session was opened
   */
  void signedIn(StaffId id, Instant at);

  /**
   * {@return when each account that has signed in last did so; accounts that never did are absent}
   */
  Map<StaffId, Instant> lastSignIns();

  /** {@return how many accounts exist, active or not} */
  long count();

  /** The outcome of {@link #add}. */
  enum AddOutcome {
    /** The account is stored. */
    ADDED,
    /** Another account has the address: nothing was stored. */
    EMAIL_TAKEN
  }
}
