package org.confide.adapter.web.api;

import io.javalin.http.Context;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.SetPasswordLinks;
import org.confide.adapter.web.security.SameOrigin;
import org.confide.application.Confide;
import org.confide.application.port.in.ResetStaffPasswordUseCase;

/**
 * An administrator resets a staff member's password over the API, and is given the one-time
 * set-password link, this once.
 */
public final class PasswordResetApi {

  private final ResetStaffPasswordUseCase resetStaffPassword;
  private final Responses responses;
  private final SameOrigin origin;

  public PasswordResetApi(Confide confide, Responses responses, SameOrigin origin) {
    this.resetStaffPassword = confide.resetStaffPassword();
    this.responses = responses;
    this.origin = origin;
  }

  /**
   * {@code POST /api/v1/admin/staff/{id}/password-reset}: the member's old password stops working,
   * their sessions end, and the link is answered (201), shown once.
   */
  public void resetPassword(Context ctx) {
    responses.send(
        ctx,
        resetStaffPassword.reset(
            Bearer.token(ctx), new ResetStaffPasswordUseCase.Command(PathIds.staff(ctx))),
        201,
        issued ->
            new ResetResponse(
                SetPasswordLinks.link(origin, ctx, issued.token()), issued.expiresAt().toString()));
  }

  /** The one-time link and when it expires. */
  record ResetResponse(String link, String expiresAt) {
    @Override
    public String toString() {
      return "ResetResponse[hidden]";
    }
  }
}
