package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.in.ExportReporterDataUseCase;
import org.confide.application.port.out.ReporterKeys;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Reports named before the reporter index existed (a database upgraded to migration 31): the first
 * subject access export keys them, once, and finds them.
 */
class ReportersFromBeforeTest {

  /**
   * The index as an upgraded database holds it: what is kept while {@code upgraded} is false is
   * lost, and those reports are listed as unkeyed until they are kept again.
   */
  private static final class Upgraded implements ReporterKeys {
    private final ReporterKeys keys;
    private final Set<ReportReference> fromBefore = new LinkedHashSet<>();
    private boolean upgraded;

    Upgraded(ReporterKeys keys) {
      this.keys = keys;
    }

    @Override
    public void keep(ReportReference report, Optional<ReporterKey> key) {
      if (!upgraded) {
        fromBefore.add(report);
        return;
      }
      fromBefore.remove(report);
      keys.keep(report, key);
    }

    @Override
    public List<ReportReference> reportsOf(ReporterKey key) {
      return keys.reportsOf(key);
    }

    @Override
    public List<ReportReference> unkeyed(int limit) {
      return fromBefore.stream().limit(limit).toList();
    }

    @Override
    public void remove(ReportReference report) {
      fromBefore.remove(report);
      keys.remove(report);
    }
  }

  private final Fixture fixture = new Fixture();
  private final Upgraded index = new Upgraded(fixture.ports.reporterKeys());
  private final Confide confide = fixture.builder.build(withIndex(fixture.ports, index));

  private static Ports withIndex(Ports p, ReporterKeys keys) {
    return new Ports(
        p.reports(),
        p.threads(),
        p.notes(),
        p.escalations(),
        p.staffDirectory(),
        p.auditTrail(),
        p.sessions(),
        p.settings(),
        p.questionnaires(),
        p.submissionKeys(),
        p.trendFacts(),
        p.patternKeys(),
        p.deadlineMarks(),
        p.authenticators(),
        p.caseLists(),
        p.serviceFigures(),
        p.organisationPages(),
        p.teams(),
        p.notifications(),
        p.passwordResets(),
        keys,
        p.outcomes(),
        p.notificationChoices(),
        p.transactions());
  }

  private ReportReference named(String email) {
    return confide
        .submitReport()
        .submit(AReport.named().contact("Sam Reporter", email, "").account("Before.").build())
        .orElseThrow()
        .reference();
  }

  @Test
  void the_first_export_keys_the_reports_named_before_and_finds_them() {
    var before = named("sam@example.ac.uk");
    var other = named("kim@example.ac.uk");
    index.upgraded = true;
    var after = named("sam@example.ac.uk");

    var data =
        confide
            .exportReporterData()
            .export(
                fixture.lead,
                new ExportReporterDataUseCase.Command("sam@example.ac.uk", "Email of 1 December"))
            .orElseThrow();

    assertThat(data.reports())
        .extracting(report -> report.file().reference())
        .containsExactlyInAnyOrder(before, after);
    assertThat(index.unkeyed(10)).isEmpty();
    assertThat(index.fromBefore).doesNotContain(other);
  }
}
