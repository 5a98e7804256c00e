package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.confide.application.port.out.Reports;
import org.confide.testing.TestReports;
import org.confide.testing.contract.ReportAccessCodesContract;
import org.confide.testing.contract.ReportsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@link ReportsContract} run against {@link JdbiReports} on a private in-memory H2. */
class H2ReportsTest extends ReportsContract {

  private Database database;
  private Reports adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = new JdbiReports(database.transactions(), TestCiphers.random());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected Reports reports() {
    return adapter;
  }

  @Test
  void what_the_reporter_wrote_and_who_they_are_is_stored_only_sealed() {
    var report = TestReports.aReport().named().build();
    adapter.add(report);

    var row =
        database
            .jdbi()
            .withHandle(handle ->
                handle
                    .createQuery(
                        """
                        select answers, account, contact, support_preference
                          from reports where reference = :reference\
                        """)
                    .bind("reference", report.reference().value())
                    .mapToMap()
                    .one());

    var stored = new StringBuilder();
    row.values()
        .forEach(value -> stored.append(new String((byte[]) value, StandardCharsets.UTF_8)));
    assertThat(row.values()).hasSize(4).doesNotContainNull();
    assertThat(stored.toString())
        .doesNotContain("history department")
        .doesNotContain("on-campus")
        .doesNotContain("library")
        .doesNotContain("Sam Reporter")
        .doesNotContain("sam@example.ac.uk")
        .doesNotContain("7700")
        .doesNotContain("a woman");
  }

  /** The {@link ReportAccessCodesContract} on the same adapter. */
  @Nested
  class AccessCodes extends ReportAccessCodesContract {
    @Override
    protected Reports reports() {
      return adapter;
    }
  }
}
