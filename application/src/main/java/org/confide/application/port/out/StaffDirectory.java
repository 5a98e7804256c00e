package org.confide.application.port.out;

import java.util.List;
import java.util.Optional;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** The staff accounts. */
public interface StaffDirectory {

  /**
   * Adds a new account. Returns {@link AddOutcome#EMAIL_TAKEN}, storing nothing, when another
   * account has the same email address.
   */
  AddOutcome add(StaffMember member);

  /** Overwrites a stored account (same id); its email address does not change. */
  void update(StaffMember member);

  /** The account with this id. */
  Optional<StaffMember> find(StaffId id);

  /** The account with this email address. */
  Optional<StaffMember> findByEmail(EmailAddress email);

  /** Every account, in email order. */
  List<StaffMember> all();

  /** How many accounts exist, active or not. */
  long count();

  /** The outcome of {@link #add}. */
  enum AddOutcome {
    ADDED,
    EMAIL_TAKEN
  }
}
