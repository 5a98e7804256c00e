package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireChange.DroppedSignal;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * An administrator reads the questionnaire versions: which exist, which is in use, and each one.
 */
public interface ListQuestionnairesUseCase {

  /**
   * Every version stored, lowest first.
   *
   * @param session an administrator's session
   * @return the versions, or why not
   */
  Outcome<List<Listing>, StaffRequestFailure> list(SessionToken session);

  /**
   * One version, whether in use, earlier or not yet used.
   *
   * @param session an administrator's session
   * @param version the version
   * @return the questionnaire, {@link Failure.NotFound} when there is no such version, or why not
   */
  Outcome<Questionnaire, LookUpFailure> read(SessionToken session, QuestionnaireVersion version);

  /**
   * One version as listed.
   *
   * @param version its number
   * @param created when it was added; empty for the shipped default
   * @param inUse whether reporters answer it now
   * @param droppedSignals the safeguarding signals of the version in use that this one would no
   *     longer raise; empty for the version in use
   * @param signalsConfirmed whether a safeguarding lead confirmed this version's dropped signals,
   *     which it needs before it can be put in use if it drops any
   */
  record Listing(
      QuestionnaireVersion version,
      Optional<Instant> created,
      boolean inUse,
      List<DroppedSignal> droppedSignals,
      boolean signalsConfirmed) {
    /**
     * Keeps an unmodifiable copy of the dropped signals.
     *
     * @throws NullPointerException if a component is null
     */
    public Listing {
      Objects.requireNonNull(version, "version must not be null");
      Objects.requireNonNull(created, "created must not be null");
      droppedSignals = List.copyOf(droppedSignals);
    }

    /**
     * Whether a safeguarding lead must confirm this version before it can be put in use.
     *
     * @return true if it drops signals and no lead has confirmed it
     */
    public boolean awaitsConfirmation() {
      return !droppedSignals.isEmpty() && !signalsConfirmed;
    }
  }
}
