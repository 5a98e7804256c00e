/**
 * Confide's behaviour as use cases, wired in one place ({@link org.confide.application.Confide})
 * from the outbound ports, so a web server, a test or another application drives the same code.
 */
package org.confide.application;
