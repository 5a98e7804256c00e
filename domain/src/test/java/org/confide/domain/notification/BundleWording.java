package org.confide.domain.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.Wording;

/**
 * The words of a language as Confide ships them, read from the web adapter's bundle in this
 * repository, so that the emails' tests hold their exact text without the domain holding any.
 */
final class BundleWording implements Wording {

  private final Language language;
  private final Properties messages = new Properties();
  private final DateTimeFormatter day;

  BundleWording(Language language) {
    this.language = language;
    var file =
        Path.of("..", "adapter-web", "src", "main", "resources", "i18n")
            .resolve("messages_" + language.tag() + ".properties");
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      messages.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.day = DateTimeFormatter.ofPattern(text("format.day"), language.locale());
  }

  static BundleWording english() {
    return new BundleWording(Language.ENGLISH);
  }

  @Override
  public Language language() {
    return language;
  }

  @Override
  public String text(String key) {
    var message = messages.getProperty(key);
    if (message == null) {
      throw new IllegalArgumentException("No message " + key + " in " + language);
    }
    return message;
  }

  @Override
  public String day(LocalDate date) {
    return day.format(date);
  }
}
