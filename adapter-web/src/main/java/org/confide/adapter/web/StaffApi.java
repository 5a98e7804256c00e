package org.confide.adapter.web;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.confide.application.Confide;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SetUpTwoFactorUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.in.WorkCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.staff.Permission;

/**
 * The case team's side of the API: logging in, the case lists, a case, and working it — replies,
 * assignment, status, escalations and a safeguarding lead's decisions.
 */
final class StaffApi {

  private final LogInStaffUseCase logIn;
  private final SetUpTwoFactorUseCase twoFactor;
  private final EndSessionUseCase endSession;
  private final ListCasesUseCase listCases;
  private final ViewCaseUseCase viewCase;
  private final WorkCaseUseCase workCase;
  private final DecideEscalationUseCase decideEscalation;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;
  private final Guard guard;

  StaffApi(Confide confide, Json json, Responses responses, Guard guard) {
    this.logIn = confide.logInStaff();
    this.twoFactor = confide.setUpTwoFactor();
    this.endSession = confide.endSession();
    this.listCases = confide.listCases();
    this.viewCase = confide.viewCase();
    this.workCase = confide.workCase();
    this.decideEscalation = confide.decideEscalation();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
    this.guard = guard;
  }

  /**
   * {@code POST /api/v1/staff/session}: throttled per account. An API client has no known-device
   * cookie, so its tries share the account's budget with every unknown browser's.
   */
  void openSession(Context ctx) {
    var request = json.read(ctx, LogInRequest.class);
    RequestProblems.of(request).check();
    String email = request.email();
    String password = request.password();
    var outcome =
        guard.passwordTry(
            guard.accountKey(email),
            Optional.empty(),
            () -> logIn.logIn(email, password.toCharArray(), request.code()));
    responses.send(ctx, outcome, 200, grant -> StaffGrantResponse.of(grant, twoFactor));
  }

  /** {@code GET /api/v1/staff/two-factor}: whether the caller has set it up, and must. */
  void twoFactorStatus(Context ctx) {
    responses.send(ctx, twoFactor.status(Bearer.token(ctx)), 200, status -> status);
  }

  /** {@code POST /api/v1/staff/two-factor}: the secret for the app, the same until confirmed. */
  void beginTwoFactor(Context ctx) {
    responses.send(ctx, twoFactor.begin(Bearer.token(ctx)), 200, EnrolmentResponse::of);
  }

  /**
   * {@code POST /api/v1/staff/two-factor/confirmation}: proves the app; a new session. Whether the
   * holder may confirm at all (a live staff session, not yet set up) is asked before the body is
   * read.
   */
  void confirmTwoFactor(Context ctx) {
    var token = Bearer.token(ctx);
    var status = twoFactor.status(token);
    switch (status) {
      case Outcome.Done<SetUpTwoFactorUseCase.Status> done when done.value().setUp() -> {
        responses.sendNoContent(ctx, new Outcome.Refused<>(SetUpTwoFactorUseCase.ALREADY_SET_UP));
        return;
      }
      case Outcome.Done<SetUpTwoFactorUseCase.Status> done -> {}
      default -> {
        responses.sendNoContent(ctx, status);
        return;
      }
    }
    var request = json.read(ctx, CodeRequest.class);
    RequestProblems.of(request).check();
    String code = request.code();
    responses.send(ctx, twoFactor.confirm(token, code), 200, ConfirmedResponse::of);
  }

  /** {@code DELETE /api/v1/staff/session}. */
  void closeSession(Context ctx) {
    responses.sendNoContent(ctx, endSession.end(Bearer.token(ctx), EndSessionUseCase.Holder.STAFF));
  }

  /**
   * {@code GET /api/v1/staff/cases?view=...&after=...|before=...&limit=...}: a page of one view
   * (the queue when none is given), the first unless a page's {@code next} is given as {@code
   * after} or its {@code previous} as {@code before}; {@link ListCasesUseCase#PAGE_SIZE} cases
   * unless {@code limit} asks for fewer or more (up to {@link ListCasesUseCase#MAX_PAGE_SIZE}).
   */
  void cases(Context ctx) {
    var token = Bearer.token(ctx);
    var viewText = Optional.ofNullable(ctx.queryParam("view")).orElse("queue");
    var view =
        EnumNames.named(ListCasesUseCase.View.class, viewText.toUpperCase(Locale.ROOT))
            .orElseThrow(() ->
                ProblemException.invalid(
                    "view", "Should be one of queue, mine, unread, overdue, escalated"));
    responses.send(ctx, listCases.list(token, view, pageRequest(ctx)), 200, CasesResponse::of);
  }

  /**
   * The page a case-list request asks for, from {@code after}, {@code before} and {@code limit}.
   */
  static ListCasesUseCase.PageRequest pageRequest(Context ctx) {
    var size = ListCasesUseCase.PAGE_SIZE;
    var limit = ctx.queryParam("limit");
    if (limit != null) {
      try {
        size = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        throw ProblemException.invalid(
            "limit", "Give a page size from 1 to " + ListCasesUseCase.MAX_PAGE_SIZE);
      }
    }
    return new ListCasesUseCase.PageRequest(
        Optional.ofNullable(ctx.queryParam("after")),
        Optional.ofNullable(ctx.queryParam("before")),
        size);
  }

  /** {@code GET /api/v1/staff/cases/{reference}}. */
  void caseFile(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, viewCase.view(token, PathIds.reference(ctx)), 200, CaseResponse::of);
  }

  /** {@code POST /api/v1/staff/cases/{reference}/messages}. */
  void reply(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, ReporterApi.MessageRequest.class);
    RequestProblems.of(request).check();
    String body = request.body();
    responses.send(
        ctx, workCase.reply(token, reference, body), 201, ReporterApi.MessageResponse::of);
  }

  /** {@code POST /api/v1/staff/cases/{reference}/assignment}. */
  void assign(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, AssignmentRequest.class);
    RequestProblems.of(request).check();
    String assignee = request.assignee();
    responses.sendNoContent(ctx, workCase.assign(token, reference, assignee));
  }

  /** {@code POST /api/v1/staff/cases/{reference}/status}. */
  void changeStatus(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, StatusRequest.class);
    var required = RequestProblems.of(request);
    String reason = request.reason();
    ReportStatus status = null;
    if (request.status() != null) {
      status = EnumNames.named(ReportStatus.class, request.status()).orElse(null);
      if (status == null) {
        required.problem("status", "Should be one of NEW, OPEN, CLOSED");
      }
    }
    required.check();
    responses.sendNoContent(ctx, workCase.changeStatus(token, reference, status, reason));
  }

  /** {@code POST /api/v1/staff/cases/{reference}/escalations}: raised by hand. */
  void escalate(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.RAISE_ESCALATION)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, EscalationRequest.class);
    RequestProblems.of(request).check();
    String reason = request.reason();
    responses.send(
        ctx,
        workCase.escalate(token, reference, reason),
        201,
        id -> new EscalationCreated(id.toString()));
  }

  /** {@code GET /api/v1/staff/escalations}: open escalations, oldest first. */
  void openEscalations(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, decideEscalation.open(token), 200, OpenEscalationsResponse::of);
  }

  /** {@code POST /api/v1/staff/escalations/{id}/decision}. */
  void decide(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.DECIDE_ESCALATIONS)) {
      return;
    }
    var id = PathIds.escalation(ctx);
    var request = json.read(ctx, DecisionRequest.class);
    var required = RequestProblems.of(request);
    String kind = request.decision();
    String rationale = request.rationale();
    DecideEscalationUseCase.Decision decision = null;
    if (kind != null) {
      switch (kind) {
        case "ACKNOWLEDGE" ->
            decision = new DecideEscalationUseCase.Decision.Acknowledge(rationale);
        case "STAND_DOWN" -> decision = new DecideEscalationUseCase.Decision.StandDown(rationale);
        case "REFER" -> {
          String referredTo = request.referredTo();
          if (referredTo == null) {
            required.problem("referredTo", "Is required");
          }
          decision = new DecideEscalationUseCase.Decision.Refer(referredTo, rationale);
        }
        default -> required.problem("decision", "Should be one of ACKNOWLEDGE, REFER, STAND_DOWN");
      }
      if (!"REFER".equals(kind) && request.referredTo() != null) {
        required.problem("referredTo", "Only a referral names who it was referred to");
      }
    }
    required.check();
    responses.sendNoContent(ctx, decideEscalation.decide(token, id, decision));
  }

  /**
   * A staff session, and whether its holder must set up two-factor sign-in before the session opens
   * anything else.
   */
  record StaffGrantResponse(String token, Instant expiresAt, boolean twoFactorSetUpRequired) {
    static StaffGrantResponse of(SessionGrant grant, SetUpTwoFactorUseCase twoFactor) {
      var mustSetUp =
          twoFactor.status(grant.token()) instanceof Outcome.Done<SetUpTwoFactorUseCase.Status> s
              && s.value().mustSetUp();
      return new StaffGrantResponse(grant.token().value(), grant.expiresAt(), mustSetUp);
    }

    @Override
    public String toString() {
      return "StaffGrantResponse[hidden]";
    }
  }

  /** The secret to put into an authenticator app, typed or as the link a QR code carries. */
  record EnrolmentResponse(String secret, String uri) {
    static EnrolmentResponse of(SetUpTwoFactorUseCase.Enrolment enrolment) {
      return new EnrolmentResponse(enrolment.secret(), enrolment.uri());
    }

    @Override
    public String toString() {
      return "EnrolmentResponse[hidden]";
    }
  }

  /** The body of {@code POST /api/v1/staff/two-factor/confirmation}. */
  record CodeRequest(@NotNull String code) {
    @Override
    public String toString() {
      return "CodeRequest[hidden]";
    }
  }

  /** The new session and the recovery codes, shown this once. */
  record ConfirmedResponse(String token, Instant expiresAt, List<String> recoveryCodes) {
    static ConfirmedResponse of(SetUpTwoFactorUseCase.Confirmed confirmed) {
      return new ConfirmedResponse(
          confirmed.session().token().value(),
          confirmed.session().expiresAt(),
          confirmed.recoveryCodes());
    }

    @Override
    public String toString() {
      return "ConfirmedResponse[hidden]";
    }
  }

  /** The body of {@code POST /api/v1/staff/session}; {@code code} once two-factor is set up. */
  record LogInRequest(@NotNull String email, @NotNull String password, String code) {
    @Override
    public String toString() {
      return "LogInRequest[hidden]";
    }
  }

  /** The body of an assignment. */
  record AssignmentRequest(@NotNull String assignee) {}

  /** The body of a status change. */
  record StatusRequest(@NotNull String status, @NotNull String reason) {}

  /** The body of an escalation raised by hand. */
  record EscalationRequest(@NotNull String reason) {}

  /** The escalation raised. */
  record EscalationCreated(String id) {}

  /** The body of a lead's decision. */
  record DecisionRequest(@NotNull String decision, String referredTo, @NotNull String rationale) {}

  /**
   * One page of a case list.
   *
   * @param next give as {@code after} for the page after this one; null on the last page
   * @param previous give as {@code before} for the page before this one; null on the first page
   */
  record CasesResponse(List<CaseRow> cases, String next, String previous) {
    static CasesResponse of(ListCasesUseCase.CasePage page) {
      return new CasesResponse(
          page.cases().stream().map(CaseRow::of).toList(),
          page.next().orElse(null),
          page.previous().orElse(null));
    }
  }

  /** One row of a case list. */
  record CaseRow(
      String reference,
      Instant receivedAt,
      String status,
      boolean anonymous,
      String assignee,
      int unreadMessages,
      Instant responseDueBy,
      boolean overdue,
      int overdueWorkingDays,
      String risk,
      boolean escalated) {
    static CaseRow of(ListCasesUseCase.CaseSummary summary) {
      return new CaseRow(
          summary.reference().display(),
          summary.receivedAt(),
          summary.status().name(),
          summary.anonymous(),
          summary.assignee().orElse(null),
          summary.unreadMessages(),
          summary.responseDueBy().orElse(null),
          summary.overdue(),
          summary.overdueWorkingDays(),
          summary.risk().name(),
          summary.escalated());
    }
  }

  /** A whole case as staff may know it. */
  record CaseResponse(
      String reference,
      Instant receivedAt,
      String status,
      String assignee,
      String risk,
      List<ReporterApi.AnswerResponse> answers,
      String account,
      ContactResponse contact,
      boolean supportRequested,
      String supportPreference,
      boolean twoWayMessaging,
      List<ReporterApi.MessageResponse> messages,
      Instant responseDueBy,
      List<NoteResponse> notes,
      List<EscalationResponse> escalations) {
    static CaseResponse of(ViewCaseUseCase.CaseFile file) {
      return new CaseResponse(
          file.reference().display(),
          file.receivedAt(),
          file.status().name(),
          file.assignee().orElse(null),
          file.risk().name(),
          file.answers().stream().map(ReporterApi.AnswerResponse::of).toList(),
          file.account().orElse(null),
          file.contact().map(ContactResponse::of).orElse(null),
          file.supportRequested(),
          file.supportPreference().orElse(null),
          file.twoWayMessaging(),
          file.thread().messages().stream().map(ReporterApi.MessageResponse::of).toList(),
          file.thread().responseDueBy().orElse(null),
          file.notes().stream().map(NoteResponse::of).toList(),
          file.escalations().stream().map(EscalationResponse::of).toList());
    }

    @Override
    public String toString() {
      return "CaseResponse[" + reference + "]";
    }
  }

  /** A named reporter's contact details. */
  record ContactResponse(String name, String email, String phone) {
    static ContactResponse of(ViewCaseUseCase.Contact contact) {
      return new ContactResponse(
          contact.name(), contact.email().orElse(null), contact.phone().orElse(null));
    }

    @Override
    public String toString() {
      return "ContactResponse[hidden]";
    }
  }

  /** An internal note. */
  record NoteResponse(String author, String body, Instant writtenAt) {
    static NoteResponse of(ViewCaseUseCase.Note note) {
      return new NoteResponse(note.author(), note.body(), note.writtenAt());
    }

    @Override
    public String toString() {
      return "NoteResponse[hidden]";
    }
  }

  /** An escalation of a case with its steps. */
  record EscalationResponse(
      String id,
      String status,
      Instant raisedAt,
      Instant acknowledgementDueBy,
      List<String> steps) {
    static EscalationResponse of(ViewCaseUseCase.EscalationSummary summary) {
      return new EscalationResponse(
          summary.id().toString(),
          summary.status().name(),
          summary.raisedAt(),
          summary.acknowledgementDueBy().orElse(null),
          summary.steps());
    }
  }

  /** The open escalations of a lead's list. */
  record OpenEscalationsResponse(List<OpenEscalationRow> escalations) {
    static OpenEscalationsResponse of(List<DecideEscalationUseCase.OpenEscalation> open) {
      return new OpenEscalationsResponse(open.stream().map(OpenEscalationRow::of).toList());
    }
  }

  /** One open escalation. */
  record OpenEscalationRow(
      String id,
      String reference,
      String status,
      Instant raisedAt,
      Instant acknowledgementDueBy,
      boolean acknowledgementOverdue,
      String trigger,
      Instant reminderAt) {
    static OpenEscalationRow of(DecideEscalationUseCase.OpenEscalation open) {
      return new OpenEscalationRow(
          open.id().toString(),
          open.reference().display(),
          open.status().name(),
          open.raisedAt(),
          open.acknowledgementDueBy(),
          open.acknowledgementOverdue(),
          open.trigger().orElse(null),
          open.reminderAt().orElse(null));
    }
  }
}
