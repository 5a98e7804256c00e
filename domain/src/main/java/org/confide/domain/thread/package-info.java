/**
 * The conversation between a reporter and the case team about one report: messages from either side
 * with when the other side read them, and, apart from them, the internal notes staff keep for each
 * other, which the reporter never sees.
 */
package org.confide.domain.thread;
