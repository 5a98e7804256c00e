/**
 * The web adapter's entry and what its rooms share: {@link org.confide.adapter.web.WebServer}
 * builds Confide's JSON API and pages on Javalin, every route in one table, from {@link
 * org.confide.adapter.web.WebSettings}; the one error body ({@code Problem}, problem+json), the one
 * switch from a use case's outcome to a status ({@code Responses}), strict JSON ({@code Json}), the
 * shape checks of a request ({@code RequestProblems}) and the ids in a path ({@code PathIds}) serve
 * every room. Nothing outside this module uses more than the entry: {@code WebServer}, {@code
 * WebSettings} and the settings' own types ({@code security.FormKey}, {@code
 * security.TrustedProxies}).
 */
package org.confide.adapter.web;
