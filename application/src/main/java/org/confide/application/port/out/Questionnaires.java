package org.confide.application.port.out;

import java.util.Optional;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * Every questionnaire version ever given to reporters: old versions are kept so that each report
 * can be read back against the questions its reporter saw.
 */
public interface Questionnaires {

  /** {@return the newest version; the shipped default until another is added} */
  Questionnaire current();

  /**
   * The questionnaire of a version, current or earlier, so old reports keep their labels.
   *
   * @param version the version
   * @return the questionnaire; empty if there is no such version
   */
  Optional<Questionnaire> find(QuestionnaireVersion version);

  /**
   * Adds a version. Returns {@link AddOutcome#VERSION_TAKEN}, storing nothing, when that version
   * exists already.
   *
   * @param questionnaire the new version
   * @return whether it was stored
   */
  AddOutcome add(Questionnaire questionnaire);

  /** The outcome of {@link #add}. */
  enum AddOutcome {
    /** The questionnaire is stored. */
    ADDED,
    /** That version exists: nothing was stored. */
    VERSION_TAKEN
  }
}
