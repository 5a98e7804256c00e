/**
 * When the service is staffed and when answers are due: the working calendar (working weekdays,
 * time zone, public holidays and closure periods with the notice shown to reporters) and the
 * service level whose targets are counted in its working days. Every question takes the instant as
 * an input, so the answers never depend on the machine's clock or zone.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.calendar;
