package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import org.confide.adapter.web.pages.view.ErasePage;
import org.confide.application.Confide;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.ReadMyReportUseCase.MyReport;
import org.confide.application.port.in.SessionDenial;

/**
 * A reporter erasing their own report: what that means (including, where it applies, that some of
 * it will be kept for safeguarding), and the button that does it.
 */
public final class Erasure {

  private final Pages pages;
  private final ReporterSession session;
  private final ReadMyReportUseCase readMyReport;
  private final EraseMyReportUseCase erase;

  public Erasure(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new ReporterSession(confide, pages);
    this.readMyReport = confide.readMyReport();
    this.erase = confide.eraseMyReport();
  }

  /** {@code GET /my-report/erase}: what erasing means, and the button. */
  public void eraseForm(Context ctx) {
    var token = session.token(ctx);
    if (token.isEmpty()) {
      session.signedOut(ctx);
      return;
    }
    switch (readMyReport.read(token.get())) {
      case Outcome.Done<MyReport, SessionDenial>(MyReport report) ->
          pages.render(
              ctx,
              200,
              new ErasePage(pages.reporterFrame(ctx), report.keptForSafeguardingIfErased()));
      case Outcome.Failed<MyReport, SessionDenial>(Failure.Unauthenticated gone) ->
          session.signedOut(ctx);
    }
  }

  /** {@code POST /my-report/erase}. */
  public void erase(Context ctx) {
    var token = session.token(ctx);
    if (token.isEmpty()) {
      session.signedOut(ctx);
      return;
    }
    switch (erase.erase(token.get())) {
      case Outcome.Done<EraseMyReportUseCase.Result, SessionDenial>(var result) -> {
        pages.endSession(ctx, Pages.REPORTER_COOKIE);
        Pages.seeOther(
            ctx, result == EraseMyReportUseCase.Result.HELD ? "/?done=held" : "/?done=erased");
      }
      case Outcome.Failed<EraseMyReportUseCase.Result, SessionDenial>(
              Failure.Unauthenticated gone) ->
          session.signedOut(ctx);
    }
  }
}
