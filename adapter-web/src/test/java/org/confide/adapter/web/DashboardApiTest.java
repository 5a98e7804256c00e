package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DashboardApiTest {

  private static final String NOVEMBER = "from=2026-11&to=2026-11";

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private String submit() {
    return api.reportAnonymously("What happened.");
  }

  @Test
  void a_lead_reads_response_times_workload_and_escalations_by_month() {
    var adviser = api.logIn("adviser@example.ac.uk");
    for (int i = 0; i < 6; i++) {
      var reference = submit();
      assertThat(
              api.post(
                      "/api/v1/staff/cases/" + reference + "/messages",
                      adviser,
                      Map.of("body", "We have read your report."))
                  .status())
          .isEqualTo(201);
    }
    var lead = api.logIn("lead@example.ac.uk");

    var reply = api.get("/api/v1/staff/dashboard?" + NOVEMBER, lead);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Cache-Control")).contains("no-store");
    var json = reply.json();
    assertThat(json.get("threshold").asInt()).isEqualTo(5);
    var month = json.get("months").get(0);
    assertThat(month.get("month").asText()).isEqualTo("2026-11");
    assertThat(month.get("reports").get("count").asLong()).isEqualTo(6);
    assertThat(month.get("firstReply").get("medianWorkingDays").asInt()).isZero();
    assertThat(month.get("withinTargetPercent").asInt()).isEqualTo(100);
    assertThat(json.get("workload").get("open").asInt()).isEqualTo(6);
    assertThat(json.get("escalations").get("byState")).hasSize(4);
  }

  @Test
  void a_month_of_few_reports_shows_their_number_only_as_words() {
    submit();
    submit();
    var admin = api.logIn("admin@example.ac.uk");

    var reply = api.get("/api/v1/staff/dashboard?" + NOVEMBER, admin);

    var month = reply.json().get("months").get(0);
    assertThat(month.get("reports").get("suppressed").asText()).isEqualTo("FEWER_THAN");
    assertThat(month.get("firstReply").isNull()).isTrue();
    assertThat(month.get("withinTargetPercent").isNull()).isTrue();
    assertThat(reply.body()).doesNotContain("\"count\":2");
    // Workload is staff work, not reporters: exact however small.
    assertThat(reply.json().get("workload").get("open").asInt()).isEqualTo(2);
  }

  @Test
  void the_csv_holds_the_same_figures_as_an_attachment_named_after_its_range() {
    submit();
    var lead = api.logIn("lead@example.ac.uk");

    var reply = api.get("/api/v1/staff/dashboard.csv?" + NOVEMBER, lead);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/csv");
    assertThat(reply.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"dashboard-2026-11-to-2026-11.csv\"");
    assertThat(reply.body())
        .startsWith(
            "section,key,label,reports,median_working_days,p90_working_days,"
                + "within_target_percent,open,overdue,escalations\r\n")
        .contains("month,2026-11,November 2026,fewer than 5,not shown,not shown,not shown,,,\r\n")
        .contains("workload,total,All open cases,,,,,1,0,\r\n");
  }

  @Test
  void advisers_and_analysts_are_refused() {
    assertThat(api.get("/api/v1/staff/dashboard", api.logIn("adviser@example.ac.uk")).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/staff/dashboard", api.logIn("analyst@example.ac.uk")).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/staff/dashboard.csv", api.logIn("analyst@example.ac.uk")).status())
        .isEqualTo(403);
  }

  @Test
  void bad_reversed_or_too_long_ranges_are_a_400_naming_the_field() {
    var lead = api.logIn("lead@example.ac.uk");

    assertThat(api.get("/api/v1/staff/dashboard?from=2026-13&to=last+week", lead).fields())
        .containsExactlyInAnyOrder("from", "to");
    assertThat(api.get("/api/v1/staff/dashboard?from=2026-11&to=2026-10", lead).fields())
        .containsExactly("to");
    assertThat(api.get("/api/v1/staff/dashboard?from=2024-11&to=2026-11", lead).fields())
        .containsExactly("from");
    assertThat(api.get("/api/v1/staff/dashboard", lead).status()).isEqualTo(200);
  }
}
