/**
 * The questionnaire a reporter answers: versioned questions of four kinds whose options may carry a
 * safeguarding signal, the checking of raw answers against them ({@link
 * org.confide.domain.questionnaire.Questionnaire#interpret}), the JSON file format organisations
 * use to load their own ({@link org.confide.domain.questionnaire.QuestionnaireFormat}), and the
 * default questionnaire that ships with Confide ({@link
 * org.confide.domain.questionnaire.DefaultQuestionnaire}).
 */
package org.confide.domain.questionnaire;
