package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.AddQuestionnaireUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListQuestionnairesUseCase.Listing;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.UseQuestionnaireUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.QuestionnaireChange.DroppedSignal;
import org.confide.domain.questionnaire.QuestionnaireDocument;
import org.confide.domain.questionnaire.QuestionnaireDocument.OptionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.QuestionEntry;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.SafeguardingSignal;
import org.confide.domain.shared.Language;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The organisation's questionnaire versions: added, listed, put in use, confirmed by a lead. */
class QuestionnaireVersionsTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  // The shipped default's version 2 is in use at the start; an added version is number 3.
  private static final QuestionnaireVersion ONE = QuestionnaireVersion.of(2);
  private static final QuestionnaireVersion TWO = QuestionnaireVersion.of(3);

  private Outcome<QuestionnaireVersion, ?> add(QuestionnaireDocument document) {
    return confide
        .addQuestionnaire()
        .add(fixture.admin, new AddQuestionnaireUseCase.Command(document));
  }

  /** Adds {@code document} where every text must be in each of {@code languages}. */
  private Outcome<QuestionnaireVersion, ?> add(
      QuestionnaireDocument document, Language... languages) {
    return confide
        .addQuestionnaire()
        .add(fixture.admin, new AddQuestionnaireUseCase.Command(document, List.of(languages)));
  }

  private Outcome<QuestionnaireVersion, ?> use(QuestionnaireVersion version) {
    return confide
        .useQuestionnaire()
        .use(fixture.admin, new UseQuestionnaireUseCase.Command(version));
  }

  private List<AuditEvent> audited(AuditAction action) {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), 100)
        .stream()
        .filter(e -> e.action() == action)
        .toList();
  }

  private static QuestionnaireDocument theDefault() {
    return QuestionnaireDocument.of(DefaultQuestionnaire.standard());
  }

  /** The default's document with the question at {@code index} replaced. */
  private static QuestionnaireDocument withQuestion(int index, QuestionEntry question) {
    var questions = new ArrayList<>(theDefault().questions());
    questions.set(index, question);
    return new QuestionnaireDocument(questions);
  }

  private static int indexOf(String id) {
    var questions = theDefault().questions();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The default with {@code under-18} = {@code yes} no longer signalling anything. */
  private static QuestionnaireDocument withoutTheUnder18Signal() {
    var index = indexOf("under-18");
    var question = theDefault().questions().get(index);
    var options = new ArrayList<>(question.options());
    options.set(0, new OptionEntry("yes", "Yes", null));
    return withQuestion(
        index,
        new QuestionEntry(
            question.id(),
            question.text(),
            question.kind(),
            question.required(),
            question.hint(),
            question.maxLength(),
            options));
  }

  @Nested
  class Adding {

    @Test
    void a_new_version_is_numbered_after_the_highest_kept_and_is_not_in_use() {
      assertThat(add(theDefault())).isEqualTo(Outcome.done(TWO));

      assertThat(confide.readQuestionnaire().current().version()).isEqualTo(ONE);
      assertThat(confide.listQuestionnaires().list(fixture.admin).orElseThrow())
          .extracting(Listing::version, Listing::inUse)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(QuestionnaireVersion.of(1), false),
              org.assertj.core.groups.Tuple.tuple(ONE, true),
              org.assertj.core.groups.Tuple.tuple(TWO, false));
      assertThat(audited(AuditAction.QUESTIONNAIRE_ADDED))
          .extracting(AuditEvent::detail)
          .containsExactly("version 3");
    }

    @Test
    void a_version_reads_back_as_the_document_it_was_added_from() {
      add(theDefault());

      var read = confide.listQuestionnaires().read(fixture.admin, TWO).orElseThrow();

      assertThat(QuestionnaireDocument.of(read)).isEqualTo(theDefault());
      assertThat(read.questions()).isEqualTo(DefaultQuestionnaire.standard().questions());
    }

    @Test
    void a_version_lacking_a_language_it_must_have_names_each_missing_text_and_stores_nothing() {
      var outcome =
          confide
              .addQuestionnaire()
              .add(
                  fixture.admin,
                  new AddQuestionnaireUseCase.Command(
                      theDefault(), List.of(Language.ENGLISH, Language.WELSH)));

      assertThat(Failures.fields(outcome))
          .hasSize(DefaultQuestionnaire.texts().size())
          .contains(
              "questions[0].text.cy", "questions[0].hint.cy", "questions[0].options[0].label.cy")
          .allSatisfy(field -> assertThat(field).endsWith(".cy"));
      assertThat(confide.listQuestionnaires().list(fixture.admin).orElseThrow()).hasSize(2);
      assertThat(audited(AuditAction.QUESTIONNAIRE_ADDED)).isEmpty();
      // Where only English is asked for, the same document makes a version.
      assertThat(
              confide
                  .addQuestionnaire()
                  .add(
                      fixture.admin,
                      new AddQuestionnaireUseCase.Command(theDefault(), List.of(Language.ENGLISH))))
          .isEqualTo(Outcome.done(QuestionnaireVersion.of(3)));
    }

    @Test
    void plain_texts_are_english_for_an_organisation_offering_welsh_first() {
      // The document's texts are plain, as every version before languages was: they lack Welsh
      // whatever order the languages are offered in, and are never taken for Welsh.
      var outcome = add(theDefault(), Language.WELSH, Language.ENGLISH);

      assertThat(Failures.fields(outcome))
          .hasSize(DefaultQuestionnaire.texts().size())
          .allSatisfy(field -> assertThat(field).endsWith(".cy"));
      assertThat(add(theDefault(), Language.ENGLISH)).isEqualTo(Outcome.done(TWO));
      var kept = confide.listQuestionnaires().read(fixture.admin, TWO).orElseThrow();
      assertThat(kept.questions().getFirst().text().given(Language.ENGLISH))
          .contains(DefaultQuestionnaire.texts().get("incident-type.text"));
      assertThat(kept.questions().getFirst().text().given(Language.WELSH)).isEmpty();
    }

    @Test
    void an_unknown_version_is_not_found() {
      assertThat(confide.listQuestionnaires().read(fixture.admin, QuestionnaireVersion.of(9)))
          .is(failedWith(Failure.NotFound.class));
    }

    @Test
    void a_broken_document_names_every_problem_by_its_path_and_stores_nothing() {
      var where = theDefault().questions().get(indexOf("where"));
      var options = new ArrayList<>(where.options());
      options.set(1, new OptionEntry("Off Campus", " ", "SOMETIMES"));
      var broken =
          withQuestion(
              indexOf("where"),
              new QuestionEntry(where.id(), where.text(), where.kind(), true, null, 20, options));

      var outcome = add(broken);

      var at = "questions[" + indexOf("where") + "]";
      assertThat(Failures.fields(outcome))
          .containsExactlyInAnyOrder(
              at + ".maxLength",
              at + ".options[1].id",
              at + ".options[1].label",
              at + ".options[1].signal");
      assertThat(confide.listQuestionnaires().list(fixture.admin).orElseThrow()).hasSize(2);
      assertThat(audited(AuditAction.QUESTIONNAIRE_ADDED)).isEmpty();
    }

    @Test
    void a_document_that_drops_a_stable_question_is_refused_naming_it() {
      var questions = new ArrayList<>(theDefault().questions());
      questions.remove(indexOf("named-person"));

      var outcome = add(new QuestionnaireDocument(questions));

      assertThat(outcome).is(failedWith(Failure.Invalid.class));
      assertThat(Failures.of(outcome, Failure.Invalid.class).problems())
          .singleElement()
          .satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("questions");
            assertThat(problem.message()).contains("\"named-person\"");
          });
    }

    @Test
    void a_stable_question_of_another_kind_is_refused_naming_its_kind() {
      var index = indexOf("location-detail");
      var outcome =
          add(
              withQuestion(
                  index,
                  new QuestionEntry("location-detail", "Where?", "DATE", false, null, null, null)));

      assertThat(Failures.fields(outcome)).containsExactly("questions[" + index + "].kind");
    }
  }

  @Nested
  class PuttingInUse {

    @Test
    void a_version_put_in_use_is_what_reporters_answer_and_old_reports_keep_their_own() {
      var receipt =
          fixture.submit(AReport.anonymous().account("Before.").answer("where", "online").build());
      var index = indexOf("where");
      var where = theDefault().questions().get(index);
      var options = new ArrayList<>(where.options());
      options.set(2, new OptionEntry("online", "On the internet", null));
      add(
          withQuestion(
              index,
              new QuestionEntry(
                  where.id(), where.text(), where.kind(), true, where.hint(), null, options)));

      assertThat(use(TWO)).isEqualTo(Outcome.done(TWO));

      assertThat(confide.readQuestionnaire().current().version()).isEqualTo(TWO);
      var caseFile =
          confide
              .viewCase()
              .view(fixture.adviser, new ViewCaseUseCase.Command(receipt.reference()))
              .orElseThrow();
      assertThat(caseFile.answers())
          .filteredOn(answer -> answer.question().value().equals("where"))
          .singleElement()
          .satisfies(answer ->
              assertThat(answer.answerFirst())
                  .containsExactly("Online, including social media, email and messages"));
      assertThat(audited(AuditAction.QUESTIONNAIRE_PUT_IN_USE))
          .extracting(AuditEvent::detail)
          .containsExactly("version 3 in place of version 2");
    }

    @Test
    void a_version_not_kept_is_refused_naming_the_version() {
      assertThat(Failures.fields(use(QuestionnaireVersion.of(5)))).containsExactly("version");
      assertThat(confide.readQuestionnaire().current().version()).isEqualTo(ONE);
    }

    @Test
    void the_version_in_use_put_in_use_again_changes_nothing() {
      assertThat(use(ONE)).isEqualTo(Outcome.done(ONE));
      assertThat(audited(AuditAction.QUESTIONNAIRE_PUT_IN_USE)).isEmpty();
    }
  }

  @Nested
  class DroppedSignals {

    @Test
    void a_version_that_drops_a_signal_is_kept_but_cannot_be_put_in_use_unconfirmed() {
      assertThat(add(withoutTheUnder18Signal())).isEqualTo(Outcome.done(TWO));

      assertThat(use(TWO)).is(failedWith(Failure.Refused.class));

      assertThat(confide.readQuestionnaire().current().version()).isEqualTo(ONE);
      assertThat(confide.listQuestionnaires().list(fixture.admin).orElseThrow().getLast())
          .satisfies(listing -> {
            assertThat(listing.awaitsConfirmation()).isTrue();
            assertThat(listing.droppedSignals())
                .containsExactly(
                    new DroppedSignal(
                        QuestionId.of("under-18"),
                        OptionId.of("yes"),
                        SafeguardingSignal.UNDER_18));
          });
    }

    @Test
    void a_lead_sees_it_waiting_and_once_they_confirm_it_can_be_put_in_use() {
      add(withoutTheUnder18Signal());
      var signals = confide.confirmQuestionnaireSignals();

      assertThat(signals.awaiting(fixture.lead).orElseThrow())
          .extracting(Listing::version)
          .containsExactly(TWO);
      assertThat(signals.confirm(fixture.lead, TWO)).isEqualTo(Outcome.done(TWO));

      assertThat(signals.awaiting(fixture.lead).orElseThrow()).isEmpty();
      assertThat(use(TWO)).isEqualTo(Outcome.done(TWO));
      assertThat(audited(AuditAction.QUESTIONNAIRE_SIGNALS_CONFIRMED))
          .extracting(AuditEvent::detail)
          .containsExactly("version 3");
    }

    @Test
    void an_administrator_cannot_confirm_it() {
      add(withoutTheUnder18Signal());

      assertThat(confide.confirmQuestionnaireSignals().confirm(fixture.admin, TWO))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(use(TWO)).is(failedWith(Failure.Refused.class));
    }

    @Test
    void a_version_that_keeps_every_signal_has_nothing_to_confirm() {
      add(theDefault());
      var signals = confide.confirmQuestionnaireSignals();

      assertThat(signals.confirm(fixture.lead, TWO)).is(failedWith(Failure.Refused.class));
      assertThat(signals.confirm(fixture.lead, QuestionnaireVersion.of(7)))
          .is(failedWith(Failure.NotFound.class));
      assertThat(audited(AuditAction.QUESTIONNAIRE_SIGNALS_CONFIRMED)).isEmpty();
    }
  }
}
