package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.MessageLine;
import org.confide.adapter.web.pages.view.MyReportPage;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionRequestFailure;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ThreadView;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.ReporterProgress;

/** The reporter's own copy of their report, and their thread with the case team. */
public final class MyReport {

  private final Pages pages;
  private final ReporterSession session;
  private final ReadMyReportUseCase readMyReport;
  private final ReadMyThreadUseCase readMyThread;
  private final SendReporterMessageUseCase sendMessage;

  public MyReport(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new ReporterSession(confide, pages);
    this.readMyReport = confide.readMyReport();
    this.readMyThread = confide.readMyThread();
    this.sendMessage = confide.sendReporterMessage();
  }

  /** {@code GET /my-report}: the copy of the report and the thread. */
  public void myReport(Context ctx) {
    var token = session.token(ctx);
    if (token.isEmpty()) {
      Pages.seeOther(ctx, "/sign-in");
      return;
    }
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
          case "sent" -> "Your message has been sent.";
          case "shared" -> "Your contact details have been shared with the case team.";
          default -> null;
        };
    showMyReport(ctx, token.get(), notice, "", List.of(), 200);
  }

  private void showMyReport(
      Context ctx,
      SessionToken token,
      String notice,
      String draft,
      List<FormError> errors,
      int status) {
    ReadMyReportUseCase.MyReport mine;
    switch (readMyReport.read(token)) {
      case Outcome.Done<ReadMyReportUseCase.MyReport, SessionDenial>(var report) -> mine = report;
      case Outcome.Failed<ReadMyReportUseCase.MyReport, SessionDenial>(
              Failure.Unauthenticated gone) -> {
        session.signedOut(ctx);
        return;
      }
    }
    var zone = pages.zone();
    var thread =
        switch (readMyThread.read(token)) {
          case Outcome.Done<ThreadView, SessionDenial>(var found) -> Optional.of(found);
          // The session ended between the two reads: the copy, without the thread.
          case Outcome.Failed<ThreadView, SessionDenial>(Failure.Unauthenticated gone) ->
              Optional.<ThreadView>empty();
        };
    var messages =
        thread.stream()
            .flatMap(found -> found.messages().stream())
            .map(m ->
                new MessageLine(
                    m.from() == AuthorSide.REPORTER,
                    m.from() == AuthorSide.REPORTER ? "You" : m.author(),
                    PageDates.moment(m.sentAt(), zone),
                    m.body()))
            .toList();
    var dueBy =
        thread.flatMap(ThreadView::responseDueBy).map(d -> PageDates.day(d, zone)).orElse(null);
    var frame = pages.reporterFrame(ctx);
    var page =
        new MyReportPage(
            frame,
            notice,
            PageDates.moment(mine.submittedAt(), zone),
            progressInWords(mine.progress()),
            pages.answerLines(mine.answers(), frame),
            mine.account().orElse(null),
            mine.anonymous(),
            messages,
            dueBy,
            draft,
            errors,
            pages.status().monitoring().inWords(),
            pages.status().reporterSessionIdle().toMinutes());
    pages.render(ctx, status, page);
  }

  /** {@code POST /my-report/messages}. */
  public void send(Context ctx) {
    // A browser sends a line break as CRLF; the limit counts it as one, as the count beside it
    // does.
    var body = Optional.ofNullable(ctx.formParam("body")).orElse("").replace("\r\n", "\n");
    var token = session.token(ctx);
    if (token.isEmpty()) {
      session.signedOut(ctx, body);
      return;
    }
    switch (sendMessage.send(token.get(), new SendReporterMessageUseCase.Command(body))) {
      case Outcome.Done<ThreadView.MessageView, SessionRequestFailure> sent ->
          Pages.seeOther(ctx, "/my-report?done=sent#thread");
      case Outcome.Failed<ThreadView.MessageView, SessionRequestFailure>(Failure.Invalid invalid) ->
          showMyReport(
              ctx,
              token.get(),
              null,
              body,
              List.of(new FormError("body", "Your message " + messageProblem(invalid))),
              400);
      case Outcome.Failed<ThreadView.MessageView, SessionRequestFailure>(Failure.Refused refused) ->
          showMyReport(
              ctx, token.get(), null, body, List.of(new FormError("body", refused.reason())), 409);
      case Outcome.Failed<ThreadView.MessageView, SessionRequestFailure>(
              Failure.Unauthenticated gone) ->
          session.signedOut(ctx, body);
    }
  }

  private static String messageProblem(Failure.Invalid invalid) {
    var message = invalid.problems().getFirst().message();
    return message.startsWith("Your message ") ? message.substring(13) : message;
  }

  private static String progressInWords(ReporterProgress progress) {
    return switch (progress) {
      case RECEIVED -> "It has arrived and is waiting for an adviser.";
      case BEING_WORKED_ON -> "An adviser is working on it.";
      case MESSAGE_WAITING -> "Your last message is waiting for an adviser to read it.";
      case MESSAGE_READ -> "An adviser has read your last message.";
      case REPLIED -> "An adviser has replied: you can read it below and write back.";
      case CLOSED -> "The case is closed.";
    };
  }
}
