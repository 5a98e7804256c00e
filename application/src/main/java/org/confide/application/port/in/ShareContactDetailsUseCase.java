package org.confide.application.port.in;

/** An anonymous reporter decides to tell us who they are (or a named one updates their details). */
public interface ShareContactDetailsUseCase {

  /** The report becomes named; the change is audited. There is no way back to anonymous. */
  Outcome<Outcome.Ok> share(SessionToken session, SubmitReportUseCase.ContactInput contact);
}
