package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.safeguarding.EmergencyContacts;

/** An administrator sets the organisation's own emergency contacts, or goes back to none. */
public interface ChangeEmergencyContactsUseCase {

  /**
   * Replaces the organisation's own contacts, in one transaction, and answers the contacts now set.
   * An empty list sets none: reporters are then shown the national contacts. Contacts that break a
   * rule are {@link Failure.Invalid}, each problem named by its place in the list ({@code
   * contacts[2].phone}); nothing is changed.
   *
   * @param session an administrator's session
   * @param command the contacts
   * @return the organisation's contacts now set, or why not
   */
  Outcome<EmergencyContacts, StaffRequestFailure> change(SessionToken session, Command command);

  /**
   * The contacts as typed, in the order shown.
   *
   * @param contacts the contacts; at most {@value EmergencyContacts#MAX}, checked by the use case
   */
  record Command(List<EmergencyContacts.Entry> contacts) {
    /**
     * Copies the list, so the command never changes.
     *
     * @throws NullPointerException if {@code contacts} is null
     */
    public Command {
      contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts must not be null"));
    }

    @Override
    public String toString() {
      return "Command[" + contacts.size() + " contacts]";
    }
  }
}
