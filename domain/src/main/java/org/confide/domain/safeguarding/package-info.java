/**
 * Safeguarding: the policy that turns answers (and, only as advice, free text) into a risk
 * assessment; escalations whose states are types, each decision by a safeguarding lead with a
 * written rationale; and the emergency contacts shown to people in danger.
 */
package org.confide.domain.safeguarding;
