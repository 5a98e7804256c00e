package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.port.out.AuditTrail;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.shared.ReportReference;

/** Appends events to the audit trail, stamped with the time and a fresh id. */
public final class Auditor {

  private final AuditTrail auditTrail;
  private final Clock clock;
  private final RandomGenerator random;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param auditTrail the audit trail
   * @param clock the time read for due dates, expiry and the audit trail
   * @param random the source of references, codes and ids
   */
  public Auditor(AuditTrail auditTrail, Clock clock, RandomGenerator random) {
    this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Appends an event about a report, with a coded note. */
  void audit(Actor actor, AuditAction action, ReportReference subject, AuditDetail detail) {
    auditTrail.append(
        AuditEvent.coded(
            AuditEventId.generate(random),
            clock.instant(),
            actor,
            action,
            Optional.of(subject),
            detail));
  }

  /** Appends an event about no report in particular, with a coded note. */
  void audit(Actor actor, AuditAction action, AuditDetail detail) {
    auditTrail.append(
        AuditEvent.coded(
            AuditEventId.generate(random),
            clock.instant(),
            actor,
            action,
            Optional.empty(),
            detail));
  }

  /** Appends an event about a report, with no note. */
  void audit(Actor actor, AuditAction action, ReportReference subject) {
    auditTrail.append(
        AuditEvent.of(AuditEventId.generate(random), clock.instant(), actor, action, subject, ""));
  }

  /** Appends an event about no report in particular, with no note. */
  void audit(Actor actor, AuditAction action) {
    auditTrail.append(
        AuditEvent.of(AuditEventId.generate(random), clock.instant(), actor, action, ""));
  }
}
