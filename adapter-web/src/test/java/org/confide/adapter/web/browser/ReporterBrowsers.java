package org.confide.adapter.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What a suite of a reporter's pages drives: the pages on a free port, and one browser with
 * JavaScript off and one with it on, started once for the suite and closed after it.
 */
abstract class ReporterBrowsers {

  static PagesServer server;
  static Browser noScript;
  static Browser withScript;

  @BeforeAll
  static void start() {
    server = new PagesServer();
    noScript = Browser.withoutJavaScript();
    withScript = Browser.withJavaScript();
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(noScript, withScript, server);
  }
}
