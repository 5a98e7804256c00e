/**
 * How an organisation runs its Confide service: the working calendar and service level behind every
 * response target, the emergency contacts reporters are shown, how long closed cases are kept, how
 * trends and pattern alerts work, and whether staff must sign in with a second factor.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.settings;
