package org.confide.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.Language;

/**
 * A questionnaire version written before Welsh was offered, for the tests of how a page shows the
 * texts a version lacks in its language (issue 24): the default questionnaire, with "where" asked
 * in the organisation's own words in plain English (its question, hint and labels), and
 * "location-detail" asked in English and Welsh with its hint in English only. Every other text is
 * one Confide ships, so it is shown in Welsh (and in any language that has the default's texts).
 * Such a version can no longer be sent over the API, which refuses one lacking a language; a store
 * keeps it, as it keeps the versions made before.
 */
public final class VersionLackingWelsh {

  /** Its number: the one after the two versions Confide ships. */
  public static final QuestionnaireVersion VERSION = QuestionnaireVersion.of(3);

  /** "where", in the organisation's own plain English. */
  public static final String WHERE = "Where were you when it happened?";

  /** The hint of "where". */
  public static final String WHERE_HINT = "A building, a street or a website.";

  /** The labels of "where", in order: {@code on-campus}, {@code off-campus}, {@code online}. */
  public static final List<String> WHERE_LABELS =
      List.of("On the campus", "Away from the campus", "On the internet");

  /** "location-detail" in English. */
  public static final String DETAIL = "Where exactly?";

  /** "location-detail" in Welsh. */
  public static final String DETAIL_IN_WELSH = "Ble yn union?";

  /** The hint of "location-detail", in English only. */
  public static final String DETAIL_HINT = "Only what you feel comfortable telling us.";

  private VersionLackingWelsh() {}

  /** {@return the version} */
  public static Questionnaire questionnaire() {
    var questions =
        DefaultQuestionnaire.standard().questions().stream()
            .map(question ->
                switch (question.id().value()) {
                  case "where" ->
                      new Question(
                          question.id(),
                          Words.of(WHERE),
                          question.kind(),
                          question.required(),
                          List.of(
                              Option.of("on-campus", WHERE_LABELS.get(0)),
                              Option.of("off-campus", WHERE_LABELS.get(1)),
                              Option.of("online", WHERE_LABELS.get(2))),
                          Optional.of(Words.of(WHERE_HINT)),
                          question.maxLength());
                  case "location-detail" ->
                      new Question(
                          question.id(),
                          english(DETAIL).with(Language.WELSH, DETAIL_IN_WELSH),
                          question.kind(),
                          question.required(),
                          question.options(),
                          Optional.of(english(DETAIL_HINT)),
                          question.maxLength());
                  default -> question;
                })
            .toList();
    return Questionnaire.of(VERSION, questions);
  }

  /**
   * Keeps the version in {@code questionnaires} and puts it in use, as a deployment that made it
   * before Welsh was offered has it.
   *
   * @param questionnaires the store
   * @param now when it is added
   * @throws IllegalStateException if the store already keeps a version 3
   */
  public static void inUse(Questionnaires questionnaires, Instant now) {
    if (questionnaires.add(questionnaire(), now) != Questionnaires.AddOutcome.ADDED
        || questionnaires.use(VERSION) != Questionnaires.ChangeOutcome.CHANGED) {
      throw new IllegalStateException("version 3 could not be put in use");
    }
  }

  private static Words english(String text) {
    return Words.of(Map.of(Language.ENGLISH, text));
  }
}
