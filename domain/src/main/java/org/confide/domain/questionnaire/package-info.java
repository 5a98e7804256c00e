/**
 * The questionnaire a reporter answers: versioned questions of four kinds whose options may carry a
 * safeguarding signal, the rules every questionnaire keeps, the checking of raw answers against
 * them ({@link org.confide.domain.questionnaire.Questionnaire#interpret}), and the default
 * questionnaire that ships with Confide ({@link
 * org.confide.domain.questionnaire.DefaultQuestionnaire}). How a questionnaire is written down as a
 * file is the adapters' concern.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.questionnaire;
