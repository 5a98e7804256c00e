package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.NotificationKind;
import org.junit.jupiter.api.Test;

/** The README's "Notifications" section lists every email with its exact words. */
class ReadmeNotificationsTest {

  @Test
  void the_readme_gives_every_emails_subject_sentence_and_closing_line() throws IOException {
    var readme = Files.readString(ReadmeExamplesTest.repository().resolve("README.md"));
    var section =
        readme.substring(
            readme.indexOf("### Notifications"), readme.indexOf("### Backup and restore"));

    for (var kind : NotificationKind.values()) {
      assertThat(section).contains("| " + kind.subject() + " |").contains("- " + kind.sentence());
    }
    assertThat(section).contains(Email.FOOTER);
  }
}
