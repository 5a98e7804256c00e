package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.report.Channel;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * Reports entered by staff through the API: an adviser records a disclosure made to them in person,
 * by phone or by email, with the reporter's own body shape and a channel.
 */
public final class StaffReportsApi {

  private final EnterReportUseCase enterReport;
  private final ReadQuestionnaireUseCase questionnaire;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public StaffReportsApi(Confide confide, Json json, Responses responses) {
    this.enterReport = confide.enterReport();
    this.questionnaire = confide.readQuestionnaire();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /**
   * {@code POST /api/v1/staff/reports}: 201 with the new report's reference and its case as the
   * {@code Location}; the role before the body, so a caller without it learns nothing of what it
   * sent. An {@code Idempotency-Key} header makes a retry answer the report the first request made.
   */
  public void enter(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.ENTER_REPORTS)) {
      return;
    }
    var request = json.read(ctx, EnterRequest.class);
    var required = RequestProblems.of(request);
    Integer version = request.questionnaireVersion();
    var raw = ReporterApi.answers(version, request.answers(), required, questionnaire);
    var channel = Optional.ofNullable(request.channel()).flatMap(Channel::read);
    if (request.channel() != null && channel.isEmpty()) {
      required.problem("channel", ProblemCode.ONE_OF, "in-person, phone, email");
    }
    required.check();
    var command =
        new EnterReportUseCase.Command(
            QuestionnaireVersion.of(version),
            raw,
            Optional.ofNullable(request.account()),
            channel.orElseThrow(),
            request.anonymous(),
            Optional.ofNullable(request.contact()).map(ReporterApi.ContactBody::toInput),
            Optional.ofNullable(request.support())
                .map(support ->
                    new SubmitReportUseCase.SupportInput(
                        support.wanted(), Optional.ofNullable(support.adviserPreference()))),
            request.take() == null || request.take(),
            Optional.ofNullable(ctx.header("Idempotency-Key")));
    var outcome = enterReport.enter(token, command);
    outcome.ifDone(
        entered -> ctx.header("Location", "/api/v1/staff/cases/" + entered.reference().display()));
    responses.send(ctx, outcome, 201, entered -> EnteredResponse.of(entered, channel.get()));
  }

  /** The body of {@code POST /api/v1/staff/reports}: the reporter's, with the channel. */
  record EnterRequest(
      @NotNull String channel,
      @NotNull Integer questionnaireVersion,
      @NotNull AnswersBody answers,
      String account,
      @NotNull Boolean anonymous,
      ReporterApi.ContactBody contact,
      @Valid ReporterApi.SupportBody support,
      Boolean take) {
    @Override
    public String toString() {
      return "EnterRequest[hidden]";
    }
  }

  /** What the adviser is told: the reference, and whether the case is theirs now. */
  record EnteredResponse(
      String reference,
      String channel,
      boolean takenByYou,
      Instant responseDueBy,
      boolean immediateDanger) {
    static EnteredResponse of(EnterReportUseCase.Entered entered, Channel channel) {
      return new EnteredResponse(
          entered.reference().display(),
          channel.code(),
          entered.taken(),
          entered.responseDueBy(),
          entered.immediateDanger());
    }
  }
}
