/**
 * The server-rendered pages, one controller per room of the site, each small enough to read in one
 * sitting: the report form and receipt, the reporter's sign-in, report, contact details and
 * erasure; the staff sign-in and two-factor set-up, case list, case file and its actions,
 * escalations, trends and alerts, staff accounts and the working calendar. {@code Pages} holds what
 * they share (rendering, frames, cookies and form tokens); each controller builds one typed page
 * record of {@code pages.view} for its template. It never uses the JSON API.
 */
package org.confide.adapter.web.pages;
