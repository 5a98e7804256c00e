package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.security.Guard;
import org.confide.application.Confide;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SetUpTwoFactorUseCase;

/**
 * A staff member's session through the API: logging in and out, and setting up two-factor sign-in
 * (the secret for the app, proved with a code, and the recovery codes shown once).
 */
public final class StaffSessionApi {

  private final LogInStaffUseCase logIn;
  private final SetUpTwoFactorUseCase twoFactor;
  private final EndSessionUseCase endSession;
  private final Json json;
  private final Responses responses;
  private final Guard guard;

  public StaffSessionApi(Confide confide, Json json, Responses responses, Guard guard) {
    this.logIn = confide.logInStaff();
    this.twoFactor = confide.setUpTwoFactor();
    this.endSession = confide.endSession();
    this.json = json;
    this.responses = responses;
    this.guard = guard;
  }

  /**
   * {@code POST /api/v1/staff/session}: throttled per account. An API client has no known-device
   * cookie, so its tries share the account's budget with every unknown browser's.
   */
  public void openSession(Context ctx) {
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
  public void twoFactorStatus(Context ctx) {
    responses.send(ctx, twoFactor.status(Bearer.token(ctx)), 200, status -> status);
  }

  /** {@code POST /api/v1/staff/two-factor}: the secret for the app, the same until confirmed. */
  public void beginTwoFactor(Context ctx) {
    responses.send(ctx, twoFactor.begin(Bearer.token(ctx)), 200, EnrolmentResponse::of);
  }

  /**
   * {@code POST /api/v1/staff/two-factor/confirmation}: proves the app; a new session. Whether the
   * holder may confirm at all (a live staff session, not yet set up) is asked before the body is
   * read.
   */
  public void confirmTwoFactor(Context ctx) {
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
  public void closeSession(Context ctx) {
    responses.sendNoContent(ctx, endSession.end(Bearer.token(ctx), EndSessionUseCase.Holder.STAFF));
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
}
