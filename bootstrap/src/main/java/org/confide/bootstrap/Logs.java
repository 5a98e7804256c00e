package org.confide.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/**
 * Chooses how log lines are written. {@code logback.xml} writes text, the default; {@code
 * logback-json.xml} writes one JSON object per line with the same loggers and levels. Both hold the
 * same events, and neither ever holds report content, codes, tokens, contact details or addresses:
 * the rule is in what Confide logs, not in the format.
 */
final class Logs {

  private Logs() {}

  /** Makes {@code format} the format of every log line from now on. */
  static void use(Configuration.LogFormat format) {
    if (format == Configuration.LogFormat.TEXT) {
      return; // logback.xml, read when logging started
    }
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    var configurator = new JoranConfigurator();
    configurator.setContext(context);
    context.reset();
    try {
      configurator.doConfigure(Logs.class.getResource("/logback-json.xml"));
    } catch (JoranException e) {
      throw new IllegalStateException("logback-json.xml could not be read", e);
    }
  }
}
