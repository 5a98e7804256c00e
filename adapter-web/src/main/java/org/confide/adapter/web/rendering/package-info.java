/**
 * Drawing on the server, with no script in the browser: trend charts as SVG, QR codes as SVG for
 * two-factor set-up, and trend tables as CSV safe to open in a spreadsheet. Pure functions of what
 * they draw; they never depend on the API or the pages.
 */
package org.confide.adapter.web.rendering;
