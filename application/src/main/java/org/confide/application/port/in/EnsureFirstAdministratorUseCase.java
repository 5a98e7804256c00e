package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffId;

/** At first start, the deployer's configured administrator is created if no account exists. */
public interface EnsureFirstAdministratorUseCase {

  /**
   * Creates the administrator when there is no staff account at all; otherwise does nothing. A
   * password too short for a staff account is {@link Failure.Invalid} on {@code password}. The
   * password is wiped from the command once read.
   *
   * @param command the administrator the deployer configured
   * @return whether the administrator was created or an account existed already, or why not (one of
   *     {@link ConfigurationFailure})
   */
  Outcome<Ensured, ConfigurationFailure> ensure(Command command);

  /**
   * The administrator the deployer configured.
   *
   * @param email their login
   * @param displayName the name colleagues see
   * @param password their first password, wiped once read
   */
  record Command(EmailAddress email, String displayName, char[] password) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(email, "email must not be null");
      Objects.requireNonNull(displayName, "display name must not be null");
      Objects.requireNonNull(password, "password must not be null");
    }

    @Override
    public String toString() {
      return "EnsureFirstAdministrator[" + email + "]";
    }
  }

  /** What was found, and done. */
  sealed interface Ensured {
    /**
     * There was no staff account: the administrator was created.
     *
     * @param id the new administrator's id
     */
    record Created(StaffId id) implements Ensured {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public Created {
        Objects.requireNonNull(id, "id must not be null");
      }
    }

    /** There were staff accounts already, so nothing was done. */
    record AlreadyStaffed() implements Ensured {}
  }
}
