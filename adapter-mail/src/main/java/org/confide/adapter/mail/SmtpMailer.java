package org.confide.adapter.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import org.confide.application.port.out.Mailer;
import org.confide.domain.notification.Email;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Mailer} over SMTP: each email as plain text with an HTML alternative, under its own stable
 * Message-ID. A connection that fails or a server that refuses answers {@code FAILED}, so the
 * outbox tries again later; only the Message-ID and the exception's class are logged.
 */
public final class SmtpMailer implements Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

  /** How long a connection, a read or a write may take before the attempt fails. */
  static final String TIMEOUT_MILLIS = "10000";

  private final MailSettings settings;
  private final Session session;
  private final InternetAddress from;

  /**
   * A mailer for the server {@code settings} name.
   *
   * @param settings the mail server
   */
  public SmtpMailer(MailSettings settings) {
    this(settings, new Properties());
  }

  /** With {@code extra} session properties over the ones the settings make (for tests' TLS). */
  SmtpMailer(MailSettings settings, Properties extra) {
    this.settings = Objects.requireNonNull(settings, "settings");
    var protocol = protocol(settings);
    var properties = new Properties();
    var prefix = "mail." + protocol + ".";
    properties.setProperty("mail.transport.protocol", protocol);
    properties.setProperty(prefix + "host", settings.host());
    properties.setProperty(prefix + "port", Integer.toString(settings.port()));
    properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
    properties.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
    properties.setProperty(prefix + "auth", Boolean.toString(settings.username().isPresent()));
    switch (settings.security()) {
      case STARTTLS -> {
        properties.setProperty(prefix + "starttls.enable", "true");
        properties.setProperty(prefix + "starttls.required", "true");
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
      }
      case SMTPS -> properties.setProperty(prefix + "ssl.checkserveridentity", "true");
      case NONE -> {}
    }
    properties.putAll(extra);
    this.session = Session.getInstance(properties);
    try {
      this.from = new InternetAddress(settings.from(), true);
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalStateException("the sender address is not an address", e);
    }
  }

  private static String protocol(MailSettings settings) {
    return switch (settings.security()) {
      case SMTPS -> "smtps";
      case STARTTLS, NONE -> "smtp";
    };
  }

  @Override
  public Delivery send(Email email) {
    Objects.requireNonNull(email, "email must not be null");
    try {
      var message = message(email);
      try (var transport = session.getTransport()) {
        transport.connect(
            settings.host(),
            settings.port(),
            settings.username().orElse(null),
            settings.password().orElse(null));
        transport.sendMessage(message, message.getAllRecipients());
      }
      LOG.info("Sent notification email {}", email.messageId());
      return Delivery.SENT;
    } catch (MessagingException e) {
      // The exception's message may quote an address or the server's reply: its class only.
      LOG.warn(
          "Could not send notification email {}: {}",
          email.messageId(),
          e.getClass().getSimpleName());
      return Delivery.FAILED;
    }
  }

  private MimeMessage message(Email email) throws MessagingException {
    var messageId = "<" + email.messageId() + ">";
    var message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to().value(), true));
    message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    var text = new MimeBodyPart();
    text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
    var html = new MimeBodyPart();
    html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
    var alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    message.setContent(alternatives);
    // No tracking: nothing here asks the reader's mail program to tell anyone it was opened.
    message.saveChanges();
    return message;
  }
}
