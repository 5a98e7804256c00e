package org.confide.application.port.out;

import java.util.List;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.Wording;

/**
 * The languages Confide is offered in, each with its words by key, for what the application writes
 * in words (the emails to staff). The application holds no words of its own: whoever wires it gives
 * it these (bootstrap gives the web adapter's message bundles).
 */
public interface Wordings {

  /** {@return the languages offered, the first first: the language of whoever chose none} */
  List<Language> offered();

  /**
   * The words of {@code language}, or of the first language when it is not offered (any more).
   *
   * @param language the language wanted
   * @return its words, or the first language's
   */
  Wording wording(Language language);
}
