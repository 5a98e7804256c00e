/**
 * The words of the pages in each language people may read them in: the message bundles, the choice
 * of language for a request, and phrases built from settings (the hours messages are read).
 */
package org.confide.adapter.web.i18n;
