/**
 * The web adapter: Confide's JSON API on Javalin ({@link org.confide.adapter.web.WebServer}, every
 * route in one table), with the security headers every response carries. Handlers hold the use
 * cases they call and map request and response records explicitly; no domain object is ever
 * serialised. Every error is an {@code application/problem+json} body; a use case's outcome becomes
 * a status in one exhaustive switch ({@code Responses}), where a refusal in the present state is
 * 409 Conflict. Guessing of access codes and passwords is throttled in memory under keyed digests,
 * never addresses.
 */
package org.confide.adapter.web;
