package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * Every questionnaire version ever stored, and which one is in use: old versions are kept so that
 * each report can be read back against the questions its reporter saw, and a new version waits, not
 * in use, until it is put in use.
 */
public interface Questionnaires {

  /** {@return the version in use; the shipped default until another is put in use} */
  Questionnaire current();

  /**
   * The questionnaire of a version, in use, earlier or not yet used, so old reports keep their
   * labels.
   *
   * @param version the version
   * @return the questionnaire; empty if there is no such version
   */
  Optional<Questionnaire> find(QuestionnaireVersion version);

  /**
   * The questionnaire of a version that is in use or was once: what a reporter may answer. A
   * version never put in use (one still being prepared, or waiting for a safeguarding lead) is not
   * answerable.
   *
   * @param version the version the reporter was shown
   * @return the questionnaire; empty if there is no such version, or it was never in use
   */
  Optional<Questionnaire> answerable(QuestionnaireVersion version);

  /**
   * Every version stored, lowest first, with when it was added, whether it is in use and whether a
   * safeguarding lead confirmed the signals it drops.
   *
   * @return at least the shipped default
   */
  List<Kept> versions();

  /**
   * Adds a version, not in use. Returns {@link AddOutcome#VERSION_TAKEN}, storing nothing, when
   * that version exists already.
   *
   * @param questionnaire the new version
   * @param created when it was added
   * @return whether it was stored
   */
  AddOutcome add(Questionnaire questionnaire, Instant created);

  /**
   * Puts a stored version in use in place of the one in use, and so makes it answerable for good;
   * reports already made keep their own version.
   *
   * @param version the version to put in use
   * @return {@link ChangeOutcome#NO_SUCH_VERSION}, changing nothing, when it is not stored
   */
  ChangeOutcome use(QuestionnaireVersion version);

  /**
   * Records that a safeguarding lead confirmed the signals a stored version drops; a second
   * confirmation keeps the first time.
   *
   * @param version the version confirmed
   * @param at when it was confirmed
   * @return {@link ChangeOutcome#NO_SUCH_VERSION}, changing nothing, when it is not stored
   */
  ChangeOutcome confirmSignals(QuestionnaireVersion version, Instant at);

  /**
   * The organisation's draft of its next version, kept while an administrator edits it page by
   * page; its version is the one it was copied from.
   *
   * @return the draft; empty when no one is editing one
   */
  Optional<Questionnaire> draft();

  /**
   * Keeps {@code draft} as the draft, in place of any earlier one.
   *
   * @param draft the questions, with the version they were copied from
   */
  void saveDraft(Questionnaire draft);

  /** Forgets the draft, if there is one. */
  void discardDraft();

  /** The outcome of {@link #add}. */
  enum AddOutcome {
    /** The questionnaire is stored. */
    ADDED,
    /** That version exists: nothing was stored. */
    VERSION_TAKEN
  }

  /** The outcome of {@link #use} and {@link #confirmSignals}. */
  enum ChangeOutcome {
    /** The change is made. */
    CHANGED,
    /** No such version is stored: nothing was changed. */
    NO_SUCH_VERSION
  }

  /**
   * One stored version, as listed.
   *
   * @param version its number
   * @param created when it was added; empty for the shipped default and for versions added before
   *     Confide kept the time
   * @param inUse whether reporters answer it now
   * @param signalsConfirmed when a safeguarding lead confirmed the signals it drops, if one did
   */
  record Kept(
      QuestionnaireVersion version,
      Optional<Instant> created,
      boolean inUse,
      Optional<Instant> signalsConfirmed) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Kept {
      Objects.requireNonNull(version, "version must not be null");
      Objects.requireNonNull(created, "created must not be null");
      Objects.requireNonNull(signalsConfirmed, "signalsConfirmed must not be null");
    }
  }
}
