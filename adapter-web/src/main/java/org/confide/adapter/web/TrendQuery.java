package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.shared.ProblemCode;

/**
 * The query of a trends request, read alike by the API and the trends page: a range of months and
 * one or two dimensions, every bad parameter named in one 400.
 */
public final class TrendQuery {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final String DIMENSIONS =
      Arrays.stream(TrendDimension.values())
          .map(TrendDimension::parameter)
          .collect(Collectors.joining(", "));

  private TrendQuery() {}

  /**
   * The query of a trends request, from its {@code from}, {@code to} and {@code by} parameters; a
   * blank {@code by} is left out. Throws a 400 problem naming each bad parameter.
   */
  public static ReadTrendsUseCase.Command of(Context ctx, Clock clock) {
    var required = RequestProblems.none();
    var to = month(ctx.queryParam("to"), "to", required);
    var thisMonth = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    var from = month(ctx.queryParam("from"), "from", required);
    var by = new ArrayList<TrendDimension>();
    var byTexts = ctx.queryParams("by").stream().filter(text -> !text.isBlank()).toList();
    var names =
        byTexts.isEmpty()
            ? List.of("type")
            : byTexts.stream().flatMap(text -> Arrays.stream(text.split(",", -1))).toList();
    for (var name : names) {
      var dimension = TrendDimension.parse(name.strip());
      if (dimension.isEmpty()) {
        required.problem("by", ProblemCode.REQUEST_DIMENSIONS, DIMENSIONS);
        break;
      }
      by.add(dimension.get());
    }
    required.check();
    var end = to.orElse(thisMonth);
    return new ReadTrendsUseCase.Command(from.orElse(end.minusMonths(11)), end, by);
  }

  /** A month written YYYY-MM, or empty when blank; a bad one is a problem named {@code field}. */
  static Optional<YearMonth> month(String text, String field, RequestProblems required) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      if (MONTH.matcher(text.strip()).matches()) {
        return Optional.of(YearMonth.parse(text.strip()));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    required.problem(field, ProblemCode.REQUEST_MONTH);
    return Optional.empty();
  }
}
