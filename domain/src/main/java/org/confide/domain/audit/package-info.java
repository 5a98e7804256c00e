/**
 * The append-only audit trail: who did what to which report, and when, for every staff read and
 * every change that matters. It names staff, never a reporter, and never holds report content.
 */
package org.confide.domain.audit;
