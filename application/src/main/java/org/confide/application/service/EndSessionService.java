package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Transactions;

/** Logs a reporter or a staff member out. */
public final class EndSessionService implements EndSessionUseCase {

  private final SessionResolver resolver;
  private final Transactions transactions;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param resolver turns session tokens into their holders, and opens and ends sessions
   * @param transactions joins the writes of one run in one transaction
   */
  public EndSessionService(SessionResolver resolver, Transactions transactions) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public void end(SessionToken session, Command command) {
    transactions.inTransaction(() -> {
      resolver.end(session, command.holder() == Holder.STAFF);
      return true;
    });
  }
}
