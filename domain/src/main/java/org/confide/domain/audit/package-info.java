/**
 * The append-only audit trail: who did what to which report, and when, for every staff read and
 * every change that matters. It names staff, never a reporter, and never holds report content.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.audit;
