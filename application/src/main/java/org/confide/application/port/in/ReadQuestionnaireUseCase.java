package org.confide.application.port.in;

import java.util.Optional;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/** Anyone reads the questionnaire reporters answer. */
public interface ReadQuestionnaireUseCase {

  /**
   * The questionnaire reporters answer now; no session is needed.
   *
   * @return the current version, with every question and option
   */
  Questionnaire current();

  /**
   * The questionnaire of {@code version}, current or once current: what a reporter shown it is
   * answering.
   *
   * @param version the version the reporter was shown
   * @return the questionnaire; empty if no such version was ever in use
   */
  Optional<Questionnaire> version(QuestionnaireVersion version);
}
