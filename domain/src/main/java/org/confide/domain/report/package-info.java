/**
 * The report: what a reporter told us (answers, account), whether we know who they are (anonymous
 * may become named, never the reverse), and where the case team stands with it (status, assignee,
 * risk).
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.report;
