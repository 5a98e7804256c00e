/**
 * HTTP security, whichever room a request is for: the security headers, strict transport over TLS,
 * refusing changes sent from other origins, form tokens bound to a session or visit, known staff
 * devices, throttling of code and password guessing in memory under keyed digests (never an
 * address, email or device id), trusted proxies, and Jetty's own refusals as problems. It never
 * depends on the API or the pages, so either can change without touching it.
 */
package org.confide.adapter.web.security;
