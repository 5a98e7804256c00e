package org.confide.adapter.web.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.confide.testing.Prerequisite;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a suite that drives the machine's Chromium through its ChromeDriver ({@link Browser} says
 * where they are looked for): without them the suite is skipped with one message, except under
 * {@code CI=true}, where it fails (see {@link Prerequisite}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Condition.class)
@interface NeedsChromium {

  /** Present when both binaries are there and executable. */
  final class Condition extends Prerequisite {
    @Override
    protected Optional<String> missing() {
      return Browser.missing();
    }
  }
}
