package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.report.Report;

/** Lets an anonymous reporter tell us who they are, when they choose to. */
public final class ShareContactDetailsService implements ShareContactDetailsUseCase {

  private final Gate gate;
  private final Auditor auditor;

  public ShareContactDetailsService(Gate gate, Auditor auditor) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
  }

  @Override
  public Outcome<Outcome.Ok> share(SessionToken session, ContactInput contact) {
    return gate.asReporter(
        session,
        report -> {
          ContactDetails details;
          switch (ContactDetails.check(contact.name(), contact.email(), contact.phone())) {
            case ContactDetails.Check.Valid valid -> details = valid.contact();
            case ContactDetails.Check.Invalid invalid -> {
              return new Outcome.Invalid<>(invalid.problems());
            }
          }
          return switch (report.shareContactDetails(details)) {
            case Report.Change.Changed changed -> {
              gate.update(changed.report());
              auditor.audit(
                  Actor.reporter(),
                  AuditAction.ANONYMITY_CHANGED,
                  changed.report().reference(),
                  changed.description());
              yield Outcome.ok();
            }
            case Report.Change.Unchanged unchanged -> Outcome.ok();
            case Report.Change.Refused refused -> new Outcome.Refused<>(refused.reason());
          };
        });
  }
}
