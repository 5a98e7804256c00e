package org.confide.bootstrap;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;

/** What the notification tests read of an email a real SMTP server (GreenMail) received. */
final class Mails {

  private Mails() {}

  /** The whole message as sent (headers and encoded body) and its parts decoded. */
  static String everyByte(MimeMessage message) {
    try {
      var text = new StringBuilder(GreenMailUtil.getWholeMessage(message));
      var parts = (MimeMultipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        text.append('\n').append(parts.getBodyPart(i).getContent());
      }
      return text.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String recipient(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .map(Address::toString)
          .reduce((a, b) -> a + "," + b)
          .orElse("");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
