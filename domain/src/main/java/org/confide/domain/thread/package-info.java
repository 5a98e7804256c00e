/**
 * The conversation between a reporter and the case team about one report: messages from either side
 * with when the other side read them, and, apart from them, the internal notes staff keep for each
 * other, which the reporter never sees.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.thread;
