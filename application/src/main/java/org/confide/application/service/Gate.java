package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.domain.report.Report;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/**
 * The way into every use case acted by someone: resolves who holds the session, checks the
 * two-factor requirement and the role, and runs the work in one transaction, undone whole when the
 * report it changes was changed by someone else meanwhile.
 */
public final class Gate {

  private final Transactions transactions;
  private final SessionResolver resolver;
  private final Settings settings;
  private final Authenticators authenticators;
  private final Reports reports;

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
   * Runs {@code work} in one transaction for the active staff member holding this live session, if
   * their roles grant {@code permission}.
   */
  <T> Outcome<T> asStaff(
      SessionToken token, Permission permission, Function<StaffMember, Outcome<T>> work) {
    return asStaff(
        token, staff -> staff.may(permission) ? work.apply(staff) : new Outcome.Forbidden<T>());
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this session, once
   * they have set up two-factor sign-in where it is required; until then every staff action is
   * refused with a reason that says so. If the work finds a report changed by someone else
   * meanwhile ({@link #update}), every write it made is undone and the answer is {@link
   * Outcome.Refused} with {@link #CHANGED_MEANWHILE}.
   */
  <T> Outcome<T> asStaff(SessionToken token, Function<StaffMember, Outcome<T>> work) {
    return inTransaction(() -> {
      var member = resolver.signedIn(token);
      if (member.isEmpty()) {
        return new Outcome.Unauthenticated<>();
      }
      return mustSetUpTwoFactor(member.get())
          ? new Outcome.Refused<>(SET_UP_TWO_FACTOR_FIRST)
          : work.apply(member.get());
    });
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this session, whether
   * or not they still have to set up two-factor sign-in: for setting it up.
   */
  <T> Outcome<T> asSignedIn(SessionToken token, Function<StaffMember, Outcome<T>> work) {
    return inTransaction(
        () -> resolver.signedIn(token).map(work).orElseGet(Outcome.Unauthenticated::new));
  }

  static final String SET_UP_TWO_FACTOR_FIRST =
      "Two-factor sign-in is required of all staff: set it up before anything else";

  /** Whether two-factor sign-in is required and this member has not set it up yet. */
  boolean mustSetUpTwoFactor(StaffMember member) {
    return settings.current().staffTwoFactorRequired() && !authenticators.isConfirmed(member.id());
  }

  /**
   * Runs {@code work} in one transaction on the report whose code opened this live session, undone
   * and refused like {@link #asStaff} if the report was changed by someone else meanwhile.
   */
  <T> Outcome<T> asReporter(SessionToken token, Function<Report, Outcome<T>> work) {
    return inTransaction(
        () -> resolver.reporter(token).map(work).orElseGet(Outcome.Unauthenticated::new));
  }

  private <T> Outcome<T> inTransaction(Supplier<Outcome<T>> work) {
    try {
      return transactions.inTransaction(work);
    } catch (ChangedMeanwhile e) {
      return new Outcome.Refused<>(CHANGED_MEANWHILE);
    }
  }

  /** What the second of two people changing one case at once is told. */
  static final String CHANGED_MEANWHILE =
      "Someone else changed this case at the same moment, so nothing was saved. Look at it again,"
          + " then do what you meant to do if it is still needed.";

  /**
   * Stores a changed report; if someone else stored it since it was read, abandons the running
   * transaction (caught by {@link #asStaff} and {@link #asReporter}), so nothing of the use case is
   * kept.
   */
  void update(Report report) {
    if (reports.update(report) == Reports.UpdateOutcome.STALE) {
      throw new ChangedMeanwhile();
    }
  }

  /** Thrown inside a transaction to undo it when a report was changed by someone else. */
  private static final class ChangedMeanwhile extends RuntimeException {
    ChangedMeanwhile() {
      super("the report was changed by someone else meanwhile", null, false, false);
    }
  }
}
