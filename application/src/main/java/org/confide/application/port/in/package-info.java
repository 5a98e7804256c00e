/**
 * Driving ports: one interface per use case with one method, taking the acting party explicitly (a
 * session token) and one command record, and answering an {@link
 * org.confide.application.port.in.Outcome} whose failures are the use case's own sealed set of
 * {@link org.confide.application.port.in.Failure}s rather than throwing for expected failures.
 */
package org.confide.application.port.in;
