package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.function.Function;
import org.confide.application.port.in.Outcome;

/**
 * The one place where a use case's {@link Outcome} becomes an HTTP status: one exhaustive switch,
 * so a new kind of outcome cannot be added without deciding its status here.
 *
 * <p>{@link Outcome.Refused} (allowed in general, not in the present state, such as a message to a
 * closed case) is 409 Conflict: the request was understood and valid, but conflicts with the state
 * of the resource.
 */
public final class Responses {

  private final Json json;

  public Responses(Json json) {
    this.json = json;
  }

  /** Answers {@code outcome}: when done, {@code success} with the body mapped from its value. */
  public <T> void send(Context ctx, Outcome<T> outcome, int success, Function<T, ?> body) {
    switch (outcome) {
      case Outcome.Done<T> done -> json.write(ctx, success, body.apply(done.value()));
      case Outcome.Unauthenticated<T> ignored -> problem(ctx, unauthenticated());
      case Outcome.NotFound<T> ignored -> problem(ctx, notFound());
      case Outcome.Forbidden<T> ignored ->
          problem(ctx, Problem.of(403, "Not allowed", "Your role does not allow this."));
      case Outcome.Invalid<T> invalid -> problem(ctx, Problem.invalid(invalid.problems()));
      case Outcome.Refused<T> refused ->
          problem(ctx, Problem.of(409, "Not possible now", refused.reason()));
      case Outcome.Throttled<T> throttled -> {
        ctx.header("Retry-After", Long.toString(retryAfterSeconds(throttled.retryAfter())));
        problem(
            ctx,
            Problem.of(
                429,
                "Too many attempts",
                "Too many attempts; wait before trying again (see Retry-After)."));
      }
    }
  }

  /** Answers a done outcome with no content, 204; any other outcome as {@link #send}. */
  public <T> void sendNoContent(Context ctx, Outcome<T> outcome) {
    if (outcome instanceof Outcome.Done<T>) {
      ctx.status(204);
      return;
    }
    send(ctx, outcome, 204, value -> value);
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
  public static long retryAfterSeconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
