package org.confide.application.service;

import java.util.Objects;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.domain.access.AccessCode;
import org.confide.domain.access.AccessCodeParse;
import org.confide.domain.session.Session;

/** Lets an anonymous reporter back in with their access code. */
public final class OpenReporterSessionService implements OpenReporterSessionUseCase {

  // Looked up in place of a malformed code, so that a malformed code costs what an unknown one
  // does and the time taken says nothing about which it was.
  private static final AccessCode DECOY =
      ((AccessCodeParse.Parsed) AccessCode.parse("0000-0000-0000-0000")).code();

  private final SessionResolver resolver;
  private final Secrets secrets;
  private final Transactions transactions;
  private final Reports reports;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param resolver turns session tokens into their holders, and opens and ends sessions
   * @param secrets the keyed digests under the server secret
   * @param transactions joins the writes of one run in one transaction
   * @param reports the reports, by the digest of their access code
   */
  public OpenReporterSessionService(
      SessionResolver resolver, Secrets secrets, Transactions transactions, Reports reports) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.reports = Objects.requireNonNull(reports, "reports");
  }

  @Override
  public Outcome<SessionGrant, SessionDenial> open(Command command) {
    var parsed = AccessCode.parse(command.typedCode());
    var code =
        switch (parsed) {
          case AccessCodeParse.Parsed p -> p.code();
          case AccessCodeParse.Malformed m -> DECOY;
        };
    var digest = secrets.digest(code);
    return transactions.inTransaction(() -> {
      var report = reports.findByCode(digest);
      if (parsed instanceof AccessCodeParse.Malformed || report.isEmpty()) {
        return Outcome.failed(new Failure.Unauthenticated());
      }
      return Outcome.done(resolver.open(new Session.Subject.Reporter(report.get())));
    });
  }
}
