/**
 * Teams and routing: the teams an organisation splits its case work between (Student Support, HR,
 * the EDI team), who belongs to each, and the rules that send a new report to one team's queue by
 * its answers. Need to know follows the team: an adviser works the cases of their own teams.
 *
 * <p>Nothing here takes {@code null} unless its documentation says so; a value that may be absent
 * is an {@code Optional}.
 */
package org.confide.domain.team;
