package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.function.Function;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;

/**
 * The one place where a use case's {@link Outcome} becomes an HTTP status: one exhaustive switch
 * over every {@link Failure}, so a new kind of failure cannot be added without deciding its status
 * here.
 *
 * <p>{@link Failure.Refused} (allowed in general, not in the present state, such as a message to a
 * closed case), {@link Failure.TwoFactorFirst} and {@link Failure.ChangedMeanwhile} are 409
 * Conflict: the request was understood and valid, but conflicts with the state of the resource.
 */
public final class Responses {

  private final Json json;

  public Responses(Json json) {
    this.json = json;
  }

  /** Answers {@code outcome}: when done, {@code success} with the body mapped from its value. */
  public <T, F extends Failure> void send(
      Context ctx, Outcome<T, F> outcome, int success, Function<T, ?> body) {
    switch (outcome) {
      case Outcome.Done<T, F> done -> json.write(ctx, success, body.apply(done.value()));
      case Outcome.Failed<T, F> failed -> fail(ctx, failed.failure());
    }
  }

  /**
   * Answers a sign-in's {@code outcome}: when done, 200 with the body mapped from its value; when
   * the credentials did not open a session, {@link #signInFailed()}, in the same words whatever was
   * wrong (an access code, an email, a password, an authenticator code), so that the answer tells a
   * guesser nothing about which part was right.
   */
  public <T, F extends Failure> void signIn(
      Context ctx, Outcome<T, F> outcome, Function<T, ?> body) {
    if (outcome instanceof Outcome.Failed<T, F>(Failure.Unauthenticated refused)) {
      problem(ctx, signInFailed());
      return;
    }
    send(ctx, outcome, 200, body);
  }

  /** What a sign-in whose credentials opened no session is told. */
  public static Problem signInFailed() {
    return Problem.of(
        401,
        "Sign-in failed",
        "These details do not open a session. Check what you typed and try again.");
  }

  /** Answers a done outcome with no content, 204; a failed one as {@link #fail}. */
  public <T, F extends Failure> void sendNoContent(Context ctx, Outcome<T, F> outcome) {
    switch (outcome) {
      case Outcome.Done<T, F> done -> ctx.status(204);
      case Outcome.Failed<T, F> failed -> fail(ctx, failed.failure());
    }
  }

  /** Answers {@code failure} as its problem. */
  public void fail(Context ctx, Failure failure) {
    switch (failure) {
      case Failure.Unauthenticated unauthenticated -> problem(ctx, unauthenticated());
      case Failure.TwoFactorFirst twoFactorFirst ->
          problem(ctx, notPossibleNow(twoFactorFirst.reason()));
      case Failure.Forbidden forbidden ->
          problem(ctx, Problem.of(403, "Not allowed", "Your role does not allow this."));
      case Failure.NotFound notFound -> problem(ctx, notFound());
      case Failure.ChangedMeanwhile changedMeanwhile ->
          problem(ctx, notPossibleNow(changedMeanwhile.reason()));
      case Failure.Invalid invalid -> problem(ctx, Problem.invalid(invalid.problems()));
      case Failure.Refused refused -> problem(ctx, notPossibleNow(refused.reason()));
      case Failure.Throttled throttled -> {
        ctx.header("Retry-After", Long.toString(retryAfterSeconds(throttled.retryAfter())));
        problem(
            ctx,
            Problem.of(
                429,
                "Too many attempts",
                "Too many attempts; wait "
                    + waitInWords(throttled)
                    + " before trying again (see Retry-After)."));
      }
    }
  }

  private static Problem notPossibleNow(String reason) {
    return Problem.of(409, "Not possible now", reason);
  }

  public void problem(Context ctx, Problem problem) {
    json.write(ctx, problem);
  }

  public static Problem unauthenticated() {
    return ProblemException.unauthenticated().problem();
  }

  public static Problem notFound() {
    return ProblemException.notFound().problem();
  }

  /** Whole seconds, rounded up, at least one: a client must never be told to retry at once. */
  /** What a member is told when their sign-in to an account is throttled, with how long to wait. */
  public static String tooManyTries(Failure.Throttled throttled) {
    return "Too many tries for this account: wait " + waitInWords(throttled) + " and try again";
  }

  /** How long a throttled sign-in waits, in whole minutes rounded up: "1 minute", "4 minutes". */
  private static String waitInWords(Failure.Throttled throttled) {
    var minutes = waitMinutes(throttled);
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }

  /** How long a throttled sign-in waits, in whole minutes rounded up, at least one. */
  public static long waitMinutes(Failure.Throttled throttled) {
    return (retryAfterSeconds(throttled.retryAfter()) + 59) / 60;
  }

  public static long retryAfterSeconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
