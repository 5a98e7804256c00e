package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.function.Function;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
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
 *
 * <p>A problem is answered in the language the request asks for ({@code ?lang=}), else the one its
 * {@code Accept-Language} prefers, else the first, with {@code Content-Language} naming it.
 */
public final class Responses {

  /** The query parameter that asks for a language. */
  public static final String LANGUAGE_PARAMETER = "lang";

  private final Json json;
  private final Languages languages;

  /**
   * Answers in JSON through {@code json}, problems in one of {@code languages}.
   *
   * @param json the reader and writer of bodies
   * @param languages the languages problems are told in
   */
  public Responses(Json json, Languages languages) {
    this.json = json;
    this.languages = languages;
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
    return Problem.of(401, "signInFailed");
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
          problem(ctx, notPossibleNow(Failure.Refused.of(Failure.TwoFactorFirst.CODE)));
      case Failure.Forbidden forbidden -> problem(ctx, Problem.of(403, "forbidden"));
      case Failure.NotFound notFound -> problem(ctx, notFound());
      case Failure.ChangedMeanwhile changedMeanwhile ->
          problem(ctx, notPossibleNow(Failure.Refused.of(Failure.ChangedMeanwhile.CODE)));
      case Failure.Invalid invalid -> problem(ctx, Problem.invalid(invalid.problems()));
      case Failure.Refused refused -> problem(ctx, notPossibleNow(refused));
      case Failure.Throttled throttled -> {
        ctx.header("Retry-After", Long.toString(retryAfterSeconds(throttled.retryAfter())));
        problem(ctx, Problem.of(429, "throttled", waitInMinutes(throttled)));
      }
    }
  }

  private static Problem notPossibleNow(Failure.Refused refused) {
    return Problem.because(409, "notPossibleNow", refused);
  }

  /**
   * Answers {@code problem} in the language of {@code ctx}, naming it in {@code Content-Language}.
   */
  public void problem(Context ctx, Problem problem) {
    var texts = language(ctx);
    ctx.header("Content-Language", texts.language().tag());
    json.write(ctx, problem.status(), Problem.MEDIA_TYPE, problem.in(texts));
  }

  /**
   * The language of an API request: the one {@code ?lang=} asks for, if offered; else its {@code
   * Accept-Language}'s preference; else the first.
   */
  public Texts language(Context ctx) {
    return languages
        .choose(ctx.queryParam(LANGUAGE_PARAMETER), ctx.header("Accept-Language"))
        .texts();
  }

  /** {@return the languages offered, the first first} */
  public Languages languages() {
    return languages;
  }

  public static Problem unauthenticated() {
    return ProblemException.unauthenticated().problem();
  }

  public static Problem notFound() {
    return ProblemException.notFound().problem();
  }

  /** What a member is told when their sign-in to an account is throttled, with how long to wait. */
  public static String tooManyTries(Failure.Throttled throttled) {
    return "Too many tries for this account: wait "
        + (waitInMinutes(throttled) == 1 ? "1 minute" : waitInMinutes(throttled) + " minutes")
        + " and try again";
  }

  /** How long a throttled sign-in waits, in whole minutes rounded up. */
  public static long waitInMinutes(Failure.Throttled throttled) {
    return (retryAfterSeconds(throttled.retryAfter()) + 59) / 60;
  }

  /** Whole seconds, rounded up, at least one: a client must never be told to retry at once. */
  public static long retryAfterSeconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
