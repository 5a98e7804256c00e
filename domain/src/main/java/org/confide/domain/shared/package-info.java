/**
 * Small building blocks every domain concept shares: the report reference that threads, escalations
 * and the audit trail point to, Crockford base32, random ids from a supplied source, the rules for
 * free text, and the problems found in what a person sent, each named by a code ({@code
 * ProblemCode}) with its English words.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.shared;
