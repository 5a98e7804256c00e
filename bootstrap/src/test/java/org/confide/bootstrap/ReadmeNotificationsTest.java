package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.junit.jupiter.api.Test;

/** The README's "Notifications" section lists every email with its exact words. */
class ReadmeNotificationsTest {

  private static final Texts ENGLISH = Languages.shipped().first();

  @Test
  void the_readme_gives_every_emails_subject_sentence_and_closing_line() throws IOException {
    var readme = Files.readString(ReadmeExamplesTest.repository().resolve("README.md"));
    var section =
        readme.substring(
            readme.indexOf("### Notifications"), readme.indexOf("### Backup and restore"));

    for (var kind : NotificationKind.values()) {
      assertThat(section)
          .contains("| " + ENGLISH.text(kind.subjectKey()) + " |")
          .contains("- " + ENGLISH.text(kind.sentenceKey()));
    }
    assertThat(section).contains(ENGLISH.text(Email.FOOTER));
  }

  @Test
  void the_readme_gives_the_digests_exact_text() throws IOException {
    var readme = Files.readString(ReadmeExamplesTest.repository().resolve("README.md"));
    var section =
        readme.substring(
            readme.indexOf("### Notifications"), readme.indexOf("### Backup and restore"));
    var held =
        List.of(
            Notification.of(
                new UUID(0, 1),
                NotificationKind.NEW_REPORT,
                new EmailAddress("adviser@example.ac.uk"),
                Optional.of(new ReportReference("ABCDE12345")),
                Optional.empty(),
                Instant.parse("2026-03-04T09:00:00Z")),
            Notification.of(
                new UUID(0, 2),
                NotificationKind.CASE_OVERDUE,
                new EmailAddress("adviser@example.ac.uk"),
                Optional.of(new ReportReference("FGHJK67890")),
                Optional.of(LocalDate.of(2026, 3, 5)),
                Instant.parse("2026-03-04T10:00:00Z")));

    var digest = Email.digest(held, URI.create("https://confide.example.ac.uk/staff"), ENGLISH);

    assertThat(section)
        .contains("\"" + ENGLISH.text(Email.DIGEST_SUBJECT) + "\"")
        .contains("```text\n" + digest.text() + "```");
  }
}
