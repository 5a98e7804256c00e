package org.confide.application.port.in;

import java.util.Objects;

/** An anonymous reporter decides to tell us who they are (or a named one updates their details). */
public interface ShareContactDetailsUseCase {

  /**
   * The report becomes named (or a named report's details are replaced); the change is audited.
   * There is no way back to anonymous. Unusable details are {@link Failure.Invalid}, every problem
   * named.
   *
   * @param session the reporter's session, from {@link OpenReporterSessionUseCase}
   * @param command the details as typed; checked by the use case
   * @return {@link Outcome.Ok} once the report is named, or why not (one of {@link
   *     ContactSharingFailure})
   */
  Outcome<Outcome.Ok, ContactSharingFailure> share(SessionToken session, Command command);

  /**
   * The details as typed; checked by the use case.
   *
   * @param contact name, email and phone as typed
   */
  record Command(SubmitReportUseCase.ContactInput contact) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(contact, "contact must not be null");
    }

    @Override
    public String toString() {
      return "ShareContactDetails[hidden]";
    }
  }
}
