package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.security.Guard;
import org.confide.application.Confide;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.IdentifyReporterUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.ThreadView;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ProblemCode;

/**
 * The reporter's side of the API: submitting a report, and coming back with the access code to read
 * the copy, exchange messages, share contact details, log out or erase the report.
 */
public final class ReporterApi {

  private final SubmitReportUseCase submitReport;
  private final OpenReporterSessionUseCase openSession;
  private final ReadMyReportUseCase readMyReport;
  private final ReadMyThreadUseCase readMyThread;
  private final SendReporterMessageUseCase sendMessage;
  private final ShareContactDetailsUseCase shareContact;
  private final EndSessionUseCase endSession;
  private final EraseMyReportUseCase erase;
  private final Json json;
  private final Responses responses;
  private final Guard guard;
  private final IdentifyReporterUseCase identify;
  private final ReadQuestionnaireUseCase questionnaire;

  public ReporterApi(Confide confide, Json json, Responses responses, Guard guard) {
    this.submitReport = confide.submitReport();
    this.openSession = confide.openReporterSession();
    this.readMyReport = confide.readMyReport();
    this.readMyThread = confide.readMyThread();
    this.sendMessage = confide.sendReporterMessage();
    this.shareContact = confide.shareContactDetails();
    this.endSession = confide.endSession();
    this.erase = confide.eraseMyReport();
    this.json = json;
    this.responses = responses;
    this.guard = guard;
    this.identify = confide.identifyReporter();
    this.questionnaire = confide.readQuestionnaire();
  }

  /**
   * True when {@code token} is a live reporter session; otherwise answers 401 and is false. Asked
   * before a body is read, so that someone without a session learns only that.
   */
  private boolean signedIn(Context ctx, SessionToken token) {
    var who = identify.identify(token);
    if (who.isDone()) {
      return true;
    }
    responses.sendNoContent(ctx, who);
    return false;
  }

  /** {@code POST /api/v1/reports}. */
  public void submit(Context ctx) {
    var request = json.read(ctx, SubmitRequest.class);
    var required = RequestProblems.of(request);
    Integer version = request.questionnaireVersion();
    Boolean anonymous = request.anonymous();
    Boolean messaging = request.messaging();
    var raw = answers(version, request.answers(), required, questionnaire);
    required.check();
    var command =
        SubmitReportUseCase.Command.builder(QuestionnaireVersion.of(version), raw)
            .anonymous(anonymous)
            .messaging(messaging);
    Optional.ofNullable(request.account()).ifPresent(command::account);
    Optional.ofNullable(request.contact()).map(ContactBody::toInput).ifPresent(command::contact);
    Optional.ofNullable(request.support())
        .map(support ->
            new SubmitReportUseCase.SupportInput(
                support.wanted(), Optional.ofNullable(support.adviserPreference())))
        .ifPresent(command::support);
    Optional.ofNullable(ctx.header("Idempotency-Key")).ifPresent(command::idempotencyKey);
    responses.send(ctx, submitReport.submit(command.build()), 201, ReceiptResponse::of);
  }

  /** {@code POST /api/v1/reporter/session}: throttled per client and overall. */
  public void openSession(Context ctx) {
    var request = json.read(ctx, SessionRequest.class);
    RequestProblems.of(request).check();
    String code = request.accessCode();
    var outcome =
        guard.codeTry(
            guard.clientKey(ctx),
            () -> openSession.open(new OpenReporterSessionUseCase.Command(code)));
    responses.signIn(ctx, outcome, GrantResponse::of);
  }

  /** {@code DELETE /api/v1/reporter/session}. */
  public void closeSession(Context ctx) {
    endSession.end(Bearer.token(ctx), EndSessionUseCase.Command.reporter());
    ctx.status(204);
  }

  /** {@code GET /api/v1/reporter/report}. */
  public void report(Context ctx) {
    responses.send(ctx, readMyReport.read(Bearer.token(ctx)), 200, MyReportResponse::of);
  }

  /** {@code DELETE /api/v1/reporter/report}: the right to erasure. */
  public void eraseReport(Context ctx) {
    responses.sendNoContent(ctx, erase.erase(Bearer.token(ctx)));
  }

  /** {@code GET /api/v1/reporter/messages}. */
  public void messages(Context ctx) {
    responses.send(ctx, readMyThread.read(Bearer.token(ctx)), 200, ThreadResponse::of);
  }

  /** {@code POST /api/v1/reporter/messages}: the session before the body. */
  public void sendMessage(Context ctx) {
    var token = Bearer.token(ctx);
    if (!signedIn(ctx, token)) {
      return;
    }
    var request = json.read(ctx, MessageRequest.class);
    RequestProblems.of(request).check();
    String body = request.body();
    responses.send(
        ctx,
        sendMessage.send(token, new SendReporterMessageUseCase.Command(body)),
        201,
        MessageResponse::of);
  }

  /** {@code POST /api/v1/reporter/contact}: the session before the body. */
  public void shareContact(Context ctx) {
    var token = Bearer.token(ctx);
    if (!signedIn(ctx, token)) {
      return;
    }
    var request = json.read(ctx, ContactBody.class);
    responses.sendNoContent(
        ctx, shareContact.share(token, new ShareContactDetailsUseCase.Command(request.toInput())));
  }

  /**
   * The answers of a report's body as sent, read against the questionnaire version given, with what
   * is wrong with their shape (or the version's) added to {@code required}: for a reporter's
   * submission and a report entered by staff alike.
   */
  static Map<String, RawAnswer> answers(
      Integer version,
      AnswersBody answers,
      RequestProblems required,
      ReadQuestionnaireUseCase questionnaire) {
    var raw = answers == null ? Map.<String, RawAnswer>of() : answers.given();
    if (answers != null) {
      required.problems().addAll(answers.misshapen());
    }
    if (version != null && version < 1) {
      required.problem("questionnaireVersion", ProblemCode.REQUEST_QUESTIONNAIRE_VERSION);
    }
    if (version != null && version >= 1) {
      questionnaire
          .version(QuestionnaireVersion.of(version))
          .ifPresent(shown -> listsForManyChoices(shown, raw, required));
    }
    return raw;
  }

  /**
   * A multiple-choice answer is a list even when one option is chosen: a lone string there is
   * refused rather than guessed at, so that a client's mistake in the shape shows at once.
   */
  private static void listsForManyChoices(
      Questionnaire shown, Map<String, RawAnswer> raw, RequestProblems required) {
    for (var question : shown.questions()) {
      if (question.kind() == QuestionKind.MULTIPLE_CHOICE
          && raw.get(question.id().value()) instanceof RawAnswer.Single) {
        required.problem("answers." + question.id().value(), ProblemCode.REQUEST_OPTION_LIST);
      }
    }
  }

  /** The body of {@code POST /api/v1/reports}. */
  record SubmitRequest(
      @NotNull Integer questionnaireVersion,
      @NotNull AnswersBody answers,
      String account,
      @NotNull Boolean anonymous,
      ContactBody contact,
      @NotNull Boolean messaging,
      @Valid SupportBody support) {
    @Override
    public String toString() {
      return "SubmitRequest[hidden]";
    }
  }

  /** Contact details as typed; each part may be absent or blank. */
  record ContactBody(String name, String email, String phone) {
    SubmitReportUseCase.ContactInput toInput() {
      return new SubmitReportUseCase.ContactInput(name, email, phone);
    }

    @Override
    public String toString() {
      return "ContactBody[hidden]";
    }
  }

  /** A named reporter's wish for an adviser's support. */
  record SupportBody(@NotNull Boolean wanted, String adviserPreference) {
    @Override
    public String toString() {
      return "SupportBody[hidden]";
    }
  }

  /** What the reporter is told at once; the access code is shown this once only. */
  record ReceiptResponse(
      String reference,
      String accessCode,
      Instant responseDueBy,
      List<EmergencyContactResponse> emergency) {
    static ReceiptResponse of(SubmitReportUseCase.Receipt receipt) {
      return new ReceiptResponse(
          receipt.reference().display(),
          receipt.accessCode().map(code -> code.display()).orElse(null),
          receipt.responseDueBy(),
          receipt
              .emergencyContacts()
              .map(contacts -> contacts.stream().map(EmergencyContactResponse::of).toList())
              .orElse(null));
    }

    @Override
    public String toString() {
      return "ReceiptResponse[hidden]";
    }
  }

  /**
   * Someone to call or to reach when a person is in danger now; a missing part is null. The name
   * and note are the organisation's own words in one language.
   */
  record EmergencyContactResponse(String name, String phone, String url, String note) {
    /** {@code contact} with its name and note as first written. */
    static EmergencyContactResponse of(EmergencyContact contact) {
      return new EmergencyContactResponse(
          contact.name().first(),
          contact.phone().orElse(null),
          contact.url().orElse(null),
          contact.note().map(OwnText::first).orElse(null));
    }

    /**
     * {@code contact} for a reader of {@code language}: its name and note in that language, else in
     * {@code firstLanguage}, in which a plain text is written.
     */
    static EmergencyContactResponse of(
        EmergencyContact contact, Language language, Language firstLanguage) {
      return new EmergencyContactResponse(
          contact.name().shown(language, firstLanguage).text(),
          contact.phone().orElse(null),
          contact.url().orElse(null),
          contact.note().map(note -> note.shown(language, firstLanguage).text()).orElse(null));
    }
  }

  /** The body of {@code POST /api/v1/reporter/session}. */
  record SessionRequest(@NotNull String accessCode) {
    @Override
    public String toString() {
      return "SessionRequest[hidden]";
    }
  }

  /** A session: the bearer token and when it ends at the latest. */
  record GrantResponse(String token, Instant expiresAt) {
    static GrantResponse of(SessionGrant grant) {
      return new GrantResponse(grant.token().value(), grant.expiresAt());
    }

    @Override
    public String toString() {
      return "GrantResponse[hidden]";
    }
  }

  /** The reporter's copy of their report. */
  record MyReportResponse(
      List<AnswerResponse> answers,
      String account,
      Instant submittedAt,
      String status,
      String progress,
      boolean anonymous,
      boolean keptForSafeguardingIfErased) {
    static MyReportResponse of(ReadMyReportUseCase.MyReport report) {
      return new MyReportResponse(
          report.answers().stream().map(AnswerResponse::of).toList(),
          report.account().orElse(null),
          report.submittedAt(),
          report.status().name(),
          report.progress().name(),
          report.anonymous(),
          report.keptForSafeguardingIfErased());
    }
  }

  /** One answer in words: the question as asked, the answer as chosen or written. */
  record AnswerResponse(String question, String questionText, List<String> answer) {
    static AnswerResponse of(LabelledAnswer answer) {
      return new AnswerResponse(
          answer.question().value(), answer.questionText().first(), answer.answerFirst());
    }
  }

  /** A thread and when the case team's response is due. */
  record ThreadResponse(List<MessageResponse> messages, Instant responseDueBy) {
    static ThreadResponse of(ThreadView thread) {
      return new ThreadResponse(
          thread.messages().stream().map(MessageResponse::of).toList(),
          thread.responseDueBy().orElse(null));
    }
  }

  /** One message; to a reporter, staff appear by role. */
  record MessageResponse(
      String id, String from, String author, String body, Instant sentAt, Instant readAt) {
    static MessageResponse of(ThreadView.MessageView message) {
      return new MessageResponse(
          message.id().value().toString(),
          message.from().name(),
          message.author(),
          message.body(),
          message.sentAt(),
          message.readAt().orElse(null));
    }

    @Override
    public String toString() {
      return "MessageResponse[" + id + "]";
    }
  }

  /** The body of a message. */
  record MessageRequest(@NotNull String body) {
    @Override
    public String toString() {
      return "MessageRequest[hidden]";
    }
  }
}
