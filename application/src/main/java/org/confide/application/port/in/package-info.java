/**
 * Driving ports: one interface per use case, each taking the acting party explicitly (a session
 * token) and answering with an {@link org.confide.application.port.in.Outcome} rather than throwing
 * for expected failures.
 */
package org.confide.application.port.in;
