package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.ContactSharingFailure;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.report.Report;

/** Lets an anonymous reporter tell us who they are, when they choose to. */
public final class ShareContactDetailsService implements ShareContactDetailsUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final ReporterIndex reporterIndex;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param reporterIndex keeps the key of the reporter's email address, for subject access
   */
  public ShareContactDetailsService(Gate gate, Auditor auditor, ReporterIndex reporterIndex) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.reporterIndex = Objects.requireNonNull(reporterIndex, "reporterIndex");
  }

  @Override
  public Outcome<Outcome.Ok, ContactSharingFailure> share(SessionToken session, Command command) {
    var contact = command.contact();
    return gate.asReporterChanging(
        session,
        ContactSharingFailure::from,
        (report, updates) -> {
          ContactDetails details;
          switch (ContactDetails.check(contact.name(), contact.email(), contact.phone())) {
            case ContactDetails.Check.Valid valid -> details = valid.contact();
            case ContactDetails.Check.Invalid invalid -> {
              return Outcome.failed(new Failure.Invalid(invalid.problems()));
            }
          }
          return switch (report.shareContactDetails(details)) {
            case Report.Change.Changed changed -> {
              updates.update(changed.report());
              reporterIndex.keep(changed.report());
              auditor.audit(
                  Actor.reporter(),
                  AuditAction.ANONYMITY_CHANGED,
                  changed.report().reference(),
                  AuditDetail.of(changed));
              yield Outcome.ok();
            }
            case Report.Change.Unchanged unchanged -> Outcome.ok();
            case Report.Change.Refused refused ->
                // Report.shareContactDetails never refuses: a reporter may always tell us who
                // they are, and correct it.
                throw new IllegalStateException("sharing contact details was refused");
          };
        });
  }
}
