package org.confide.application.port.in;

/** At first start, the deployer's configured administrator is created if no account exists. */
public interface EnsureFirstAdministratorUseCase {

  /** Creates the administrator when there is no staff account at all; otherwise does nothing. */
  Outcome<Boolean> ensure(String email, String displayName, char[] password);
}
