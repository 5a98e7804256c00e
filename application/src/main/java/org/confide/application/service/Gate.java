package org.confide.application.service;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Failure.ChangedMeanwhile;
import org.confide.application.port.in.Failure.Forbidden;
import org.confide.application.port.in.Failure.TwoFactorFirst;
import org.confide.application.port.in.Failure.Unauthenticated;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReporterChangeDenial;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffChangeDenial;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.domain.report.Report;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/**
 * The way into every use case acted by someone: resolves who holds the session, checks the
 * two-factor requirement and the role, and runs the work in one transaction.
 *
 * <p>Each way in says how it denies in a small sealed set ({@link StaffDenial} and the like), and
 * takes from the use case a function from that set to the use case's own failures (its set's {@code
 * from}), so that a use case can answer only failures it declares. Only work that changes a report
 * is given {@link ReportUpdates}, and only that work can be undone whole and answered {@link
 * ChangedMeanwhile} when the report was changed by someone else meanwhile.
 */
public final class Gate {

  private final Transactions transactions;
  private final SessionResolver resolver;
  private final Settings settings;
  private final Authenticators authenticators;
  private final Reports reports;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param transactions joins the writes of one run in one transaction
   * @param resolver turns session tokens into their holders, and opens and ends sessions
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param authenticators staff members' authenticators and recovery codes
   * @param reports the reports
   */
  public Gate(
      Transactions transactions,
      SessionResolver resolver,
      Settings settings,
      Authenticators authenticators,
      Reports reports) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.reports = Objects.requireNonNull(reports, "reports");
  }

  /**
   * Stores a changed report; given only to work that the gate undoes whole, every write of it, when
   * the report was changed by someone else since it was read.
   */
  @FunctionalInterface
  interface ReportUpdates {
    void update(Report report);
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this live session, if
   * they have set up two-factor sign-in where it is required and their roles grant {@code
   * permission}; otherwise answers {@code denied} of why not.
   */
  <T, F extends Failure> Outcome<T, F> asStaff(
      SessionToken token,
      Permission permission,
      Function<StaffDenial, F> denied,
      Function<StaffMember, Outcome<T, F>> work) {
    return transactions.inTransaction(() -> {
      var signedIn = resolver.staffSession(token);
      if (signedIn.isEmpty()) {
        return Outcome.failed(denied.apply(new Unauthenticated()));
      }
      var member = signedIn.map(SessionResolver.SignedIn::member);
      if (mustSetUpTwoFactor(signedIn.get())) {
        return Outcome.failed(denied.apply(new TwoFactorFirst()));
      }
      if (!member.get().may(permission)) {
        return Outcome.failed(denied.apply(new Forbidden()));
      }
      return work.apply(member.get());
    });
  }

  /**
   * As {@link #asStaff}, for work that changes a case: if it finds the case changed by someone else
   * meanwhile ({@link ReportUpdates#update}), every write it made is undone and the answer is
   * {@link ChangedMeanwhile}.
   */
  <T, F extends Failure> Outcome<T, F> asStaffChanging(
      SessionToken token,
      Permission permission,
      Function<StaffChangeDenial, F> denied,
      BiFunction<StaffMember, ReportUpdates, Outcome<T, F>> work) {
    return undoneIfChanged(
        () ->
            asStaff(
                token,
                permission,
                denial -> denied.apply(asChangeDenial(denial)),
                member -> work.apply(member, this::update)),
        () -> denied.apply(new ChangedMeanwhile()));
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this live session,
   * whatever their role, once they have set up two-factor sign-in where it is required.
   */
  <T, F extends Failure> Outcome<T, F> asAnyStaff(
      SessionToken token,
      Function<StaffSessionDenial, F> denied,
      Function<StaffMember, Outcome<T, F>> work) {
    return transactions.inTransaction(() -> {
      var signedIn = resolver.staffSession(token);
      if (signedIn.isEmpty()) {
        return Outcome.failed(denied.apply(new Unauthenticated()));
      }
      var member = signedIn.map(SessionResolver.SignedIn::member);
      if (mustSetUpTwoFactor(signedIn.get())) {
        return Outcome.failed(denied.apply(new TwoFactorFirst()));
      }
      return work.apply(member.get());
    });
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this session, whether
   * or not they still have to set up two-factor sign-in: for setting it up.
   */
  <T, F extends Failure> Outcome<T, F> asSignedIn(
      SessionToken token,
      Function<SessionDenial, F> denied,
      Function<StaffMember, Outcome<T, F>> work) {
    return transactions.inTransaction(() ->
        resolver
            .signedIn(token)
            .map(work)
            .orElseGet(() -> Outcome.failed(denied.apply(new Unauthenticated()))));
  }

  /** Runs {@code work} in one transaction on the report whose code opened this live session. */
  <T, F extends Failure> Outcome<T, F> asReporter(
      SessionToken token, Function<SessionDenial, F> denied, Function<Report, Outcome<T, F>> work) {
    return transactions.inTransaction(() ->
        resolver
            .reporter(token)
            .map(work)
            .orElseGet(() -> Outcome.failed(denied.apply(new Unauthenticated()))));
  }

  /**
   * As {@link #asReporter}, for work that changes the report: undone whole, and answered {@link
   * ChangedMeanwhile}, if the report was changed by someone else meanwhile.
   */
  <T, F extends Failure> Outcome<T, F> asReporterChanging(
      SessionToken token,
      Function<ReporterChangeDenial, F> denied,
      BiFunction<Report, ReportUpdates, Outcome<T, F>> work) {
    return undoneIfChanged(
        () ->
            asReporter(
                token,
                denial -> denied.apply(asReporterChangeDenial(denial)),
                report -> work.apply(report, this::update)),
        () -> denied.apply(new ChangedMeanwhile()));
  }

  /**
   * Whether two-factor sign-in is required and this member has not set it up yet, unless their
   * organisation's identity provider proved a second factor for this session (single sign-on, where
   * the deployer lets it stand in for Confide's).
   */
  private boolean mustSetUpTwoFactor(SessionResolver.SignedIn signedIn) {
    return !signedIn.secondFactorByProvider()
        && settings.current().staffTwoFactorRequired()
        && !authenticators.isConfirmed(signedIn.member().id());
  }

  private static <T, F extends Failure> Outcome<T, F> undoneIfChanged(
      Supplier<Outcome<T, F>> transaction, Supplier<F> changedMeanwhile) {
    try {
      return transaction.get();
    } catch (StaleReport e) {
      // Thrown inside the transaction, so every write of the use case is undone already.
      return Outcome.failed(changedMeanwhile.get());
    }
  }

  private static StaffChangeDenial asChangeDenial(StaffDenial denial) {
    return switch (denial) {
      case Unauthenticated unauthenticated -> unauthenticated;
      case TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Forbidden forbidden -> forbidden;
    };
  }

  private static ReporterChangeDenial asReporterChangeDenial(SessionDenial denial) {
    return switch (denial) {
      case Unauthenticated unauthenticated -> unauthenticated;
    };
  }

  /**
   * Stores a changed report; if someone else stored it since it was read, abandons the running
   * transaction (caught by {@link #asStaffChanging} and {@link #asReporterChanging}), so nothing of
   * the use case is kept.
   */
  private void update(Report report) {
    if (reports.update(report) == Reports.UpdateOutcome.STALE) {
      throw new StaleReport();
    }
  }

  /** Thrown inside a transaction to undo it when a report was changed by someone else. */
  private static final class StaleReport extends RuntimeException {
    StaleReport() {
      super("the report was changed by someone else meanwhile", null, false, false);
    }
  }
}
