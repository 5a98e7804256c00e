/**
 * Who is signed in: a server-side session of a reporter (opened with their access code) or of a
 * staff member, kept under the digest of its token, and the policy that says how long each kind
 * lives when used and when left idle. A reporter's device may be shared, so theirs is the shorter.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.session;
