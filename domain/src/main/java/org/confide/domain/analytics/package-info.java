/**
 * Trend analysis: the anonymous, coarse facts of reports (nothing here can lead back to a report or
 * a reporter), counts of them by one dimension or two, and the tables shown to staff, with small
 * counts suppressed so that no count below the threshold can be read or worked out by subtraction.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.analytics;
