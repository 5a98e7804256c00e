package org.confide.domain.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * What a reporter told us, and where the case team stands with it. Immutable: every transition
 * returns a new report (or says why it cannot happen), so a stored report changes only when it is
 * saved again.
 */
public final class Report {

  private final ReportReference reference;
  private final QuestionnaireVersion questionnaireVersion;
  private final Answers answers;
  private final Optional<Account> account;
  private final Instant receivedAt;
  private final Anonymity anonymity;
  private final boolean twoWayMessaging;
  private final Optional<SupportRequest> supportRequest;
  private final RiskLevel risk;
  private final ReportStatus status;
  private final Optional<StaffId> assignee;
  private final Optional<Instant> closedAt;
  private final long version;

  private Report(
      ReportReference reference,
      QuestionnaireVersion questionnaireVersion,
      Answers answers,
      Optional<Account> account,
      Instant receivedAt,
      Anonymity anonymity,
      boolean twoWayMessaging,
      Optional<SupportRequest> supportRequest,
      RiskLevel risk,
      ReportStatus status,
      Optional<StaffId> assignee,
      Optional<Instant> closedAt,
      long version) {
    this.reference = Objects.requireNonNull(reference, "reference must not be null");
    this.questionnaireVersion =
        Objects.requireNonNull(questionnaireVersion, "questionnaire version must not be null");
    this.answers = Objects.requireNonNull(answers, "answers must not be null");
    this.account = Objects.requireNonNull(account, "account must be Optional, not null");
    this.receivedAt = Objects.requireNonNull(receivedAt, "received at must not be null");
    this.anonymity = Objects.requireNonNull(anonymity, "anonymity must not be null");
    this.twoWayMessaging = twoWayMessaging;
    this.supportRequest =
        Objects.requireNonNull(supportRequest, "support request must be Optional, not null");
    this.risk = Objects.requireNonNull(risk, "risk must not be null");
    this.status = Objects.requireNonNull(status, "status must not be null");
    this.assignee = Objects.requireNonNull(assignee, "assignee must be Optional, not null");
    this.closedAt = Objects.requireNonNull(closedAt, "closed at must be Optional, not null");
    if (status == ReportStatus.NEW && assignee.isPresent()) {
      throw new IllegalArgumentException("a NEW report has no assignee; assignment opens it");
    }
    if ((status == ReportStatus.CLOSED) != closedAt.isPresent()) {
      throw new IllegalArgumentException("closed at is present exactly when the report is CLOSED");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, was " + version);
    }
    this.version = version;
  }

  /**
   * Receives a report. The answers must already have been checked against the questionnaire version
   * given. Two-way messaging is only for anonymous reporters: a named reporter is answered through
   * their contact details, so no access code is needed. Support from an adviser can only be offered
   * to someone we can contact.
   */
  public static Report submit(Submission submission) {
    Objects.requireNonNull(submission, "submission must not be null");
    if (submission.twoWayMessaging() && !submission.anonymity().isAnonymous()) {
      throw new IllegalArgumentException(
          "two-way messaging is for anonymous reports; a named reporter is contacted directly");
    }
    if (submission.supportRequest().isPresent() && submission.anonymity().isAnonymous()) {
      throw new IllegalArgumentException(
          "a support request needs contact details; an anonymous report cannot carry one");
    }
    return new Report(
        submission.reference(),
        submission.questionnaireVersion(),
        submission.answers(),
        submission.account(),
        submission.receivedAt(),
        submission.anonymity(),
        submission.twoWayMessaging(),
        submission.supportRequest(),
        submission.risk(),
        ReportStatus.NEW,
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /**
   * Rebuilds a stored report; checks structure but no submission rule, which held when stored.
   *
   * @param version the stamp the store kept it under ({@link #version()})
   */
  public static Report reconstitute(
      ReportReference reference,
      QuestionnaireVersion questionnaireVersion,
      Answers answers,
      Optional<Account> account,
      Instant receivedAt,
      Anonymity anonymity,
      boolean twoWayMessaging,
      Optional<SupportRequest> supportRequest,
      RiskLevel risk,
      ReportStatus status,
      Optional<StaffId> assignee,
      Optional<Instant> closedAt,
      long version) {
    return new Report(
        reference,
        questionnaireVersion,
        answers,
        account,
        receivedAt,
        anonymity,
        twoWayMessaging,
        supportRequest,
        risk,
        status,
        assignee,
        closedAt,
        version);
  }

  /**
   * This report as a store keeps it after writing it under {@code version}: the same in every other
   * way. For stores only.
   */
  public Report storedAs(long version) {
    return copy(risk, status, assignee, anonymity, closedAt, version);
  }

  /** Gives the case to {@code adviser}; a new report becomes open. A closed case is refused. */
  public Change assignTo(StaffId adviser) {
    Objects.requireNonNull(adviser, "adviser must not be null");
    if (status == ReportStatus.CLOSED) {
      return new Change.Refused("A closed case must be reopened before it is assigned");
    }
    if (assignee.filter(adviser::equals).isPresent()) {
      return new Change.Unchanged(this);
    }
    return new Change.Changed(
        with(ReportStatus.OPEN, Optional.of(adviser), anonymity, closedAt), "assigned");
  }

  /** Returns the case to the unassigned queue. */
  public Change unassign() {
    if (assignee.isEmpty()) {
      return new Change.Unchanged(this);
    }
    if (status == ReportStatus.CLOSED) {
      return new Change.Refused("A closed case keeps the adviser who closed it");
    }
    return new Change.Changed(
        with(ReportStatus.OPEN, Optional.empty(), anonymity, closedAt), "unassigned");
  }

  /**
   * Moves the case to {@code target}: NEW may become OPEN or CLOSED, OPEN may become CLOSED, CLOSED
   * may be reopened. Nothing goes back to NEW, which means "nobody has looked yet".
   */
  public Change moveTo(ReportStatus target, Instant at) {
    Objects.requireNonNull(target, "status must not be null");
    Objects.requireNonNull(at, "at must not be null");
    if (target == status) {
      return new Change.Unchanged(this);
    }
    if (target == ReportStatus.NEW) {
      return new Change.Refused("A case cannot go back to NEW once someone has worked on it");
    }
    var closed = target == ReportStatus.CLOSED ? Optional.of(at) : Optional.<Instant>empty();
    return new Change.Changed(with(target, assignee, anonymity, closed), status + " -> " + target);
  }

  /**
   * The reporter shares contact details: the report becomes named, or a named report's details are
   * replaced. There is deliberately no way back to anonymous.
   */
  public Change shareContactDetails(ContactDetails contact) {
    Objects.requireNonNull(contact, "contact must not be null");
    var named = Anonymity.named(contact);
    if (named.equals(anonymity)) {
      return new Change.Unchanged(this);
    }
    return new Change.Changed(
        with(status, assignee, named, closedAt),
        anonymity.isAnonymous() ? "anonymous -> named" : "contact details updated");
  }

  /** Records a risk found after submission (a raised escalation); risk only ever goes up. */
  public Report withRiskAtLeast(RiskLevel level) {
    if (level.compareTo(risk) <= 0) {
      return this;
    }
    return with(level, status, assignee, anonymity, closedAt);
  }

  private Report with(
      ReportStatus status,
      Optional<StaffId> assignee,
      Anonymity anonymity,
      Optional<Instant> closedAt) {
    return with(risk, status, assignee, anonymity, closedAt);
  }

  private Report with(
      RiskLevel risk,
      ReportStatus status,
      Optional<StaffId> assignee,
      Anonymity anonymity,
      Optional<Instant> closedAt) {
    return copy(risk, status, assignee, anonymity, closedAt, version);
  }

  private Report copy(
      RiskLevel risk,
      ReportStatus status,
      Optional<StaffId> assignee,
      Anonymity anonymity,
      Optional<Instant> closedAt,
      long version) {
    return new Report(
        reference,
        questionnaireVersion,
        answers,
        account,
        receivedAt,
        anonymity,
        twoWayMessaging,
        supportRequest,
        risk,
        status,
        assignee,
        closedAt,
        version);
  }

  /** The outcome of a transition. */
  public sealed interface Change {
    /** The report after the change, and a short non-personal description for the audit trail. */
    record Changed(Report report, String description) implements Change {}

    /** Nothing to do: the report already was that way. */
    record Unchanged(Report report) implements Change {}

    /** The change is not allowed, and why, in words staff can act on. */
    record Refused(String reason) implements Change {}
  }

  public ReportReference reference() {
    return reference;
  }

  public QuestionnaireVersion questionnaireVersion() {
    return questionnaireVersion;
  }

  public Answers answers() {
    return answers;
  }

  public Optional<Account> account() {
    return account;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Anonymity anonymity() {
    return anonymity;
  }

  public boolean isAnonymous() {
    return anonymity.isAnonymous();
  }

  /** Whether the reporter opted in to the anonymous thread (and so holds an access code). */
  public boolean twoWayMessaging() {
    return twoWayMessaging;
  }

  public Optional<SupportRequest> supportRequest() {
    return supportRequest;
  }

  public RiskLevel risk() {
    return risk;
  }

  public ReportStatus status() {
    return status;
  }

  public Optional<StaffId> assignee() {
    return assignee;
  }

  /** When the case was closed, present exactly when it is {@link ReportStatus#CLOSED}. */
  public Optional<Instant> closedAt() {
    return closedAt;
  }

  /**
   * The stamp of the stored state this report was read from (0 when new), which a transition keeps:
   * a store refuses to write a report whose version is no longer the stored one, so that of two
   * people changing one case at once, the second is told instead of overwriting the first.
   */
  public long version() {
    return version;
  }

  /** Whether {@code staff} is the assigned adviser. */
  public boolean isAssignedTo(StaffId staff) {
    return assignee.filter(staff::equals).isPresent();
  }

  /**
   * Equal when they say the same; the {@link #version() version} is the store's stamp, not part of
   * it.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Report that
        && reference.equals(that.reference)
        && questionnaireVersion.equals(that.questionnaireVersion)
        && answers.equals(that.answers)
        && account.equals(that.account)
        && receivedAt.equals(that.receivedAt)
        && anonymity.equals(that.anonymity)
        && twoWayMessaging == that.twoWayMessaging
        && supportRequest.equals(that.supportRequest)
        && risk == that.risk
        && status == that.status
        && assignee.equals(that.assignee)
        && closedAt.equals(that.closedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, receivedAt, status, assignee);
  }

  @Override
  public String toString() {
    return "Report[" + reference + ", " + status + ", " + risk + "]";
  }
}
