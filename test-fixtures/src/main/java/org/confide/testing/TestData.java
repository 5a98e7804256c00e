package org.confide.testing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationDecider;
import org.confide.domain.safeguarding.EscalationDecision;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.safeguarding.ReferralBody;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionDigest;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.thread.InternalNote;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageBody;
import org.confide.domain.thread.MessageId;
import org.confide.domain.thread.MessageThread;
import org.confide.domain.thread.NoteBody;
import org.confide.domain.thread.NoteId;

/**
 * Small factories, with safe defaults, for the values the contract tests store: escalations and
 * their decisions, threads and messages, notes, audit events, sessions, digests and trend facts.
 * Ids and digests are random, so values made by two calls never clash.
 */
public final class TestData {

  private static final EscalationDecider LEAD =
      new EscalationDecider(TestStaff.aStaffId(), Set.of(Role.SAFEGUARDING_LEAD));

  private TestData() {}

  /**
   * {@return an escalation raised automatically on {@code report} at {@code at}}
   *
   * @param report the report it concerns
   * @param at when it happened
   */
  public static Escalation anEscalation(ReportReference report, Instant at) {
    return Escalation.raiseAutomatically(
        EscalationId.generate(ThreadLocalRandom.current()),
        report,
        at,
        List.of("The reporter is under 18"));
  }

  /**
   * {@return {@code escalation}, acknowledged by a lead at {@code at}}
   *
   * @param escalation an escalation still open
   * @param at when it happened
   */
  public static Escalation acknowledged(Escalation escalation, Instant at) {
    return decided(escalation.acknowledge(LEAD, at, new Rationale("Calling the reporter back")));
  }

  /**
   * {@return {@code escalation}, referred to the police by a lead at {@code at}}
   *
   * @param escalation an escalation still open
   * @param at when it happened
   */
  public static Escalation referred(Escalation escalation, Instant at) {
    return decided(
        escalation.refer(
            LEAD, at, new ReferralBody("Thames Valley Police"), new Rationale("Risk of harm")));
  }

  /**
   * {@return {@code escalation}, stood down by a lead at {@code at}}
   *
   * @param escalation an escalation still open
   * @param at when it happened
   */
  public static Escalation stoodDown(Escalation escalation, Instant at) {
    return decided(escalation.standDown(LEAD, at, new Rationale("No risk once we spoke")));
  }

  /**
   * {@return a thread on {@code report} whose reporter wrote at {@code at}}
   *
   * @param report the report it concerns
   * @param at when it happened
   */
  public static MessageThread aThread(ReportReference report, Instant at) {
    return MessageThread.open(report).post(reporterMessage(at));
  }

  /**
   * {@return a new message from the reporter}
   *
   * @param at when it happened
   */
  public static Message reporterMessage(Instant at) {
    return Message.fromReporter(
        MessageId.generate(ThreadLocalRandom.current()), new MessageBody("Is anyone there?"), at);
  }

  /**
   * {@return a new message from the staff member {@code author}}
   *
   * @param author the staff member who wrote it
   * @param at when it happened
   */
  public static Message staffMessage(StaffId author, Instant at) {
    return Message.fromStaff(
        MessageId.generate(ThreadLocalRandom.current()),
        author,
        new MessageBody("Yes, I am reading your report now."),
        at);
  }

  /**
   * {@return a note written at {@code at}}
   *
   * @param at when it happened
   */
  public static InternalNote aNote(Instant at) {
    return new InternalNote(
        NoteId.generate(ThreadLocalRandom.current()),
        TestStaff.aStaffId(),
        new NoteBody("Left a message with the reporter."),
        at);
  }

  /**
   * {@return a staff read of {@code report} at {@code at}}
   *
   * @param at when it happened
   * @param report the report it concerns
   */
  public static AuditEvent anEvent(Instant at, ReportReference report) {
    return AuditEvent.of(
        AuditEventId.generate(ThreadLocalRandom.current()),
        at,
        Actor.staff(TestStaff.aStaffId()),
        AuditAction.REPORT_VIEWED,
        report,
        "");
  }

  /**
   * {@return a staff log-in at {@code at}, about no report}
   *
   * @param at when it happened
   */
  public static AuditEvent aLogIn(Instant at) {
    return AuditEvent.of(
        AuditEventId.generate(ThreadLocalRandom.current()),
        at,
        Actor.staff(TestStaff.aStaffId()),
        AuditAction.STAFF_LOGGED_IN,
        "password");
  }

  /** {@return a random access-code digest} */
  public static AccessCodeDigest aCodeDigest() {
    return AccessCodeDigest.of(randomBytes());
  }

  /** {@return a random session digest} */
  public static SessionDigest aSessionDigest() {
    return SessionDigest.of(randomBytes());
  }

  /**
   * {@return a session of {@code subject}, created and last seen at {@code createdAt}}
   *
   * @param subject whose session it is
   * @param createdAt when the session began
   */
  public static Session aSession(Session.Subject subject, Instant createdAt) {
    return new Session(aSessionDigest(), subject, createdAt, createdAt);
  }

  /**
   * {@return a session of {@code subject}, created at {@code createdAt} and last seen at {@code
   * seenAt}}
   *
   * @param subject whose session it is
   * @param createdAt when the session began
   * @param seenAt when the session was last used
   */
  public static Session aSession(Session.Subject subject, Instant createdAt, Instant seenAt) {
    return new Session(aSessionDigest(), subject, createdAt, seenAt);
  }

  /** {@return a random idempotency-key digest} */
  public static String aKeyDigest() {
    return HexFormat.of().formatHex(randomBytes());
  }

  /**
   * {@return a claim of {@code keyDigest} for a new report at {@code at}}
   *
   * @param keyDigest the digest of the idempotency key
   * @param at when it happened
   */
  public static SubmissionKeys.Claim aClaim(String keyDigest, Instant at) {
    return new SubmissionKeys.Claim(keyDigest, aKeyDigest(), TestReports.aReference(), at);
  }

  /**
   * {@return the facts of an anonymous report of bullying on campus by a student, in {@code month}}
   *
   * @param month the month the report was received in
   */
  public static ReportFacts facts(YearMonth month) {
    return new ReportFacts(
        month,
        List.of(OptionId.of("bullying"), OptionId.of("harassment")),
        Optional.of(OptionId.of("on-campus")),
        Optional.of(OptionId.of("student")),
        true);
  }

  private static Escalation decided(EscalationDecision decision) {
    return switch (decision) {
      case EscalationDecision.Decided decided -> decided.escalation();
      case EscalationDecision.NotAllowed notAllowed ->
          throw new IllegalStateException("decision refused: " + notAllowed.why());
    };
  }

  private static byte[] randomBytes() {
    var bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
