package org.confide.application.service;

import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.out.Session;
import org.confide.domain.access.AccessCode;
import org.confide.domain.access.AccessCodeParse;

/** Lets an anonymous reporter back in with their access code. */
public final class OpenReporterSessionService implements OpenReporterSessionUseCase {

  // Looked up in place of a malformed code, so that a malformed code costs what an unknown one
  // does and the time taken says nothing about which it was.
  private static final AccessCode DECOY =
      ((AccessCodeParse.Parsed) AccessCode.parse("0000-0000-0000-0000")).code();

  private final Context context;
  private final Gate gate;

  public OpenReporterSessionService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<SessionGrant> open(String typedCode) {
    var parsed = AccessCode.parse(typedCode == null ? "" : typedCode);
    var code =
        switch (parsed) {
          case AccessCodeParse.Parsed p -> p.code();
          case AccessCodeParse.Malformed m -> DECOY;
        };
    var digest = context.secrets().digest(code);
    return context
        .transactions()
        .inTransaction(() -> {
          var report = context.accessCodes().find(digest);
          if (parsed instanceof AccessCodeParse.Malformed || report.isEmpty()) {
            return new Outcome.Unauthenticated<>();
          }
          return Outcome.done(gate.open(new Session.Subject.Reporter(report.get())));
        });
  }
}
