package org.confide.application.service;

import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;

/** Logs a reporter or a staff member out. */
public final class EndSessionService implements EndSessionUseCase {

  private final Context context;
  private final Gate gate;

  public EndSessionService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<Outcome.Ok> end(SessionToken session, Holder holder) {
    context
        .transactions()
        .inTransaction(() -> {
          gate.end(session, holder == Holder.STAFF);
          return true;
        });
    return Outcome.ok();
  }
}
