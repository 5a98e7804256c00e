/**
 * The emails Confide sends to staff, which say nothing: the kinds of event worth telling someone
 * of, a notification waiting in the outbox with the retries of its delivery, and the email's exact
 * text. A notification holds the kind, a case reference and a due date at most, never anything a
 * reporter wrote, and goes to a staff address only.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.notification;
