package org.confide.adapter.persistence;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 11: every row that belongs to a report names it by a foreign key, with {@code on delete
 * cascade}, so that the database itself refuses a row for a report it does not hold and removing a
 * report removes all that was kept about it, whoever removes it (erasure, retention, or a repair by
 * hand). Rows that already belong to no report are removed first, and one log line says how many of
 * each table, counts only.
 *
 * <p>Tied to {@code reports(reference)}: {@code access_codes}, {@code message_threads} (whose
 * {@code messages} already go with their thread), {@code internal_notes}, {@code escalations}
 * (whose {@code escalation_steps} already go with their escalation), {@code pattern_keys}, {@code
 * deadline_marks} and the reporters' {@code sessions}.
 *
 * <p>Not tied, on purpose: {@code submission_keys}, because a submission claims its key before its
 * report is written (so that a concurrent retry waits on the key and no second report is ever
 * written), and because the claim must outlive an erased report for its 24 hours so that a late
 * retry is told the report was erased instead of submitting it again; it holds digests only and
 * every purge run forgets claims older than a day. {@code audit_events}, whose trail of what staff
 * read and changed outlives the report by design and holds no report content. {@code trend_cells},
 * which never named a report. Links to staff members are left as they are: staff are deactivated,
 * never removed.
 *
 * <p>A Java migration rather than SQL, because only here can the same migration count what it
 * removes, on H2 and PostgreSQL alike, and log it. It is registered with Flyway in {@link Schema},
 * next to the SQL migrations of {@code db/migration}.
 */
final class ReportsOwnTheirRows extends CodedMigration {

  private static final Logger LOG = LoggerFactory.getLogger(ReportsOwnTheirRows.class);

  /** The tables tied to their report by {@code report_reference}. */
  static final List<String> OWNED =
      List.of(
          "access_codes",
          "message_threads",
          "internal_notes",
          "escalations",
          "pattern_keys",
          "deadline_marks",
          "sessions");

  private static final String ORPHANS =
      """
      delete from %s owned_row
       where owned_row.report_reference is not null
         and not exists (select 1 from reports where reference = owned_row.report_reference)\
      """;

  // The steps of escalations whose report is gone; removed here, rather than by the cascade from
  // escalations, so that they are counted.
  private static final String ORPHAN_STEPS =
      """
      delete from escalation_steps step
       where exists (
             select 1 from escalations escalation
              where escalation.id = step.escalation_id
                and not exists (
                    select 1 from reports where reference = escalation.report_reference))\
      """;

  private static final String FOREIGN_KEY =
      """
      alter table %1$s add constraint %1$s_report_fk
          foreign key (report_reference) references reports (reference) on delete cascade\
      """;

  ReportsOwnTheirRows() {
    super("11", "reports own their rows");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    var connection = context.getConnection();
    var removed = new LinkedHashMap<String, Integer>();
    // The rows that hang on an owned row go before it, so that each is counted where it was.
    removed.put("messages", update(connection, ORPHANS.formatted("messages")));
    removed.put("escalation_steps", update(connection, ORPHAN_STEPS));
    for (var table : OWNED) {
      removed.put(table, update(connection, ORPHANS.formatted(table)));
    }
    log(removed);
    for (var table : OWNED) {
      update(connection, FOREIGN_KEY.formatted(table));
    }
  }

  // Counts only: which rows they were, and whose, is exactly what must not reach a log.
  private static void log(Map<String, Integer> removed) {
    int total = removed.values().stream().mapToInt(Integer::intValue).sum();
    var line =
        "Removed {} rows that belonged to no report, before tying every table to its report: {}";
    var each =
        removed.entrySet().stream()
            .map(entry -> entry.getKey() + " " + entry.getValue())
            .collect(Collectors.joining(", "));
    if (total == 0) {
      LOG.info(line, total, each);
    } else {
      LOG.warn(line, total, each);
    }
  }
}
