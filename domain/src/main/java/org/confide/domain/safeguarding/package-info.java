/**
 * Safeguarding: the policy that turns answers (and, only as advice, free text) into a risk
 * assessment; escalations whose states are types, each decision by a safeguarding lead with a
 * written rationale; and the emergency contacts shown to people in danger.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.safeguarding;
