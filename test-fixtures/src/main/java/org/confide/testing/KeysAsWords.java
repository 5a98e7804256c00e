package org.confide.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.out.Wordings;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.Wording;

/**
 * Languages whose words are their keys, for tests of what the application writes in words without
 * the message bundles of an adapter: the first language writes {@code email.footer} as {@code
 * email.footer}, another as {@code cy:email.footer}, and a date as {@code 2026-03-05}.
 */
public final class KeysAsWords implements Wordings {

  private final List<Language> offered;

  /**
   * {@code offered}, the first first.
   *
   * @param offered the languages, at least one
   */
  public KeysAsWords(List<Language> offered) {
    if (offered.isEmpty()) {
      throw new IllegalArgumentException("offered must hold a language");
    }
    this.offered = List.copyOf(offered);
  }

  /** {@return English, then Welsh} */
  public static KeysAsWords englishAndWelsh() {
    return new KeysAsWords(List.of(Language.ENGLISH, Language.WELSH));
  }

  @Override
  public List<Language> offered() {
    return offered;
  }

  @Override
  public Wording wording(Language language) {
    var chosen = offered.contains(language) ? language : offered.getFirst();
    var prefix = chosen.equals(offered.getFirst()) ? "" : chosen.tag() + ":";
    return new Wording() {
      @Override
      public Language language() {
        return chosen;
      }

      @Override
      public String text(String key) {
        return prefix + Objects.requireNonNull(key, "key must not be null");
      }

      @Override
      public String day(LocalDate date) {
        return date.toString();
      }
    };
  }
}
