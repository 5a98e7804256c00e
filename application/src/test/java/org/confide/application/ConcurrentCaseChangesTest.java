package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.confide.testing.Replaced;
import org.junit.jupiter.api.Test;

/**
 * A case changed by someone else between the moment a use case read it and the moment it writes it
 * back: the use case is refused with a message saying so, and nothing it did is kept (not even the
 * writes it made before it found out).
 */
class ConcurrentCaseChangesTest {

  private final Fixture fixture = new Fixture();
  // The use cases here read every report as it was before its last update: as if someone else
  // had stored it between their reading and their writing.
  private final Confide confide =
      fixture.builder.build(Replaced.in(fixture.ports, Reports.class, new ReadBehind()));

  private final ReportReference reference =
      fixture.submit(Fixture.anonymous("Somebody keeps following me.")).reference();

  ConcurrentCaseChangesTest() {
    // Someone else took the case: the stored version moves on.
    assertThat(
            fixture
                .confide
                .assignCase()
                .assign(
                    fixture.lead,
                    new AssignCaseUseCase.Command(
                        reference, EmailAddress.of("lead@example.ac.uk"))))
        .isEqualTo(Outcome.ok());
  }

  @Test
  void a_status_change_from_a_stale_copy_is_refused_and_the_case_is_as_the_other_left_it() {
    var outcome =
        confide
            .changeCaseStatus()
            .change(
                fixture.lead,
                ChangeCaseStatusUseCase.Command.close(
                    reference, "Resolved", "support-provided", java.util.List.of()));

    assertThat(outcome).isEqualTo(Outcome.failed(new Failure.ChangedMeanwhile()));
    assertThat(Failures.of(outcome, Failure.ChangedMeanwhile.class).reason())
        .isEqualTo(
            "Someone else changed this case at the same moment, so nothing was saved. Look at"
                + " it again, then do what you meant to do if it is still needed.");
    var stored = fixture.ports.reports().find(reference).orElseThrow();
    assertThat(stored.status()).isEqualTo(ReportStatus.OPEN);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(events(AuditAction.STATUS_CHANGED)).isEmpty();
  }

  @Test
  void an_escalation_raised_on_a_stale_copy_is_undone_with_everything_else() {
    var outcome =
        confide
            .escalateCase()
            .escalate(
                fixture.lead,
                new EscalateCaseUseCase.Command(reference, "I am worried about this"));

    assertThat(outcome).is(failedWith(Failure.ChangedMeanwhile.class));
    assertThat(fixture.ports.escalations().of(reference)).isEmpty();
    assertThat(events(AuditAction.ESCALATION_RAISED)).isEmpty();
  }

  private List<?> events(AuditAction action) {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.of(reference), 100)
        .stream()
        .filter(e -> e.action() == action)
        .toList();
  }

  /** The fixture's reports, each found as it was one version earlier. */
  private final class ReadBehind implements Reports {
    private final Reports stored = fixture.ports.reports();

    @Override
    public Optional<Report> find(ReportReference wanted) {
      return stored.find(wanted).map(r -> r.storedAs(Math.max(0, r.version() - 1)));
    }

    @Override
    public AddOutcome add(Report report, Optional<AccessCodeDigest> code) {
      return stored.add(report, code);
    }

    @Override
    public CodeChange replaceCode(ReportReference reference, AccessCodeDigest code) {
      return stored.replaceCode(reference, code);
    }

    @Override
    public Optional<ReportReference> findByCode(AccessCodeDigest code) {
      return stored.findByCode(code);
    }

    @Override
    public Optional<AccessCodeDigest> codeOf(ReportReference reference) {
      return stored.codeOf(reference);
    }

    @Override
    public void removeCode(ReportReference reference) {
      stored.removeCode(reference);
    }

    @Override
    public UpdateOutcome update(Report report) {
      return stored.update(report);
    }

    @Override
    public void remove(ReportReference wanted) {
      stored.remove(wanted);
    }

    @Override
    public List<Report> unassigned() {
      return stored.unassigned();
    }

    @Override
    public List<Report> openAssignedTo(StaffId adviser) {
      return stored.openAssignedTo(adviser);
    }

    @Override
    public List<Report> allOpen() {
      return stored.allOpen();
    }

    @Override
    public List<Report> findAll(Collection<ReportReference> references) {
      return stored.findAll(references);
    }

    @Override
    public List<Report> closedBefore(Instant cutoff, int limit) {
      return stored.closedBefore(cutoff, limit);
    }

    @Override
    public void hold(ReportReference reference, Instant requestedAt) {
      stored.hold(reference, requestedAt);
    }

    @Override
    public List<Report> held() {
      return stored.held();
    }

    @Override
    public long count() {
      return stored.count();
    }
  }
}
