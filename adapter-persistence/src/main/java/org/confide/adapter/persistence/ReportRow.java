package org.confide.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.Report;
import org.confide.domain.report.SupportRequest;
import org.confide.domain.shared.ReportReference;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A report as the columns of its row in {@code reports}, in {@link #NAMES}' order: what a reporter
 * wrote or who they are only sealed, each value bound to its report and column, so that a value
 * copied into another row or column fails to open instead of being shown as that report's.
 */
final class ReportRow {

  /** The columns of a report's row, but its access code's digest. */
  static final List<String> NAMES =
      List.of(
          "reference",
          "questionnaire_version",
          "received_at",
          "status",
          "assignee",
          "closed_at",
          "risk",
          "anonymous",
          "two_way_messaging",
          "support_requested",
          "answers",
          "account",
          "contact",
          "support_preference",
          "erasure_requested_at",
          "version",
          "entry_channel",
          "entered_by");

  /** {@link #NAMES} as a select or insert list. */
  static final String COLUMNS = String.join(", ", NAMES);

  private final List<Object> values;

  private ReportRow(List<Object> values) {
    this.values = values;
  }

  /** {@code report}'s row, its private columns sealed by {@code cipher}. */
  static ReportRow of(Report report, FieldCipher cipher) {
    var reference = report.reference();
    var contact =
        switch (report.anonymity()) {
          case Anonymity.Anonymous anonymous -> null;
          case Anonymity.Named named ->
              cipher.seal(ReportCodec.writeContact(named.contact()), context("contact", reference));
        };
    // In NAMES' order; a list, because some values are null.
    var values = new ArrayList<Object>(NAMES.size());
    values.add(reference.value());
    values.add(report.questionnaireVersion().value());
    values.add(utc(report.receivedAt()));
    values.add(report.status().name());
    values.add(report.assignee().map(staff -> staff.value().toString()).orElse(null));
    values.add(report.closedAt().map(ReportRow::utc).orElse(null));
    values.add(report.risk().name());
    values.add(report.isAnonymous());
    values.add(report.twoWayMessaging());
    values.add(report.supportRequest().isPresent());
    values.add(
        cipher.seal(ReportCodec.writeAnswers(report.answers()), context("answers", reference)));
    values.add(
        report
            .account()
            .map(account -> cipher.seal(account.text(), context("account", reference)))
            .orElse(null));
    values.add(contact);
    values.add(
        report
            .supportRequest()
            .flatMap(SupportRequest::adviserPreference)
            .map(preference -> cipher.seal(preference, context("support_preference", reference)))
            .orElse(null));
    values.add(report.erasureRequestedAt().map(ReportRow::utc).orElse(null));
    values.add(report.version());
    values.add(report.staffEntry().map(entry -> entry.channel().code()).orElse(null));
    values.add(report.staffEntry().map(entry -> entry.enteredBy().value().toString()).orElse(null));
    return new ReportRow(values);
  }

  /** The values, in {@link #NAMES}' order, then {@code more}: for a statement's {@code ?}s. */
  Object[] values(Object... more) {
    var all = new ArrayList<>(values);
    all.addAll(Arrays.asList(more));
    return all.toArray();
  }

  /** Binds each value to the named parameter of its column's name. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    for (int i = 0; i < NAMES.size(); i++) {
      statement.bind(NAMES.get(i), values.get(i));
    }
    return statement;
  }

  /** The context a column's sealed value is bound to. */
  static String context(String column, ReportReference reference) {
    return "report." + column + ":" + reference.value();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
