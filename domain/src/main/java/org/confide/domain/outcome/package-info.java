/**
 * How a case ended: the administrator's lists of outcomes and tags ({@link
 * org.confide.domain.outcome.Choices}), and the outcome and tags recorded when a case closes
 * ({@link org.confide.domain.outcome.CaseOutcome}). An entry in use is retired rather than removed,
 * so that a closed case keeps the outcome it was given.
 */
package org.confide.domain.outcome;
