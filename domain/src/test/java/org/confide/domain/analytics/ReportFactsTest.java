package org.confide.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.report.AReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportFactsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Nested
  class Month {

    @Test
    void the_month_is_taken_in_the_organisations_zone() {
      var report = AReport.anonymous().receivedAt(Instant.parse("2026-01-31T23:30:00Z")).submit();

      assertThat(ReportFacts.of(report, LONDON).month()).isEqualTo(YearMonth.of(2026, 1));
      assertThat(ReportFacts.of(report, TOKYO).month()).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void british_summer_time_moves_the_month_boundary() {
      // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST, UTC+1).
      var report = AReport.anonymous().receivedAt(Instant.parse("2026-05-31T23:30:00Z")).submit();

      assertThat(ReportFacts.of(report, LONDON).month()).isEqualTo(YearMonth.of(2026, 6));
      assertThat(ReportFacts.of(report, ZoneOffset.UTC).month()).isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void the_new_year_falls_in_the_zone_too() {
      var report = AReport.anonymous().receivedAt(Instant.parse("2025-12-31T20:00:00Z")).submit();

      assertThat(ReportFacts.of(report, LONDON).month()).isEqualTo(YearMonth.of(2025, 12));
      assertThat(ReportFacts.of(report, TOKYO).month()).isEqualTo(YearMonth.of(2026, 1));
    }
  }

  @Nested
  class IncidentTypes {

    @Test
    void come_from_a_multiple_choice_answer_in_order() {
      var report =
          AReport.anonymous()
              .withMultipleChoice("incident-type", "harassment", "bullying", "hate-incident")
              .submit();

      assertThat(ReportFacts.of(report, LONDON).incidentTypes())
          .containsExactly(
              OptionId.of("harassment"), OptionId.of("bullying"), OptionId.of("hate-incident"));
    }

    @Test
    void a_single_choice_answer_gives_one_type() {
      var report = AReport.anonymous().withSingleChoice("incident-type", "bullying").submit();

      assertThat(ReportFacts.of(report, LONDON).incidentTypes())
          .containsExactly(OptionId.of("bullying"));
    }

    @Test
    void a_text_or_date_answer_gives_no_type() {
      var text = AReport.anonymous().withAnswer("incident-type", new Answer.Text("other")).submit();
      var date =
          AReport.anonymous()
              .withAnswer("incident-type", new Answer.Date(LocalDate.of(2026, 1, 5)))
              .submit();

      assertThat(ReportFacts.of(text, LONDON).incidentTypes()).isEmpty();
      assertThat(ReportFacts.of(date, LONDON).incidentTypes()).isEmpty();
    }

    @Test
    void the_types_cannot_be_changed_from_outside() {
      var facts = ReportFacts.of(AReport.anonymous().submit(), LONDON);

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> facts.incidentTypes().add(OptionId.of("bullying")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class PlaceAndRole {

    @Test
    void come_from_single_choice_answers() {
      var report =
          AReport.anonymous()
              .withSingleChoice("where", "online")
              .withSingleChoice("reporter-role", "student")
              .submit();

      var facts = ReportFacts.of(report, LONDON);

      assertThat(facts.where()).contains(OptionId.of("online"));
      assertThat(facts.reporterRole()).contains(OptionId.of("student"));
    }

    @Test
    void an_answer_of_another_shape_gives_nothing() {
      var report =
          AReport.anonymous()
              .withMultipleChoice("where", "online", "on-campus")
              .withAnswer("reporter-role", new Answer.Text("visitor"))
              .submit();

      var facts = ReportFacts.of(report, LONDON);

      assertThat(facts.where()).isEmpty();
      assertThat(facts.reporterRole()).isEmpty();
    }
  }

  @Nested
  class Anonymity {

    @Test
    void an_anonymous_report_counts_as_anonymous() {
      assertThat(ReportFacts.of(AReport.anonymous().submit(), LONDON).anonymous()).isTrue();
    }

    @Test
    void a_named_report_counts_as_named() {
      assertThat(ReportFacts.of(AReport.named().submit(), LONDON).anonymous()).isFalse();
    }
  }

  @Nested
  class AbsentAnswers {

    @Test
    void a_report_without_answers_gives_empty_facts_but_still_a_month() {
      var report =
          AReport.anonymous()
              .withNoAnswers()
              .receivedAt(Instant.parse("2026-04-10T12:00:00Z"))
              .submit();

      assertThat(ReportFacts.of(report, LONDON))
          .isEqualTo(
              new ReportFacts(
                  YearMonth.of(2026, 4), List.of(), Optional.empty(), Optional.empty(), true));
    }

    @Test
    void unrelated_answers_do_not_leak_into_the_facts() {
      var report =
          AReport.anonymous()
              .withNoAnswers()
              .withAnswer("named-person", new Answer.Text("Dr Someone"))
              .withSingleChoice("under-18", "yes")
              .submit();

      var facts = ReportFacts.of(report, LONDON);

      assertThat(facts.incidentTypes()).isEmpty();
      assertThat(facts.where()).isEmpty();
      assertThat(facts.reporterRole()).isEmpty();
      assertThat(facts.toString()).doesNotContain("Someone");
    }
  }
}
