/**
 * The web adapter: the JSON API and server-rendered pages on Javalin, and the security headers
 * every response carries.
 */
package org.confide.adapter.web;
