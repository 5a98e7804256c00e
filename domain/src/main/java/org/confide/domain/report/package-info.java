/**
 * The report: what a reporter told us (answers, account), whether we know who they are (anonymous
 * may become named, never the reverse), and where the case team stands with it (status, assignee,
 * risk).
 */
package org.confide.domain.report;
