package org.confide.domain.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * What a reporter told us, and where the case team stands with it. Immutable: every transition
 * returns a new report (or says why it cannot happen), so a stored report changes only when it is
 * saved again.
 *
 * <p>Its invariants: a {@link ReportStatus#NEW NEW} report has no assignee, and {@link #closedAt()}
 * is present exactly when the report is {@link ReportStatus#CLOSED CLOSED}. A new report comes from
 * {@link #submit}, which also holds the submission rules; the canonical constructor rebuilds a
 * stored one, checking structure but no submission rule (which held when it was stored), and is for
 * stores.
 *
 * @param reference how staff know the report
 * @param questionnaireVersion the version of the questionnaire the answers were checked against
 * @param answers what the reporter answered, by question
 * @param account the reporter's own account of what happened, or empty if they gave none
 * @param receivedAt when the report arrived; response targets are counted from it
 * @param anonymity whether we know who reported, and if so how to reach them
 * @param twoWayMessaging whether the reporter opted in to the anonymous thread (and so holds an
 *     access code); it stays true if the reporter later shares contact details
 * @param supportRequest the named reporter's request for support from an adviser, or empty if they
 *     made none
 * @param risk how worrying the report is: as assessed at submission, raised later by an escalation
 * @param status where the case team stands with it
 * @param assignee the adviser working the case, or empty when the case is in the unassigned queue;
 *     always empty when {@link ReportStatus#NEW NEW}
 * @param closedAt when the case was closed, present exactly when it is {@link ReportStatus#CLOSED}
 * @param erasureRequestedAt when the reporter asked for the report to be erased while a
 *     safeguarding escalation required it to be kept: present exactly when the report is under a
 *     safeguarding hold (see {@link #holdForSafeguarding})
 * @param version the stamp of the stored state this report was read from (0 when new), which a
 *     transition keeps: a store refuses to write a report whose version is no longer the stored
 *     one, so that of two people changing one case at once, the second is told instead of
 *     overwriting the first
 * @param staffEntry present when an adviser entered the report for someone who told them
 */
public record Report(
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
    Optional<Instant> erasureRequestedAt,
    long version,
    Optional<StaffEntry> staffEntry) {

  /**
   * A stored report, rebuilt.
   *
   * @throws IllegalArgumentException if a {@code NEW} report has an assignee, {@code closedAt} is
   *     present other than exactly when the report is closed, or the version is negative
   */
  public Report {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(questionnaireVersion, "questionnaire version must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(account, "account must be Optional, not null");
    Objects.requireNonNull(receivedAt, "received at must not be null");
    Objects.requireNonNull(anonymity, "anonymity must not be null");
    Objects.requireNonNull(supportRequest, "support request must be Optional, not null");
    Objects.requireNonNull(risk, "risk must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(assignee, "assignee must be Optional, not null");
    Objects.requireNonNull(closedAt, "closed at must be Optional, not null");
    Objects.requireNonNull(erasureRequestedAt, "erasure requested at must be Optional, not null");
    Objects.requireNonNull(staffEntry, "staff entry must be Optional, not null");
    if (status == ReportStatus.NEW && assignee.isPresent()) {
      throw new IllegalArgumentException("a NEW report has no assignee; assignment opens it");
    }
    if ((status == ReportStatus.CLOSED) != closedAt.isPresent()) {
      throw new IllegalArgumentException("closed at is present exactly when the report is CLOSED");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, was " + version);
    }
  }

  /**
   * Receives a report. The answers must already have been checked against the questionnaire version
   * given. Two-way messaging is only for anonymous reporters: a named reporter is answered through
   * their contact details, so no access code is needed. Support from an adviser can only be offered
   * to someone we can contact.
   *
   * @param submission what the report is made of, normally from {@link Intake.Checked#submission}
   * @return a {@link ReportStatus#NEW NEW} report with no assignee, at version 0
   * @throws IllegalArgumentException if a named report, or one entered by staff, asks for two-way
   *     messaging, or an anonymous one carries a support request
   */
  public static Report submit(Submission submission) {
    Objects.requireNonNull(submission, "submission must not be null");
    if (submission.twoWayMessaging() && !submission.anonymity().isAnonymous()) {
      throw new IllegalArgumentException(
          "two-way messaging is for anonymous reports; a named reporter is contacted directly");
    }
    if (submission.twoWayMessaging() && submission.staffEntry().isPresent()) {
      throw new IllegalArgumentException("a report entered by staff issues no access code");
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
        Optional.empty(),
        0,
        submission.staffEntry());
  }

  /**
   * This report as a store keeps it after writing it under {@code version}: the same in every other
   * way. For stores only.
   *
   * @param version the new stamp; not negative
   * @return this report under that version
   * @throws IllegalArgumentException if {@code version} is negative
   */
  public Report storedAs(long version) {
    return copy(risk, status, assignee, anonymity, closedAt, erasureRequestedAt, version);
  }

  /**
   * Gives the case to {@code adviser}; a new report becomes open. A closed case is refused. Whether
   * the staff member may be given cases is for the caller to check ({@link
   * org.confide.domain.staff.CaseAccess#mayBeAssigned}).
   *
   * @param adviser the staff member who takes the case, replacing any adviser it had
   * @return {@link Change.Changed} with the case open and assigned (described {@code assigned});
   *     {@link Change.Unchanged} if it is already theirs; {@link Change.Refused} if it is closed or
   *     held for safeguarding
   */
  public Change assignTo(StaffId adviser) {
    Objects.requireNonNull(adviser, "adviser must not be null");
    if (isHeld()) {
      return new Change.Refused(ProblemCode.HELD);
    }
    if (status == ReportStatus.CLOSED) {
      return new Change.Refused(ProblemCode.CLOSED_ASSIGN);
    }
    if (assignee.filter(adviser::equals).isPresent()) {
      return new Change.Unchanged(this);
    }
    return new Change.Changed(
        with(risk, ReportStatus.OPEN, Optional.of(adviser), anonymity, closedAt),
        Change.Kind.ASSIGNED,
        status);
  }

  /**
   * Returns the case to the unassigned queue. It stays open: nothing goes back to {@code NEW}.
   *
   * @return {@link Change.Changed} with no assignee (described {@code unassigned}); {@link
   *     Change.Unchanged} if it has none; {@link Change.Refused} if it is closed or held
   */
  public Change unassign() {
    if (isHeld()) {
      return new Change.Refused(ProblemCode.HELD);
    }
    if (assignee.isEmpty()) {
      return new Change.Unchanged(this);
    }
    if (status == ReportStatus.CLOSED) {
      return new Change.Refused(ProblemCode.CLOSED_KEEPS_ADVISER);
    }
    return new Change.Changed(
        with(risk, ReportStatus.OPEN, Optional.empty(), anonymity, closedAt),
        Change.Kind.UNASSIGNED,
        status);
  }

  /**
   * Moves the case to {@code target}: NEW may become OPEN or CLOSED, OPEN may become CLOSED, CLOSED
   * may be reopened. Nothing goes back to NEW, which means "nobody has looked yet". The assignee is
   * kept, whatever the move.
   *
   * @param target the status to move to
   * @param at when, recorded as {@link #closedAt()} when the case is closed; cleared when it is
   *     reopened
   * @return {@link Change.Changed} described as {@code OPEN -> CLOSED} and so on; {@link
   *     Change.Unchanged} if it already has that status; {@link Change.Refused} for a move back to
   *     {@code NEW}, or for a report held for safeguarding
   */
  public Change moveTo(ReportStatus target, Instant at) {
    Objects.requireNonNull(target, "status must not be null");
    Objects.requireNonNull(at, "at must not be null");
    if (isHeld()) {
      return new Change.Refused(ProblemCode.HELD);
    }
    if (target == status) {
      return new Change.Unchanged(this);
    }
    if (target == ReportStatus.NEW) {
      return new Change.Refused(ProblemCode.BACK_TO_NEW);
    }
    var closed = target == ReportStatus.CLOSED ? Optional.of(at) : Optional.<Instant>empty();
    return new Change.Changed(
        with(risk, target, assignee, anonymity, closed), Change.Kind.MOVED, status);
  }

  /**
   * The reporter shares contact details: the report becomes named, or a named report's details are
   * replaced. There is deliberately no way back to anonymous. An anonymous report that had a thread
   * keeps it: {@link #twoWayMessaging()} stays true.
   *
   * @param contact the reporter's contact details
   * @return {@link Change.Changed} described as {@code anonymous -> named} or {@code contact
   *     details updated}; {@link Change.Unchanged} if the report already has these very details
   */
  public Change shareContactDetails(ContactDetails contact) {
    Objects.requireNonNull(contact, "contact must not be null");
    var named = Anonymity.named(contact);
    if (named.equals(anonymity)) {
      return new Change.Unchanged(this);
    }
    return new Change.Changed(
        with(risk, status, assignee, named, closedAt),
        anonymity.isAnonymous() ? Change.Kind.NAMED : Change.Kind.CONTACT_DETAILS_UPDATED,
        status);
  }

  /**
   * Records a risk found after submission (a raised escalation); risk only ever goes up. Unlike the
   * other transitions, it answers the report itself rather than a {@link Change}.
   *
   * @param level the risk found
   * @return the report at the higher of its risk and {@code level}; this very report if that is no
   *     higher
   */
  public Report withRiskAtLeast(RiskLevel level) {
    if (level.compareTo(risk) <= 0) {
      return this;
    }
    return with(level, status, assignee, anonymity, closedAt);
  }

  /**
   * The reporter asked for this report to be erased, but a safeguarding escalation on it means the
   * organisation must keep it for now: the report stays, under a safeguarding hold, for the
   * safeguarding leads alone. Its status and assignee are kept as they were.
   *
   * @param requestedAt when the reporter asked
   * @return the report under a hold since {@code requestedAt}; this very report if it is already
   *     held
   */
  public Report holdForSafeguarding(Instant requestedAt) {
    Objects.requireNonNull(requestedAt, "requested at must not be null");
    if (isHeld()) {
      return this;
    }
    return copy(risk, status, assignee, anonymity, closedAt, Optional.of(requestedAt), version);
  }

  /**
   * Whether the report is under a safeguarding hold: its reporter asked for it to be erased, and it
   * is kept for the safeguarding leads alone until the escalation is decided.
   *
   * @return true if {@link #erasureRequestedAt()} is present
   */
  public boolean isHeld() {
    return erasureRequestedAt.isPresent();
  }

  private Report with(
      RiskLevel risk,
      ReportStatus status,
      Optional<StaffId> assignee,
      Anonymity anonymity,
      Optional<Instant> closedAt) {
    return copy(risk, status, assignee, anonymity, closedAt, erasureRequestedAt, version);
  }

  private Report copy(
      RiskLevel risk,
      ReportStatus status,
      Optional<StaffId> assignee,
      Anonymity anonymity,
      Optional<Instant> closedAt,
      Optional<Instant> erasureRequestedAt,
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
        erasureRequestedAt,
        version,
        staffEntry);
  }

  /** The outcome of a transition. */
  public sealed interface Change {
    /**
     * The report after the change, and what changed, for the audit trail.
     *
     * @param report the report after the change, at the same version: save it to make it stand
     * @param kind what changed
     * @param from the report's status before the change
     */
    record Changed(Report report, Kind kind, ReportStatus from) implements Change {
      /**
       * A change.
       *
       * @throws NullPointerException if a component is null
       */
      public Changed {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(from, "from must not be null");
      }

      /**
       * What changed, in English, as the audit trail's detail says it.
       *
       * @return {@code assigned}, {@code unassigned}, {@code NEW -> OPEN} and so on, {@code
       *     anonymous -> named} or {@code contact details updated}
       */
      public String description() {
        return switch (kind) {
          case ASSIGNED -> "assigned";
          case UNASSIGNED -> "unassigned";
          case MOVED -> from + " -> " + report.status();
          case NAMED -> "anonymous -> named";
          case CONTACT_DETAILS_UPDATED -> "contact details updated";
        };
      }
    }

    /** What a change changed. */
    enum Kind {
      /** The case was given to an adviser. */
      ASSIGNED,
      /** The case's adviser was taken off it. */
      UNASSIGNED,
      /** The case's status moved. */
      MOVED,
      /** An anonymous report was given contact details. */
      NAMED,
      /** A named report's contact details were replaced. */
      CONTACT_DETAILS_UPDATED
    }

    /**
     * Nothing to do: the report already was that way.
     *
     * @param report the report, as it was
     */
    record Unchanged(Report report) implements Change {}

    /**
     * The change is not allowed, and why, by name.
     *
     * @param code why, such as {@link ProblemCode#CLOSED_ASSIGN}
     */
    record Refused(ProblemCode code) implements Change {

      /**
       * A change refused.
       *
       * @throws NullPointerException if {@code code} is null
       */
      public Refused {
        java.util.Objects.requireNonNull(code, "code must not be null");
      }

      /**
       * Why, in English words staff can act on.
       *
       * @return for example "A closed case must be reopened before it is assigned"
       */
      public String reason() {
        return code.english(java.util.List.of());
      }
    }
  }

  /**
   * Whether we do not know who reported.
   *
   * @return true if the report is anonymous
   */
  public boolean isAnonymous() {
    return anonymity.isAnonymous();
  }

  /**
   * Whether {@code staff} is the assigned adviser.
   *
   * @param staff a staff member
   * @return true if the case is assigned to them
   */
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
        && closedAt.equals(that.closedAt)
        && erasureRequestedAt.equals(that.erasureRequestedAt)
        && staffEntry.equals(that.staffEntry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, receivedAt, status, assignee);
  }

  /** Names the report by reference, status and risk only: never by anything the reporter wrote. */
  @Override
  public String toString() {
    return "Report[" + reference + ", " + status + ", " + risk + "]";
  }
}
