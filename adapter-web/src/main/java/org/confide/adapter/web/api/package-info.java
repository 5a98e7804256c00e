/**
 * The JSON API, one handler per side of the service (public, reporter, staff session, cases,
 * escalations, trends, administration): each holds the use cases it calls, reads its request
 * records strictly, checks their shape with Jakarta Validation before any use case runs, and maps
 * results to response records explicitly, so no domain object is ever serialised. It never uses the
 * pages: the two are separate ways into the same use cases.
 */
package org.confide.adapter.web.api;
