package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase.ChangeQuestion;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase.Published;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.QuestionnaireDocument;
import org.confide.domain.questionnaire.QuestionnaireDocument.OptionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.QuestionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.Written;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.Language;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** The administrator's draft of the next questionnaire version, edited a question at a time. */
class QuestionnaireDraftTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;
  private final EditQuestionnaireDraftUseCase drafts = confide.editQuestionnaireDraft();

  private static final int WHERE = 3;
  private static final int UNDER_18 = 7;

  private static QuestionEntry entry(int index) {
    return QuestionnaireDocument.of(DefaultQuestionnaire.standard()).questions().get(index);
  }

  private static QuestionEntry withText(QuestionEntry question, String text) {
    return new QuestionEntry(
        question.id(),
        Written.plain(text),
        question.kind(),
        question.required(),
        question.hint(),
        question.maxLength(),
        question.options());
  }

  @Test
  void a_fresh_draft_is_the_current_version_unchanged() {
    var draft = drafts.draft(fixture.admin).orElseThrow();

    assertThat(draft.questionnaire()).isEqualTo(DefaultQuestionnaire.standard());
    assertThat(draft.changed()).isFalse();
    assertThat(drafts.publish(fixture.admin)).is(failedWith(Failure.Invalid.class));
  }

  @Test
  void a_changed_question_is_kept_between_pages_and_made_the_current_version() {
    var changed =
        drafts.change(
            fixture.admin, new ChangeQuestion(WHERE, withText(entry(WHERE), "Where were you?")));
    assertThat(changed.orElseThrow().changed()).isTrue();
    assertThat(confide.readQuestionnaire().current().version().value()).isEqualTo(2);
    assertThat(
            drafts.draft(fixture.admin).orElseThrow().questionnaire().questions().get(WHERE).text())
        .isEqualTo(Words.of("Where were you?"));

    assertThat(drafts.publish(fixture.admin))
        .isEqualTo(Outcome.done(new Published(QuestionnaireVersion.of(3), true)));

    var current = confide.readQuestionnaire().current();
    assertThat(current.version().value()).isEqualTo(3);
    assertThat(current.questions().get(WHERE).text()).isEqualTo(Words.of("Where were you?"));
    assertThat(drafts.draft(fixture.admin).orElseThrow().changed()).isFalse();
  }

  @Test
  void a_draft_that_drops_a_signal_becomes_a_version_waiting_for_a_lead() {
    var under18 = entry(UNDER_18);
    var options = new ArrayList<>(under18.options());
    options.removeFirst();
    var without =
        new QuestionEntry(
            under18.id(), under18.text(), under18.kind(), true, under18.hint(), null, options);
    assertThat(
            drafts
                .change(fixture.admin, new ChangeQuestion(UNDER_18, without))
                .orElseThrow()
                .droppedSignals())
        .hasSize(1);

    assertThat(drafts.publish(fixture.admin))
        .isEqualTo(Outcome.done(new Published(QuestionnaireVersion.of(3), false)));

    assertThat(confide.readQuestionnaire().current().version().value()).isEqualTo(2);
    assertThat(confide.confirmQuestionnaireSignals().awaiting(fixture.lead).orElseThrow())
        .hasSize(1);
  }

  @Test
  void a_question_saved_without_a_language_it_must_have_names_only_its_own_missing_texts() {
    var languages = List.of(Language.ENGLISH, Language.WELSH);

    var outcome =
        drafts.change(
            fixture.admin,
            new ChangeQuestion(WHERE, withText(entry(WHERE), "Where were you?"), languages));

    assertThat(Failures.fields(outcome))
        .containsExactly(
            "questions[3].text.cy",
            "questions[3].options[0].label.cy",
            "questions[3].options[1].label.cy",
            "questions[3].options[2].label.cy",
            "questions[3].options[3].label.cy");
    assertThat(drafts.draft(fixture.admin).orElseThrow().changed()).isFalse();

    var inBoth =
        new QuestionEntry(
            "where",
            new Written(null, Map.of("en", "Where were you?", "cy", "Ble oeddech chi?")),
            "SINGLE_CHOICE",
            true,
            (Written) null,
            null,
            entry(WHERE).options().stream()
                .map(o ->
                    new OptionEntry(
                        o.id(),
                        new Written(
                            null, Map.of("en", o.label().plain(), "cy", "Opsiwn " + o.id())),
                        o.signal()))
                .toList());
    var saved = drafts.change(fixture.admin, new ChangeQuestion(WHERE, inBoth, languages));
    assertThat(saved.orElseThrow().questionnaire().questions().get(WHERE).text().in(Language.WELSH))
        .isEqualTo("Ble oeddech chi?");
  }

  @Test
  void a_broken_question_names_its_problems_and_leaves_the_draft_as_it_was() {
    var where = entry(WHERE);
    var options = new ArrayList<>(where.options());
    options.set(1, new OptionEntry("off-campus", " ", null));
    var broken =
        new QuestionEntry(
            where.id(), Written.plain(""), where.kind(), true, where.hint(), null, options);

    var outcome = drafts.change(fixture.admin, new ChangeQuestion(WHERE, broken));

    assertThat(Failures.fields(outcome))
        .containsExactlyInAnyOrder("questions[3].text", "questions[3].options[1].label");
    assertThat(drafts.draft(fixture.admin).orElseThrow().changed()).isFalse();
  }

  @Test
  void a_question_keeps_its_id_and_kind_and_only_an_administrator_edits() {
    var where = entry(WHERE);
    var renamed =
        new QuestionEntry("place", where.text(), where.kind(), true, null, null, where.options());

    assertThat(Failures.fields(drafts.change(fixture.admin, new ChangeQuestion(WHERE, renamed))))
        .containsExactly("questions[3]");
    assertThat(drafts.change(fixture.admin, new ChangeQuestion(99, where)))
        .is(failedWith(Failure.Invalid.class));
    assertThat(drafts.change(fixture.lead, new ChangeQuestion(WHERE, where)))
        .is(failedWith(Failure.Forbidden.class));
  }

  @Test
  void discarding_starts_again_from_the_current_version() {
    drafts.change(fixture.admin, new ChangeQuestion(WHERE, withText(entry(WHERE), "Where?")));

    assertThat(drafts.discard(fixture.admin).orElseThrow().changed()).isFalse();
    assertThat(drafts.draft(fixture.admin).orElseThrow().questionnaire())
        .isEqualTo(DefaultQuestionnaire.standard());
  }
}
