package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.Choices;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Permission;

/**
 * The case team's cases through the API: the case lists, a case, and working it — replies, internal
 * notes, assignment, status, and escalations raised by hand.
 */
public final class CasesApi {

  private final ListCasesUseCase listCases;
  private final ViewCaseUseCase viewCase;
  private final ReplyToReporterUseCase replyToReporter;
  private final AssignCaseUseCase assignCase;
  private final ChangeCaseStatusUseCase changeCaseStatus;
  private final EscalateCaseUseCase escalateCase;
  private final AddNoteUseCase addNote;
  private final ReadNotesUseCase readNotes;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public CasesApi(Confide confide, Json json, Responses responses) {
    this.listCases = confide.listCases();
    this.viewCase = confide.viewCase();
    this.replyToReporter = confide.replyToReporter();
    this.assignCase = confide.assignCase();
    this.changeCaseStatus = confide.changeCaseStatus();
    this.escalateCase = confide.escalateCase();
    this.addNote = confide.addNote();
    this.readNotes = confide.readNotes();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /**
   * {@code GET /api/v1/staff/cases?view=...&after=...|before=...&limit=...}: a page of one view
   * (the queue when none is given), the first unless a page's {@code next} is given as {@code
   * after} or its {@code previous} as {@code before}; {@link ListCasesUseCase#PAGE_SIZE} cases
   * unless {@code limit} asks for fewer or more (up to {@link ListCasesUseCase#MAX_PAGE_SIZE}).
   */
  public void cases(Context ctx) {
    var token = Bearer.token(ctx);
    var viewText = Optional.ofNullable(ctx.queryParam("view")).orElse("queue");
    var view =
        EnumNames.named(ListCasesUseCase.View.class, viewText.toUpperCase(Locale.ROOT))
            .orElseThrow(() ->
                ProblemException.invalid(
                    "view", ProblemCode.ONE_OF, "queue, mine, unread, overdue, escalated, all"));
    responses.send(
        ctx,
        listCases.list(
            token,
            new ListCasesUseCase.Command(
                view, pageRequest(ctx), Optional.ofNullable(ctx.queryParam("team")), search(ctx))),
        200,
        CasesResponse::of);
  }

  /** The filters of a case search, from the query, each as written. */
  static ListCasesUseCase.Search search(Context ctx) {
    return new ListCasesUseCase.Search(
        Optional.ofNullable(ctx.queryParam("reference")),
        Optional.ofNullable(ctx.queryParam("status")),
        Optional.ofNullable(ctx.queryParam("assignee")),
        Optional.ofNullable(ctx.queryParam("outcome")),
        Optional.ofNullable(ctx.queryParam("tag")),
        Optional.ofNullable(ctx.queryParam("from")),
        Optional.ofNullable(ctx.queryParam("to")));
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
            "limit", ProblemCode.PAGE_SIZE, ListCasesUseCase.MAX_PAGE_SIZE);
      }
    }
    return new ListCasesUseCase.PageRequest(
        Optional.ofNullable(ctx.queryParam("after")),
        Optional.ofNullable(ctx.queryParam("before")),
        size);
  }

  /** {@code GET /api/v1/staff/cases/{reference}}. */
  public void caseFile(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(
        ctx,
        viewCase.view(token, new ViewCaseUseCase.Command(PathIds.reference(ctx))),
        200,
        CaseResponse::of);
  }

  /** {@code POST /api/v1/staff/cases/{reference}/messages}. */
  public void reply(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, ReporterApi.MessageRequest.class);
    RequestProblems.of(request).check();
    String body = request.body();
    responses.send(
        ctx,
        replyToReporter.reply(token, new ReplyToReporterUseCase.Command(reference, body)),
        201,
        ReporterApi.MessageResponse::of);
  }

  /** {@code GET /api/v1/staff/cases/{reference}/notes}: the internal notes, oldest first. */
  public void notes(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(
        ctx,
        readNotes.read(token, new ReadNotesUseCase.Command(PathIds.reference(ctx))),
        200,
        NotesResponse::of);
  }

  /**
   * {@code POST /api/v1/staff/cases/{reference}/notes}: an internal note, which the reporter never
   * sees; the role before the body, as on every route that acts on a case.
   */
  public void addNote(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, NoteRequest.class);
    RequestProblems.of(request).check();
    String body = request.body();
    responses.sendNoContent(ctx, addNote.add(token, new AddNoteUseCase.Command(reference, body)));
  }

  /** {@code POST /api/v1/staff/cases/{reference}/assignment}. */
  public void assign(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, AssignmentRequest.class);
    RequestProblems.of(request).check();
    var assignee =
        EmailAddress.read(request.assignee())
            .orElseThrow(
                () -> ProblemException.invalid("assignee", ProblemCode.ASSIGNEE_NOT_AN_ADDRESS));
    responses.sendNoContent(
        ctx, assignCase.assign(token, new AssignCaseUseCase.Command(reference, assignee)));
  }

  /** {@code POST /api/v1/staff/cases/{reference}/status}. */
  public void changeStatus(Context ctx) {
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
        required.problem("status", ProblemCode.ONE_OF, "NEW, OPEN, CLOSED");
      }
    }
    required.check();
    responses.sendNoContent(
        ctx,
        changeCaseStatus.change(
            token,
            new ChangeCaseStatusUseCase.Command(
                reference,
                status,
                reason,
                Optional.ofNullable(request.outcome()),
                request.tags() == null ? List.of() : request.tags())));
  }

  /** {@code POST /api/v1/staff/cases/{reference}/escalations}: raised by hand. */
  public void escalate(Context ctx) {
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
        escalateCase.escalate(token, new EscalateCaseUseCase.Command(reference, reason)),
        201,
        id -> new EscalationCreated(id.toString()));
  }

  /** The body of an internal note. */
  record NoteRequest(@NotNull String body) {
    @Override
    public String toString() {
      return "NoteRequest[hidden]";
    }
  }

  /** The internal notes of a case, oldest first. */
  record NotesResponse(List<CaseResponse.NoteResponse> notes) {
    static NotesResponse of(List<ViewCaseUseCase.Note> notes) {
      return new NotesResponse(notes.stream().map(CaseResponse.NoteResponse::of).toList());
    }
  }

  /** The body of an assignment. */
  record AssignmentRequest(@NotNull String assignee) {}

  /** The body of a status change. */
  record StatusRequest(
      @NotNull String status,
      @NotNull String reason,
      @Size(max = ChoiceKey.MAX_LENGTH) String outcome,
      @Size(max = Choices.MAX_ENTRIES)
          List<@NotNull @Size(max = ChoiceKey.MAX_LENGTH) String> tags) {}

  /** The body of an escalation raised by hand. */
  record EscalationRequest(@NotNull String reason) {}

  /** The escalation raised. */
  record EscalationCreated(String id) {}

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
      boolean escalated,
      String channel) {
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
          summary.escalated(),
          summary.channel().map(Channel::code).orElse(null));
    }
  }
}
