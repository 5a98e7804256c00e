/**
 * What the server-rendered pages show: one record per page ({@code Page}, the only parameter of its
 * jte template in {@code src/main/jte}) and the parts of a page it holds, built by the page
 * controllers of {@code org.confide.adapter.web.pages}. The records hold text ready to show; the
 * templates escape every value they print.
 */
package org.confide.adapter.web.pages.view;
