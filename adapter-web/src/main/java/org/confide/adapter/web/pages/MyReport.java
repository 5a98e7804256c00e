package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.i18n.Phrases;
import org.confide.adapter.web.i18n.ProblemWords;
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
          case "sent" -> "myReport.done.sent";
          case "shared" -> "myReport.done.shared";
          default -> null;
        };
    showMyReport(
        ctx,
        token.get(),
        notice == null ? null : pages.texts(ctx).text(notice),
        "",
        List.of(),
        200);
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
    var frame = pages.reporterFrame(ctx);
    var texts = frame.texts();
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
                    m.from() == AuthorSide.REPORTER ? texts.text("myReport.you") : m.author(),
                    PageDates.moment(m.sentAt(), zone, texts),
                    m.body()))
            .toList();
    var dueBy =
        thread
            .flatMap(ThreadView::responseDueBy)
            .map(d -> PageDates.day(d, zone, texts))
            .orElse(null);
    var page =
        new MyReportPage(
            frame,
            notice,
            PageDates.moment(mine.submittedAt(), zone, texts),
            texts.text(progressInWords(mine.progress())),
            pages.answerLines(mine.answers(), frame),
            mine.account().orElse(null),
            mine.anonymous(),
            messages,
            dueBy,
            draft,
            errors,
            Phrases.monitoring(pages.status().monitoring(), texts),
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
    if (PageLanguages.switching(ctx)) {
      // The page in the language asked for, the message as written, and nothing sent.
      showMyReport(ctx, token.get(), null, body, List.of(), 200);
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
              List.of(
                  new FormError(
                      "body", ProblemWords.of(invalid.problems().getFirst(), pages.texts(ctx)))),
              400);
      case Outcome.Failed<ThreadView.MessageView, SessionRequestFailure>(Failure.Refused refused) ->
          showMyReport(
              ctx,
              token.get(),
              null,
              body,
              List.of(new FormError("body", ProblemWords.of(refused, pages.texts(ctx)))),
              409);
      case Outcome.Failed<ThreadView.MessageView, SessionRequestFailure>(
              Failure.Unauthenticated gone) ->
          session.signedOut(ctx, body);
    }
  }

  /** {@return the key of the message saying how far the report has come} */
  private static String progressInWords(ReporterProgress progress) {
    return switch (progress) {
      case RECEIVED -> "myReport.progress.received";
      case BEING_WORKED_ON -> "myReport.progress.beingWorkedOn";
      case MESSAGE_WAITING -> "myReport.progress.messageWaiting";
      case MESSAGE_READ -> "myReport.progress.messageRead";
      case REPLIED -> "myReport.progress.replied";
      case CLOSED -> "myReport.progress.closed";
    };
  }
}
