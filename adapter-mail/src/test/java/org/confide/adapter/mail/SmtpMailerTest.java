package org.confide.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.confide.application.port.out.Mailer.Delivery;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.shared.Wording;
import org.confide.domain.staff.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SmtpMailer} against a real SMTP server (GreenMail) run by the test. */
class SmtpMailerTest {

  private static final ServerSetup[] SERVERS = {
    ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()
  };

  @RegisterExtension
  static final GreenMailExtension mail =
      new GreenMailExtension(SERVERS).withPerMethodLifecycle(true);

  private static Email anEmail() {
    return Email.of(
        Notification.of(
            UUID.fromString("00000000-0000-0000-0000-0000000000aa"),
            NotificationKind.NEW_REPORT,
            new EmailAddress("adviser@example.ac.uk"),
            Optional.of(new ReportReference("ABCDE12345")),
            Optional.of(LocalDate.of(2026, 3, 5)),
            Instant.EPOCH),
        URI.create("https://confide.example.ac.uk/staff"),
        WORDS);
  }

  // The subject as English has it; every other line its key, which is all a mail server sees.
  private static final Wording WORDS =
      new Wording() {
        @Override
        public Language language() {
          return Language.ENGLISH;
        }

        @Override
        public String text(String key) {
          return key.equals(NotificationKind.NEW_REPORT.subjectKey())
              ? "A new report is waiting"
              : key;
        }

        @Override
        public String day(LocalDate date) {
          return date.toString();
        }
      };

  private static MailSettings plain(Optional<String> user, Optional<String> password) {
    return new MailSettings(
        "127.0.0.1",
        mail.getSmtp().getPort(),
        user,
        password,
        MailSettings.Security.NONE,
        "Confide <confide@example.ac.uk>");
  }

  @Test
  void an_email_arrives_as_text_with_an_html_alternative_under_its_message_id() throws Exception {
    var email = anEmail();

    assertThat(new SmtpMailer(plain(Optional.empty(), Optional.empty())).send(email))
        .isEqualTo(Delivery.SENT);

    MimeMessage received = mail.getReceivedMessages()[0];
    assertThat(received.getMessageID()).isEqualTo("<" + email.messageId() + ">");
    assertThat(received.getSubject()).isEqualTo("A new report is waiting");
    assertThat(received.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("adviser@example.ac.uk");
    assertThat(received.getFrom()[0].toString()).isEqualTo("Confide <confide@example.ac.uk>");
    var parts = (MimeMultipart) received.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat((String) parts.getBodyPart(0).getContent())
        .isEqualToNormalizingNewlines(email.text());
    assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
    assertThat((String) parts.getBodyPart(1).getContent())
        .isEqualToNormalizingNewlines(email.html());
  }

  @Test
  void the_server_account_is_used_when_one_is_set() {
    mail.setUser("confide@example.ac.uk", "relay-user", "relay-password");

    var sent =
        new SmtpMailer(plain(Optional.of("relay-user"), Optional.of("relay-password")))
            .send(anEmail());

    assertThat(sent).isEqualTo(Delivery.SENT);
    assertThat(mail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void smtps_sends_over_tls_from_the_first_byte() {
    var settings =
        new MailSettings(
            "127.0.0.1",
            mail.getSmtps().getPort(),
            Optional.empty(),
            Optional.empty(),
            MailSettings.Security.SMTPS,
            "confide@example.ac.uk");
    // GreenMail's certificate is its own: trusted here, and checked for its name nowhere else.
    var trustTheTestServer = new Properties();
    trustTheTestServer.setProperty("mail.smtps.ssl.trust", "127.0.0.1");
    trustTheTestServer.setProperty("mail.smtps.ssl.checkserveridentity", "false");

    assertThat(new SmtpMailer(settings, trustTheTestServer).send(anEmail()))
        .isEqualTo(Delivery.SENT);
    assertThat(mail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_server_that_is_down_is_a_failed_delivery_not_an_exception() {
    int port = mail.getSmtp().getPort();
    mail.stop();

    var settings =
        new MailSettings(
            "127.0.0.1",
            port,
            Optional.empty(),
            Optional.empty(),
            MailSettings.Security.NONE,
            "confide@example.ac.uk");

    assertThat(new SmtpMailer(settings).send(anEmail())).isEqualTo(Delivery.FAILED);
  }

  @Test
  void starttls_is_required_so_a_server_without_it_is_a_failed_delivery() {
    var settings =
        new MailSettings(
            "127.0.0.1",
            mail.getSmtp().getPort(),
            Optional.empty(),
            Optional.empty(),
            MailSettings.Security.STARTTLS,
            "confide@example.ac.uk");

    var sent = new SmtpMailer(settings).send(anEmail());

    assertThat(sent).isEqualTo(Delivery.FAILED);
    assertThat(mail.getReceivedMessages()).isEmpty();
  }
}
