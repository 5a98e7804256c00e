package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import org.confide.application.port.in.CountCasesUseCase;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.Settings;

/** Counts the open and overdue cases with the store's own count, reading none of them out. */
public final class CountCasesService implements CountCasesUseCase {

  private final Settings settings;
  private final CaseLists caseLists;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param settings the settings in force: the calendar and targets that say what is overdue
   * @param caseLists counts the cases of a list in the store
   * @param clock the time overdue is judged at
   */
  public CountCasesService(Settings settings, CaseLists caseLists, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.caseLists = Objects.requireNonNull(caseLists, "caseLists");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public CaseCounts count() {
    var settings = this.settings.current();
    var cutoff = settings.targets().overdueIfReceivedBefore(clock.instant());
    int overdue =
        caseLists.count(new Selection(new Scope.Open(), new Condition.AwaitingSinceBefore(cutoff)));
    int open = caseLists.count(new Selection(new Scope.Open(), new Condition.Any()));
    // Two reads: a case closed between them could leave more overdue than open.
    return new CaseCounts(Math.max(open, overdue), overdue);
  }
}
