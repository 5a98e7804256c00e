package org.confide.application.service;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.out.ReporterKeys;
import org.confide.application.port.out.ReporterKeys.ReporterKey;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;

/**
 * Finds a named reporter's reports by their email address, for a subject access request, through
 * keyed digests of the addresses ({@link ReporterKeys}) rather than by opening every report's
 * sealed contact details. Every use case that names a report keeps its key here.
 */
public final class ReporterIndex {

  /** How many reports from before the index are keyed in one step. */
  private static final int BATCH = 500;

  private final ReporterKeys reporterKeys;
  private final Reports reports;
  private final Secrets secrets;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param reporterKeys the keyed digests of named reporters' email addresses
   * @param reports the reports
   * @param secrets the keyed digests under the server secret
   */
  public ReporterIndex(ReporterKeys reporterKeys, Reports reports, Secrets secrets) {
    this.reporterKeys = Objects.requireNonNull(reporterKeys, "reporterKeys");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** Keeps the key of {@code report}'s email address, if it is named; an anonymous one has none. */
  void keep(Report report) {
    switch (report.anonymity()) {
      case Anonymity.Anonymous anonymous -> {}
      case Anonymity.Named named ->
          reporterKeys.keep(report.reference(), named.contact().email().map(this::key));
    }
  }

  /**
   * The reports whose contact details give {@code email} now, compared trimmed and without regard
   * to case, oldest reference first. Reports named before the index existed are keyed first, once:
   * their contact details are opened then, and never again for a look-up.
   */
  List<Report> namedBy(String email) {
    keyReportsFromBefore();
    var wanted = normal(email);
    // A digest is compared, then the address itself, so a report whose details changed without
    // its key (which no use case does) is never given to the wrong person.
    return reports.findAll(reporterKeys.reportsOf(key(email))).stream()
        .filter(
            report -> emailOf(report).map(ReporterIndex::normal).filter(wanted::equals).isPresent())
        .toList();
  }

  private void keyReportsFromBefore() {
    List<ReportReference> unkeyed;
    while (!(unkeyed = reporterKeys.unkeyed(BATCH)).isEmpty()) {
      var found = reports.findAll(unkeyed);
      if (found.isEmpty()) {
        return;
      }
      found.forEach(this::keep);
    }
  }

  private static Optional<String> emailOf(Report report) {
    return switch (report.anonymity()) {
      case Anonymity.Anonymous anonymous -> Optional.empty();
      case Anonymity.Named named -> named.contact().email();
    };
  }

  private ReporterKey key(String email) {
    return new ReporterKey(secrets.keyedDigest("reporter-email", normal(email)));
  }

  private static String normal(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
