package org.confide.adapter.persistence;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.questionnaire.OptionId;

/**
 * {@link TrendFacts} in the {@code trend_facts} table: one row per report received, coarse and in
 * the clear, with no column that leads back to the report.
 */
public final class JdbiTrendFacts implements TrendFacts {

  // Option ids are lower-case words joined by hyphens, so a comma never occurs inside one.
  private static final String SEPARATOR = ",";

  private final JdbiTransactions transactions;

  public JdbiTrendFacts(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void record(ReportFacts facts) {
    Objects.requireNonNull(facts, "facts must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                insert into trend_facts
                    (received_month, incident_types, where_option, reporter_role, anonymous)
                values (:received_month, :incident_types, :where_option, :reporter_role, :anonymous)\
                """)
            .bind("received_month", facts.month().toString())
            .bind(
                "incident_types",
                facts.incidentTypes().stream()
                    .map(OptionId::value)
                    .collect(Collectors.joining(SEPARATOR)))
            .bind("where_option", facts.where().map(OptionId::value).orElse(null))
            .bind("reporter_role", facts.reporterRole().map(OptionId::value).orElse(null))
            .bind("anonymous", facts.anonymous())
            .execute());
  }

  @Override
  public List<ReportFacts> between(YearMonth from, YearMonth to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    // 'YYYY-MM' sorts as text in the same order as the months it names.
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select received_month, incident_types, where_option, reporter_role, anonymous
                  from trend_facts
                 where received_month >= :from and received_month <= :to
                 order by received_month, id\
                """)
            .bind("from", from.toString())
            .bind("to", to.toString())
            .map((row, context) ->
                new ReportFacts(
                    YearMonth.parse(row.getString("received_month")),
                    incidentTypes(row.getString("incident_types")),
                    Optional.ofNullable(row.getString("where_option")).map(OptionId::of),
                    Optional.ofNullable(row.getString("reporter_role")).map(OptionId::of),
                    row.getBoolean("anonymous")))
            .list());
  }

  private static List<OptionId> incidentTypes(String joined) {
    if (joined.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(joined.split(SEPARATOR, -1)).map(OptionId::of).toList();
  }
}
