package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.confide.application.port.in.ReadDashboardUseCase;

/**
 * The query of a dashboard request, read alike by the API, its CSV and the dashboard page: the
 * months {@code from} and {@code to} (YYYY-MM), read as the trends query reads them, by default the
 * twelve months to this one; every bad parameter named in one 400.
 */
public final class DashboardQuery {

  private DashboardQuery() {}

  /**
   * The query of a dashboard request, from its {@code from} and {@code to} parameters. Throws a 400
   * problem naming each bad parameter; a reversed or too long range is the use case's to refuse.
   */
  public static ReadDashboardUseCase.Command of(Context ctx, Clock clock) {
    var required = RequestProblems.none();
    var to = TrendQuery.month(ctx.queryParam("to"), "to", required);
    var from = TrendQuery.month(ctx.queryParam("from"), "from", required);
    required.check();
    var end = to.orElse(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
    return new ReadDashboardUseCase.Command(from.orElse(end.minusMonths(11)), end);
  }

  /**
   * The query string that asks for {@code query} again, for links to its CSV.
   *
   * @return such as {@code from=2026-01&to=2026-12}
   */
  public static String queryString(ReadDashboardUseCase.Command query) {
    return "from=" + query.from() + "&to=" + query.to();
  }
}
