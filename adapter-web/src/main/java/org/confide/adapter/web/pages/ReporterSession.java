package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.pages.view.CodeSignInPage;
import org.confide.application.Confide;
import org.confide.application.port.in.IdentifyReporterUseCase;
import org.confide.application.port.in.SessionToken;

/** The reporter's session on the pages after signing in with the access code. */
final class ReporterSession {

  private final Pages pages;
  private final IdentifyReporterUseCase identify;

  ReporterSession(Confide confide, Pages pages) {
    this.pages = pages;
    this.identify = confide.identifyReporter();
  }

  /** The session token in the reporter's cookie, if one is there and well formed. */
  Optional<SessionToken> token(Context ctx) {
    return pages.session(ctx, Pages.REPORTER_COOKIE);
  }

  /**
   * The reporter's session when it still opens their report: a form is offered only to someone
   * signed in, not to any cookie of the right shape.
   */
  Optional<SessionToken> live(Context ctx) {
    return token(ctx).filter(token -> identify.identify(token).isDone());
  }

  /**
   * Ends what is left of the session and shows the sign-in page with {@code unsent}, a message that
   * arrived after the session ended, in a box to copy: the words are not lost, and not kept.
   */
  void signedOut(Context ctx, String unsent) {
    if (unsent.isBlank()) {
      signedOut(ctx);
      return;
    }
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    pages.render(
        ctx,
        401,
        new CodeSignInPage(
            pages.reporterFrame(ctx),
            List.of(),
            pages.texts(ctx).text("signIn.expired"),
            unsent,
            null));
  }

  /** Ends what is left of the session and sends the browser to sign in again. */
  void signedOut(Context ctx) {
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    Pages.seeOther(ctx, "/sign-in?why=expired");
  }
}
