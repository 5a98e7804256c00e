package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Questionnaires.AddOutcome;
import org.confide.application.port.out.Questionnaires.ChangeOutcome;
import org.confide.application.port.out.Questionnaires.Kept;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.shared.Language;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Questionnaires} adapter: it starts with the shipped default's
 * version 1, answerable, and its version 2 in use, both listed with no creation time; every version
 * added is kept whole, found again and listed with its creation time, but is neither in use nor
 * answerable until {@link Questionnaires#use} puts it in use, whatever its number; once in use it
 * stays answerable. A version that exists is refused with {@link AddOutcome#VERSION_TAKEN} and the
 * stored one kept; of concurrent adds of one version, exactly one succeeds. A version keeps each
 * text in every language it has. Putting in use, or confirming the signals of, a version not stored
 * changes nothing and answers {@link ChangeOutcome#NO_SUCH_VERSION}; a second confirmation keeps
 * the first time. There is at most one draft, kept whole until it is replaced or discarded, and a
 * draft is no version.
 *
 * <p>{@link #questionnaires()} must return the same adapter, holding only the default, throughout
 * one test.
 */
public abstract class QuestionnairesContract {

  /** For a subclass that runs this contract against one adapter. */
  protected QuestionnairesContract() {}

  /**
   * {@return the adapter under test, holding only the shipped default's versions at the start of
   * each test}
   */
  protected abstract Questionnaires questionnaires();

  private static final Questionnaire FIRST = DefaultQuestionnaire.first();
  private static final Questionnaire DEFAULT = DefaultQuestionnaire.standard();
  private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

  @Nested
  class Versions {

    @Test
    void the_shipped_default_is_in_use_after_its_first_version_until_another_is_put_in_use() {
      assertThat(questionnaires().current()).isEqualTo(DEFAULT);
      assertThat(questionnaires().find(QuestionnaireVersion.of(1))).contains(FIRST);
      assertThat(questionnaires().find(QuestionnaireVersion.of(2))).contains(DEFAULT);
      assertThat(questionnaires().answerable(QuestionnaireVersion.of(1))).contains(FIRST);
      assertThat(questionnaires().versions())
          .containsExactly(
              new Kept(QuestionnaireVersion.of(1), Optional.empty(), false, Optional.empty()),
              new Kept(QuestionnaireVersion.of(2), Optional.empty(), true, Optional.empty()));
    }

    @Test
    void an_added_version_is_kept_but_not_in_use() {
      var third = version(3);

      assertThat(questionnaires().add(third, AT)).isEqualTo(AddOutcome.ADDED);

      assertThat(questionnaires().current()).isEqualTo(DEFAULT);
      assertThat(questionnaires().find(QuestionnaireVersion.of(3))).contains(third);
      assertThat(questionnaires().answerable(QuestionnaireVersion.of(3))).isEmpty();
      assertThat(questionnaires().answerable(QuestionnaireVersion.of(2))).contains(DEFAULT);
      assertThat(questionnaires().versions())
          .containsExactly(
              new Kept(QuestionnaireVersion.of(1), Optional.empty(), false, Optional.empty()),
              new Kept(QuestionnaireVersion.of(2), Optional.empty(), true, Optional.empty()),
              new Kept(QuestionnaireVersion.of(3), Optional.of(AT), false, Optional.empty()));
    }

    @Test
    void a_version_with_its_texts_in_each_language_is_kept_with_every_one() {
      // The default with its first question's texts in English and Welsh, as an editor saves it.
      var welsh =
          DefaultQuestionnaire.translated(
              version(3),
              Map.of(
                  Language.WELSH,
                  Map.of(
                      "incident-type.text", "Beth ddigwyddodd?",
                      "incident-type.option.bullying", "Bwlio")));

      assertThat(questionnaires().add(welsh, AT)).isEqualTo(AddOutcome.ADDED);

      var kept = questionnaires().find(QuestionnaireVersion.of(3)).orElseThrow();
      assertThat(kept).isEqualTo(welsh);
      assertThat(kept.questions().getFirst().text().in(Language.WELSH))
          .isEqualTo("Beth ddigwyddodd?");
      assertThat(kept.questions().getFirst().text().in(Language.ENGLISH))
          .isEqualTo("What happened?");
    }

    @Test
    void a_version_put_in_use_is_current_and_old_versions_are_kept() {
      var third = version(3);
      questionnaires().add(third, AT);

      assertThat(questionnaires().use(third.version())).isEqualTo(ChangeOutcome.CHANGED);

      assertThat(questionnaires().current()).isEqualTo(third);
      assertThat(questionnaires().find(QuestionnaireVersion.of(2))).contains(DEFAULT);
      assertThat(questionnaires().answerable(QuestionnaireVersion.of(3))).contains(third);
      assertThat(questionnaires().answerable(QuestionnaireVersion.of(2))).contains(DEFAULT);
      assertThat(questionnaires().versions())
          .extracting(Kept::inUse)
          .containsExactly(false, false, true);
    }

    @Test
    void an_earlier_version_can_be_put_back_in_use() {
      questionnaires().add(version(4), AT);
      questionnaires().add(version(3), AT);
      questionnaires().use(QuestionnaireVersion.of(4));

      questionnaires().use(QuestionnaireVersion.of(1));

      assertThat(questionnaires().current()).isEqualTo(FIRST);
      assertThat(questionnaires().versions())
          .extracting(Kept::version)
          .containsExactly(
              QuestionnaireVersion.of(1),
              QuestionnaireVersion.of(2),
              QuestionnaireVersion.of(3),
              QuestionnaireVersion.of(4));
    }

    @Test
    void an_unknown_version_finds_nothing_and_cannot_be_put_in_use_or_confirmed() {
      assertThat(questionnaires().find(QuestionnaireVersion.of(99))).isEmpty();
      assertThat(questionnaires().answerable(QuestionnaireVersion.of(99))).isEmpty();
      assertThat(questionnaires().use(QuestionnaireVersion.of(99)))
          .isEqualTo(ChangeOutcome.NO_SUCH_VERSION);
      assertThat(questionnaires().confirmSignals(QuestionnaireVersion.of(99), AT))
          .isEqualTo(ChangeOutcome.NO_SUCH_VERSION);
      assertThat(questionnaires().current()).isEqualTo(DEFAULT);
    }

    @Test
    void a_confirmation_is_listed_and_a_second_keeps_the_first_time() {
      questionnaires().add(version(3), AT);

      assertThat(questionnaires().confirmSignals(QuestionnaireVersion.of(3), AT))
          .isEqualTo(ChangeOutcome.CHANGED);
      questionnaires().confirmSignals(QuestionnaireVersion.of(3), AT.plusSeconds(60));

      assertThat(questionnaires().versions().getLast().signalsConfirmed()).contains(AT);
    }

    @Test
    void a_taken_version_is_refused_and_the_stored_one_kept() {
      var third = version(3);
      questionnaires().add(third, AT);
      var rival = Questionnaire.of(QuestionnaireVersion.of(3), DEFAULT.questions().subList(0, 3));

      assertThat(questionnaires().add(rival, AT)).isEqualTo(AddOutcome.VERSION_TAKEN);
      assertThat(questionnaires().add(DEFAULT, AT)).isEqualTo(AddOutcome.VERSION_TAKEN);
      assertThat(questionnaires().add(FIRST, AT)).isEqualTo(AddOutcome.VERSION_TAKEN);

      assertThat(questionnaires().find(QuestionnaireVersion.of(3))).contains(third);
      assertThat(questionnaires().find(QuestionnaireVersion.of(2))).contains(DEFAULT);
      assertThat(questionnaires().find(QuestionnaireVersion.of(1))).contains(FIRST);
    }
  }

  @Nested
  class Drafts {

    @Test
    void there_is_no_draft_until_one_is_saved_and_none_after_it_is_discarded() {
      assertThat(questionnaires().draft()).isEmpty();
      var draft = Questionnaire.of(QuestionnaireVersion.of(1), DEFAULT.questions().subList(0, 9));

      questionnaires().saveDraft(draft);
      assertThat(questionnaires().draft()).contains(draft);
      questionnaires().saveDraft(DEFAULT);
      assertThat(questionnaires().draft()).contains(DEFAULT);

      questionnaires().discardDraft();
      assertThat(questionnaires().draft()).isEmpty();
      questionnaires().discardDraft();
      assertThat(questionnaires().versions()).hasSize(2);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void of_concurrent_adds_of_one_version_exactly_one_succeeds() {
      var outcomes =
          Concurrently.run(
              Concurrently.THREADS, 1, (thread, step) -> questionnaires().add(version(3), AT));

      assertThat(outcomes).containsOnlyOnce(AddOutcome.ADDED);
      assertThat(questionnaires().find(QuestionnaireVersion.of(3))).contains(version(3));
    }
  }

  private static Questionnaire version(int version) {
    return Questionnaire.of(QuestionnaireVersion.of(version), DEFAULT.questions());
  }
}
