package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Questionnaires.AddOutcome;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Questionnaires} adapter: it starts with the shipped default (version
 * 1) in force; every version added is kept whole and found again; the current one is the highest
 * version, whatever order versions were added in. A version that exists is refused with {@link
 * AddOutcome#VERSION_TAKEN} and the stored one kept; of concurrent adds of one version, exactly one
 * succeeds.
 *
 * <p>{@link #questionnaires()} must return the same adapter, holding only the default, throughout
 * one test.
 */
public abstract class QuestionnairesContract {

  /** For a subclass that runs this contract against one adapter. */
  protected QuestionnairesContract() {}

  /**
   * {@return the adapter under test, holding only the shipped default at the start of each test}
   */
  protected abstract Questionnaires questionnaires();

  private static final Questionnaire DEFAULT = DefaultQuestionnaire.standard();

  @Nested
  class Versions {

    @Test
    void the_shipped_default_is_current_until_another_version_is_added() {
      assertThat(questionnaires().current()).isEqualTo(DEFAULT);
      assertThat(questionnaires().find(QuestionnaireVersion.of(1))).contains(DEFAULT);
    }

    @Test
    void an_added_version_becomes_current_and_old_versions_are_kept() {
      var second = version(2);

      assertThat(questionnaires().add(second)).isEqualTo(AddOutcome.ADDED);

      assertThat(questionnaires().current()).isEqualTo(second);
      assertThat(questionnaires().find(QuestionnaireVersion.of(2))).contains(second);
      assertThat(questionnaires().find(QuestionnaireVersion.of(1))).contains(DEFAULT);
    }

    @Test
    void the_current_version_is_the_highest_whatever_order_they_were_added_in() {
      var third = version(3);
      questionnaires().add(third);
      questionnaires().add(version(2));

      assertThat(questionnaires().current()).isEqualTo(third);
    }

    @Test
    void an_unknown_version_finds_nothing() {
      assertThat(questionnaires().find(QuestionnaireVersion.of(99))).isEmpty();
    }

    @Test
    void a_taken_version_is_refused_and_the_stored_one_kept() {
      var second = version(2);
      questionnaires().add(second);
      var rival = Questionnaire.of(QuestionnaireVersion.of(2), DEFAULT.questions().subList(0, 3));

      assertThat(questionnaires().add(rival)).isEqualTo(AddOutcome.VERSION_TAKEN);
      assertThat(questionnaires().add(DEFAULT)).isEqualTo(AddOutcome.VERSION_TAKEN);

      assertThat(questionnaires().find(QuestionnaireVersion.of(2))).contains(second);
      assertThat(questionnaires().find(QuestionnaireVersion.of(1))).contains(DEFAULT);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void of_concurrent_adds_of_one_version_exactly_one_succeeds() {
      var outcomes =
          Concurrently.run(
              Concurrently.THREADS, 1, (thread, step) -> questionnaires().add(version(2)));

      assertThat(outcomes).containsOnlyOnce(AddOutcome.ADDED);
      assertThat(questionnaires().current()).isEqualTo(version(2));
    }
  }

  private static Questionnaire version(int version) {
    return Questionnaire.of(QuestionnaireVersion.of(version), DEFAULT.questions());
  }
}
