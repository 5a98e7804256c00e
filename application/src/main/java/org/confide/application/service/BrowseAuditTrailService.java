package org.confide.application.service;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.BrowseAuditTrailUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.in.VerifyAuditTrailUseCase;
import org.confide.application.port.out.AuditTrail;
import org.confide.application.port.out.AuditTrail.Listed;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditChain;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditFilter;
import org.confide.domain.audit.ChainVerdict;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Permission;

/**
 * Pages through the audit trail and checks its hash chain, for administrators and safeguarding
 * leads; each reading and each check is itself audited.
 */
public final class BrowseAuditTrailService
    implements BrowseAuditTrailUseCase, VerifyAuditTrailUseCase {

  // How many chained events the check reads at a time, so a long trail never sits in memory whole.
  private static final int CHAIN_BATCH = 1000;

  private final Gate gate;
  private final Auditor auditor;
  private final AuditTrail auditTrail;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param auditTrail the audit trail read
   */
  public BrowseAuditTrailService(Gate gate, Auditor auditor, AuditTrail auditTrail) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
  }

  @Override
  public Outcome<AuditPage, StaffRequestFailure> browse(SessionToken session, Command command) {
    return gate.asStaff(
        session,
        Permission.READ_AUDIT_TRAIL,
        StaffRequestFailure::from,
        reader -> {
          var problems = new ArrayList<FieldProblem>();
          if (!command.from().isBefore(command.to())) {
            problems.add(FieldProblem.of("from", ProblemCode.PERIOD_ORDER));
          }
          var after = command.after().map(AuditCursors::parse);
          if (after.isPresent() && after.get().isEmpty()) {
            problems.add(FieldProblem.of("after", ProblemCode.AUDIT_CURSOR));
          }
          if (command.size() < 1 || command.size() > MAX_PAGE_SIZE) {
            problems.add(FieldProblem.of("limit", ProblemCode.PAGE_SIZE, MAX_PAGE_SIZE));
          }
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          var filter =
              new AuditFilter(
                  command.from(),
                  command.to(),
                  command.action(),
                  command.actor(),
                  command.subject());
          // One more than asked for says whether a next page exists.
          var listed =
              auditTrail.newestFirst(filter, after.flatMap(cursor -> cursor), command.size() + 1);
          var page = listed.subList(0, Math.min(listed.size(), command.size()));
          var next =
              listed.size() > command.size()
                  ? Optional.of(AuditCursors.of(page.getLast().position()))
                  : Optional.<String>empty();
          auditor.audit(
              Actor.staff(reader.id()),
              AuditAction.AUDIT_TRAIL_READ,
              described(page.size(), command));
          return Outcome.done(new AuditPage(page.stream().map(Listed::event).toList(), next));
        });
  }

  @Override
  public Outcome<ChainVerdict, StaffDenial> verify(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.READ_AUDIT_TRAIL,
        denial -> denial,
        checker -> {
          var verdict = walk();
          auditor.audit(
              Actor.staff(checker.id()),
              AuditAction.AUDIT_TRAIL_VERIFIED,
              switch (verdict) {
                case ChainVerdict.Whole whole ->
                    AuditDetail.of(AuditDetailCode.CHAIN_WHOLE, whole.events());
                case ChainVerdict.Broken broken ->
                    AuditDetail.of(AuditDetailCode.CHAIN_BROKEN, broken.position());
              });
          return Outcome.done(verdict);
        });
  }

  private ChainVerdict walk() {
    // The head is read first: events appended while the chain is read lie beyond it.
    return AuditChain.verify(auditTrail.head(), after -> auditTrail.chain(after, CHAIN_BATCH));
  }

  /**
   * A reading, for its audit event: how many events, and its filters by names, ids and references
   * only, each other than the period as {@code name:value} (a cursor only as {@code after:cursor}).
   */
  private static AuditDetail described(int events, Command command) {
    var filters = new ArrayList<String>();
    command.action().ifPresent(action -> filters.add("action:" + action.name()));
    command
        .actor()
        .ifPresent(actor ->
            filters.add(
                "actor:"
                    + switch (actor) {
                      case Actor.Staff staff -> staff.id().toString();
                      case Actor.Reporter reporter -> "reporter";
                      case Actor.System system -> "system";
                    }));
    command.subject().map(ReportReference::value).ifPresent(ref -> filters.add("reference:" + ref));
    command.after().ifPresent(cursor -> filters.add("after:cursor"));
    var from = command.from().toString();
    var to = command.to().toString();
    return filters.isEmpty()
        ? AuditDetail.of(AuditDetailCode.AUDIT_READ, events, from, to)
        : AuditDetail.of(AuditDetailCode.AUDIT_READ_FILTERED, events, from, to, filters);
  }
}
