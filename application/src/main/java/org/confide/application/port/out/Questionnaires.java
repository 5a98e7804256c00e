package org.confide.application.port.out;

import java.util.Optional;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * Every questionnaire version ever given to reporters: old versions are kept so that each report
 * can be read back against the questions its reporter saw.
 */
public interface Questionnaires {

  /** The newest version; the shipped default until another is added. */
  Questionnaire current();

  /** The questionnaire of this version. */
  Optional<Questionnaire> find(QuestionnaireVersion version);

  /**
   * Adds a version. Returns {@link AddOutcome#VERSION_TAKEN}, storing nothing, when that version
   * exists already.
   */
  AddOutcome add(Questionnaire questionnaire);

  /** The outcome of {@link #add}. */
  enum AddOutcome {
    ADDED,
    VERSION_TAKEN
  }
}
