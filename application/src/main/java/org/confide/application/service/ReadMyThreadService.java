package org.confide.application.service;

import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ThreadView;
import org.confide.domain.thread.AuthorSide;

/** Shows a reporter their thread, marking the case team's messages read. */
public final class ReadMyThreadService implements ReadMyThreadUseCase {

  private final Context context;
  private final Gate gate;

  public ReadMyThreadService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<ThreadView> read(SessionToken session) {
    return gate.asReporter(
        session,
        report -> {
          var thread =
              context
                  .threads()
                  .find(report.reference())
                  .map(t -> t.markReadBy(AuthorSide.REPORTER, gate.now()));
          thread.ifPresent(context.threads()::save);
          return Outcome.done(Threads.forReporter(report, thread, context.settings().current()));
        });
  }
}
