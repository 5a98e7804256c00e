package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.confide.adapter.web.pages.view.SessionsPage;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.OwnSessionFailure;
import org.confide.application.port.in.OwnSessionsUseCase;
import org.confide.application.port.in.StaffSessionDenial;

/** A staff member's page of their own sessions, each with a button that ends it; any role may. */
public final class OwnSessions {

  private final Pages pages;
  private final StaffSession session;
  private final OwnSessionsUseCase ownSessions;

  public OwnSessions(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.ownSessions = confide.ownSessions();
  }

  /** {@code GET /staff/sessions}. */
  public void show(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    switch (ownSessions.list(signed.get().token())) {
      case Outcome.Done<List<OwnSessionsUseCase.ActiveSession>, StaffSessionDenial>(var all) -> {
        var zone = pages.zone();
        var frame = session.frame(ctx, signed.get());
        var texts = frame.texts();
        var rows =
            all.stream()
                .map(s ->
                    new SessionsPage.Row(
                        s.id(),
                        texts.moment(s.startedAt(), zone),
                        texts.moment(s.lastUsedAt(), zone),
                        texts.moment(s.expiresAt(), zone),
                        s.current()))
                .toList();
        var notice = "ended".equals(ctx.queryParam("done")) ? "sessions.ended" : null;
        pages.render(ctx, 200, new SessionsPage(frame, notice, rows));
      }
      // The session ended, or must set up two-factor sign-in, since the page began: sent on.
      case Outcome.Failed<List<OwnSessionsUseCase.ActiveSession>, StaffSessionDenial> denied ->
          session.signedIn(ctx);
    }
  }

  /** {@code POST /staff/sessions/{id}/end}: ends one; ending this one signs the member out. */
  public void end(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var command = new OwnSessionsUseCase.Command(ctx.pathParam("id"));
    switch (ownSessions.end(signed.get().token(), command)) {
      case Outcome.Done<Outcome.Ok, OwnSessionFailure> done -> {
        if (ownSessions.list(signed.get().token()).isDone()) {
          Pages.seeOther(ctx, "/staff/sessions?done=ended");
        } else {
          pages.endSession(ctx, Pages.STAFF_COOKIE);
          Pages.seeOther(ctx, "/staff/sign-in?why=signed-out");
        }
      }
      case Outcome.Failed<Outcome.Ok, OwnSessionFailure>(Failure.NotFound notFound) ->
          session.notFound(ctx, session.frame(ctx, signed.get()));
      case Outcome.Failed<Outcome.Ok, OwnSessionFailure>(Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<Outcome.Ok, OwnSessionFailure>(Failure.TwoFactorFirst first) ->
          session.signedIn(ctx);
    }
  }
}
