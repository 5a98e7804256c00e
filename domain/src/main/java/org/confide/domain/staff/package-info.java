/**
 * Staff accounts, their roles and the permissions each role grants, and need to know as a rule: who
 * may read which case. Administrators and analysts never open a case; an administrator reads report
 * content only in answering a reporter's subject access request.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.staff;
