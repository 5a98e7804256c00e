/**
 * The anonymous reporter's way back in: the 16-character access code, how it is generated, read
 * back from what a person typed, shown, and spotted in text they are about to send. The code is the
 * reporter's only key, so nothing here ever prints it.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.access;
