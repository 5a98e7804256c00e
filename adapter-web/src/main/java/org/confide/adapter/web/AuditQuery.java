package org.confide.adapter.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.application.port.in.BrowseAuditTrailUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * The query of an audit-trail request, read alike by the API, the CSV download and the audit page:
 * {@code from}, {@code to}, {@code action}, {@code actor}, {@code reference}, {@code after} and
 * {@code limit}, every bad parameter named in one 400. Blank parameters are left out, as a form
 * sends them.
 */
public final class AuditQuery {

  /** The start of the period when none is given: before any event. */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The end of the period when none is given: after any event. */
  static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

  private static final String ACTIONS =
      Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.joining(", "));

  private AuditQuery() {}

  /** The query of the request; throws a 400 problem naming each bad parameter. */
  public static BrowseAuditTrailUseCase.Command of(Context ctx) {
    var required = RequestProblems.none();
    var from = time(param(ctx, "from"), "from", false, required);
    var to = time(param(ctx, "to"), "to", true, required);
    var action =
        param(ctx, "action")
            .flatMap(text -> {
              var named = EnumNames.named(AuditAction.class, text.toUpperCase(Locale.ROOT));
              if (named.isEmpty()) {
                required.problem("action", ProblemCode.ONE_OF, ACTIONS);
              }
              return named;
            });
    var actor = param(ctx, "actor").flatMap(text -> actor(text, required));
    var reference =
        param(ctx, "reference")
            .flatMap(text -> {
              var read = ReportReference.read(text);
              if (read.isEmpty()) {
                required.problem("reference", ProblemCode.REQUEST_REFERENCE);
              }
              return read;
            });
    var size = BrowseAuditTrailUseCase.PAGE_SIZE;
    var limit = param(ctx, "limit");
    if (limit.isPresent()) {
      try {
        size = Integer.parseInt(limit.get());
      } catch (NumberFormatException e) {
        required.problem("limit", ProblemCode.PAGE_SIZE, BrowseAuditTrailUseCase.MAX_PAGE_SIZE);
      }
    }
    required.check();
    return new BrowseAuditTrailUseCase.Command(
        from.orElse(EARLIEST),
        to.orElse(LATEST),
        action,
        actor,
        reference,
        param(ctx, "after"),
        size);
  }

  /**
   * {@code path} with this request's filters, and {@code after} as given instead of the request's:
   * the address of the next page, or of the same page elsewhere.
   */
  public static String link(Context ctx, String path, Optional<String> after) {
    var query = new ArrayList<String>();
    for (var name : List.of("from", "to", "action", "actor", "reference", "limit")) {
      param(ctx, name).ifPresent(value -> query.add(name + "=" + URLEncoder.encode(value, UTF_8)));
    }
    after.ifPresent(cursor -> query.add("after=" + URLEncoder.encode(cursor, UTF_8)));
    // The language asked for, so that the next page of a download is in the same one.
    param(ctx, "lang")
        .filter(tag -> tag.matches("[a-z]{2,3}"))
        .ifPresent(tag -> query.add("lang=" + tag));
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  private static Optional<String> param(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A day (its start, or for the end of a period the start of the next) or an exact instant. */
  private static Optional<Instant> time(
      Optional<String> text, String field, boolean end, RequestProblems required) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (text.get().length() == 10) {
        var day = LocalDate.parse(text.get());
        return Optional.of((end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(Instant.parse(text.get()));
    } catch (DateTimeException e) {
      required.problem(field, ProblemCode.REQUEST_DAY_OR_TIME);
      return Optional.empty();
    }
  }

  /** A staff account's id, {@code system} or {@code reporter}. */
  private static Optional<Actor> actor(String text, RequestProblems required) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "system" -> {
        return Optional.of(Actor.system());
      }
      case "reporter" -> {
        return Optional.of(Actor.reporter());
      }
      default -> {
        var staff = StaffId.read(text).map(Actor::staff);
        if (staff.isEmpty()) {
          required.problem("actor", ProblemCode.REQUEST_ACTOR);
        }
        return staff;
      }
    }
  }
}
