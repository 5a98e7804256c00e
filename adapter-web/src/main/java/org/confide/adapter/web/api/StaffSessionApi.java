package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.Problem;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.security.Guard;
import org.confide.application.Confide;
import org.confide.application.port.in.BeginTwoFactorUseCase;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase.Status;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionGrant;

/**
 * A staff member's session through the API: logging in and out, and setting up two-factor sign-in
 * (the secret for the app, proved with a code, and the recovery codes shown once).
 */
public final class StaffSessionApi {

  private final LogInStaffUseCase logIn;
  private final ReadTwoFactorStatusUseCase twoFactorStatus;
  private final BeginTwoFactorUseCase beginTwoFactor;
  private final ConfirmTwoFactorUseCase confirmTwoFactor;
  private final EndSessionUseCase endSession;
  private final Json json;
  private final Responses responses;
  private final Guard guard;
  private final SingleSignOnSettings sso;

  public StaffSessionApi(
      Confide confide, Json json, Responses responses, Guard guard, SingleSignOnSettings sso) {
    this.sso = sso;
    this.logIn = confide.logInStaff();
    this.twoFactorStatus = confide.readTwoFactorStatus();
    this.beginTwoFactor = confide.beginTwoFactor();
    this.confirmTwoFactor = confide.confirmTwoFactor();
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
    if (!sso.passwordAllowedFor(email)) {
      // Decided by the address alone, before any password is tried: it tells nothing of accounts.
      throw new ProblemException(Problem.of(403, "passwordSignInOff"));
    }
    var outcome =
        guard.passwordTry(
            guard.accountKey(email),
            Optional.empty(),
            () ->
                logIn.logIn(
                    new LogInStaffUseCase.Command(
                        email, password.toCharArray(), Optional.ofNullable(request.code()))));
    responses.signIn(ctx, outcome, grant -> StaffGrantResponse.of(grant, twoFactorStatus));
  }

  /** {@code GET /api/v1/staff/two-factor}: whether the caller has set it up, and must. */
  public void twoFactorStatus(Context ctx) {
    responses.send(ctx, twoFactorStatus.read(Bearer.token(ctx)), 200, status -> status);
  }

  /** {@code POST /api/v1/staff/two-factor}: the secret for the app, the same until confirmed. */
  public void beginTwoFactor(Context ctx) {
    responses.send(ctx, beginTwoFactor.begin(Bearer.token(ctx)), 200, EnrolmentResponse::of);
  }

  /**
   * {@code POST /api/v1/staff/two-factor/confirmation}: proves the app; a new session. Whether the
   * holder may confirm at all (a live staff session, not yet set up) is asked before the body is
   * read.
   */
  public void confirmTwoFactor(Context ctx) {
    var token = Bearer.token(ctx);
    switch (twoFactorStatus.read(token)) {
      case Outcome.Done<Status, SessionDenial>(var status) when status.setUp() -> {
        responses.fail(ctx, Failure.Refused.of(ConfirmTwoFactorUseCase.ALREADY_SET_UP));
        return;
      }
      case Outcome.Done<Status, SessionDenial> notYet -> {}
      case Outcome.Failed<Status, SessionDenial>(var denied) -> {
        responses.fail(ctx, denied);
        return;
      }
    }
    var request = json.read(ctx, CodeRequest.class);
    RequestProblems.of(request).check();
    String code = request.code();
    responses.send(
        ctx,
        confirmTwoFactor.confirm(token, new ConfirmTwoFactorUseCase.Command(code)),
        200,
        ConfirmedResponse::of);
  }

  /** {@code DELETE /api/v1/staff/session}. */
  public void closeSession(Context ctx) {
    endSession.end(Bearer.token(ctx), EndSessionUseCase.Command.staff());
    ctx.status(204);
  }

  /**
   * A staff session, and whether its holder must set up two-factor sign-in before the session opens
   * anything else.
   */
  record StaffGrantResponse(String token, Instant expiresAt, boolean twoFactorSetUpRequired) {
    static StaffGrantResponse of(SessionGrant grant, ReadTwoFactorStatusUseCase twoFactor) {
      var mustSetUp =
          twoFactor.read(grant.token()) instanceof Outcome.Done<Status, SessionDenial>(var status)
              && status.mustSetUp();
      return new StaffGrantResponse(grant.token().value(), grant.expiresAt(), mustSetUp);
    }

    @Override
    public String toString() {
      return "StaffGrantResponse[hidden]";
    }
  }

  /** The secret to put into an authenticator app, typed or as the link a QR code carries. */
  record EnrolmentResponse(String secret, String uri) {
    static EnrolmentResponse of(BeginTwoFactorUseCase.Enrolment enrolment) {
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
    static ConfirmedResponse of(ConfirmTwoFactorUseCase.Confirmed confirmed) {
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
