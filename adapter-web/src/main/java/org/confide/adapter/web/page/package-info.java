/**
 * What the server-rendered pages show: one record per page or part of a page, built by the page
 * handlers of {@code org.confide.adapter.web} and read by the jte templates in {@code
 * src/main/jte}. The records hold text ready to show; the templates escape every value they print.
 */
package org.confide.adapter.web.page;
