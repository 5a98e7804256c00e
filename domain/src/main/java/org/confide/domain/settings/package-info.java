/**
 * How an organisation runs its Confide service: the working calendar and service level behind every
 * response target, the emergency contacts reporters are shown, how long closed cases are kept, how
 * trends and pattern alerts work, and whether staff must sign in with a second factor.
 */
package org.confide.domain.settings;
