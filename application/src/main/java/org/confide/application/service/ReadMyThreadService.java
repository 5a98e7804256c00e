package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ThreadView;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Settings;
import org.confide.domain.thread.AuthorSide;

/** Shows a reporter their thread, marking the case team's messages read. */
public final class ReadMyThreadService implements ReadMyThreadUseCase {

  private final Gate gate;
  private final MessageThreads threads;
  private final Settings settings;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param threads the message threads
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public ReadMyThreadService(Gate gate, MessageThreads threads, Settings settings, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<ThreadView, SessionDenial> read(SessionToken session) {
    return gate.asReporter(
        session,
        Function.identity(),
        report -> {
          var thread =
              threads
                  .find(report.reference())
                  .map(t -> t.markReadBy(AuthorSide.REPORTER, clock.instant()));
          thread.ifPresent(threads::save);
          return Outcome.done(Threads.forReporter(report, thread, settings.current()));
        });
  }
}
