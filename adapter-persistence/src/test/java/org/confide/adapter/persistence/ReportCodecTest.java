package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.report.ContactDetails;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportCodecTest {

  @Nested
  class OfAnswers {

    @Test
    void every_kind_of_answer_round_trips_in_the_order_given() {
      var byQuestion = new LinkedHashMap<QuestionId, Answer>();
      byQuestion.put(QuestionId.of("where"), new Answer.SingleChoice(OptionId.of("on-campus")));
      byQuestion.put(
          QuestionId.of("incident-type"),
          new Answer.MultipleChoice(List.of(OptionId.of("harassment"), OptionId.of("bullying"))));
      byQuestion.put(QuestionId.of("when"), new Answer.Date(LocalDate.of(2026, 2, 27)));
      byQuestion.put(
          QuestionId.of("named-person"),
          new Answer.Text("Zoë — \"the tutor\" 😊\nline two\t{\"kind\": \"single\"} \\ ünïcödé"));
      var answers = new Answers(byQuestion);

      var read = ReportCodec.readAnswers(ReportCodec.writeAnswers(answers));

      assertThat(read).isEqualTo(answers);
      assertThat(read.byQuestion().keySet())
          .containsExactly(
              QuestionId.of("where"),
              QuestionId.of("incident-type"),
              QuestionId.of("when"),
              QuestionId.of("named-person"));
      assertThat(read.get(QuestionId.of("incident-type")))
          .contains(
              new Answer.MultipleChoice(
                  List.of(OptionId.of("harassment"), OptionId.of("bullying"))));
    }

    @Test
    void a_month_answer_round_trips_and_answers_stored_before_months_still_read() {
      var month = new LinkedHashMap<QuestionId, Answer>();
      month.put(QuestionId.of("when"), new Answer.Month(java.time.YearMonth.of(2026, 2)));
      var answers = new Answers(month);
      var written = ReportCodec.writeAnswers(answers);
      assertThat(written).isEqualTo("{\"when\":{\"kind\":\"month\",\"month\":\"2026-02\"}}");
      assertThat(ReportCodec.readAnswers(written)).isEqualTo(answers);
      // A day, as every answer to a date question was stored until months were taken.
      assertThat(
              ReportCodec.readAnswers("{\"when\":{\"kind\":\"date\",\"date\":\"2026-02-27\"}}")
                  .get(QuestionId.of("when")))
          .contains(new Answer.Date(LocalDate.of(2026, 2, 27)));
    }

    @Test
    void more_than_a_year_ago_round_trips() {
      var longAgo = new LinkedHashMap<QuestionId, Answer>();
      longAgo.put(QuestionId.of("when"), new Answer.MoreThanAYearAgo());
      var answers = new Answers(longAgo);
      var written = ReportCodec.writeAnswers(answers);

      assertThat(written).isEqualTo("{\"when\":{\"kind\":\"more-than-a-year-ago\"}}");
      assertThat(ReportCodec.readAnswers(written)).isEqualTo(answers);
    }

    @Test
    void no_answers_round_trip() {
      assertThat(ReportCodec.readAnswers(ReportCodec.writeAnswers(Answers.none())))
          .isEqualTo(Answers.none());
    }

    @Test
    void text_that_is_not_answers_is_refused_without_quoting_it() {
      assertThatThrownBy(() -> ReportCodec.readAnswers("secret words, not JSON"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageNotContaining("secret");
      assertThatThrownBy(() -> ReportCodec.readAnswers("{\"where\": {\"kind\": \"guess\"}}"))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> ReportCodec.readAnswers("[]"))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class OfContactDetails {

    @Test
    void details_with_email_and_phone_round_trip() {
      var contact =
          new ContactDetails(
              "Siân O'Brien-Ngữ",
              Optional.of("sian@example.ac.uk"),
              Optional.of("+44 7700 900123"));

      assertThat(ReportCodec.readContact(ReportCodec.writeContact(contact))).isEqualTo(contact);
    }

    @Test
    void details_with_email_only_round_trip() {
      var contact = new ContactDetails("Sam", Optional.of("sam@example.ac.uk"), Optional.empty());

      var json = ReportCodec.writeContact(contact);

      assertThat(ReportCodec.readContact(json)).isEqualTo(contact);
      assertThat(json).doesNotContain("phone");
    }

    @Test
    void details_with_phone_only_round_trip() {
      var contact = new ContactDetails("Sam", Optional.empty(), Optional.of("07700 900123"));

      assertThat(ReportCodec.readContact(ReportCodec.writeContact(contact))).isEqualTo(contact);
    }

    @Test
    void details_without_a_name_are_refused() {
      assertThatThrownBy(() -> ReportCodec.readContact("{\"email\": \"sam@example.ac.uk\"}"))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
