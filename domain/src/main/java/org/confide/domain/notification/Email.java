package org.confide.domain.notification;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.confide.domain.staff.EmailAddress;

/**
 * The email a notification becomes: a generic subject, a plain-text body and a simple HTML
 * alternative, each naming only the kind of event, the case reference, the due date and a link to
 * the staff pages. No image, no tracking, nothing from the report.
 *
 * @param messageId the Message-ID, without angle brackets: the same for every attempt at one
 *     notification
 * @param to the staff member's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML alternative
 */
public record Email(String messageId, EmailAddress to, String subject, String text, String html) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
  public Email {
    Objects.requireNonNull(messageId, "message id must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(html, "html must not be null");
  }

  /**
   * The email for {@code notification}, linking to {@code staffPage}.
   *
   * @param notification what to tell, and whom
   * @param staffPage the address of Confide's staff pages, such as {@code
   *     https://confide.example.ac.uk/staff}
   * @return the email
   */
  public static Email of(Notification notification, URI staffPage) {
    return of(notification, staffPage, SIGN_IN, staffPage);
  }

  /**
   * The email for a {@link NotificationKind#PASSWORD_RESET} notification: the same as {@link
   * #of(Notification, URI)}, but its link is the one-time set-password link. That link holds the
   * token, so the email is the one place it travels; it is never logged.
   *
   * @param notification what to tell, and whom
   * @param setPasswordLink the one-time link, such as {@code
   *     https://confide.example.ac.uk/staff/set-password?token=...}
   * @param staffPage the address of Confide's staff pages, whose host names the Message-ID
   * @return the email
   */
  public static Email withSetPasswordLink(
      Notification notification, URI setPasswordLink, URI staffPage) {
    return of(notification, setPasswordLink, CHOOSE_PASSWORD, staffPage);
  }

  /** The words before the link in most emails. */
  public static final String SIGN_IN = "Sign in to Confide to see it";

  /** The words before the one-time link in the email of a password reset. */
  public static final String CHOOSE_PASSWORD = "Choose your new password";

  private static Email of(Notification notification, URI linked, String linkText, URI staffPage) {
    Objects.requireNonNull(notification, "notification must not be null");
    Objects.requireNonNull(linked, "link must not be null");
    Objects.requireNonNull(staffPage, "staff page must not be null");
    var kind = notification.kind();
    var text = new StringBuilder(kind.sentence()).append("\n\n");
    var html =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>")
            .append(kind.subject())
            .append("</title>\n</head>\n<body>\n<p>")
            .append(kind.sentence())
            .append("</p>\n");
    notification
        .reference()
        .ifPresent(reference -> {
          text.append("Case reference: ").append(reference.display()).append('\n');
          html.append("<p>Case reference: <strong>")
              .append(reference.display())
              .append("</strong></p>\n");
        });
    notification
        .dueDate()
        .ifPresent(date -> {
          text.append("Due: ").append(DATE.format(date)).append('\n');
          html.append("<p>Due: ").append(DATE.format(date)).append("</p>\n");
        });
    var link = linked.toString();
    text.append('\n')
        .append(linkText)
        .append(": ")
        .append(link)
        .append("\n\n")
        .append(FOOTER)
        .append('\n');
    html.append("<p><a href=\"")
        .append(escape(link))
        .append("\">")
        .append(linkText)
        .append("</a></p>\n<p>")
        .append(FOOTER)
        .append("</p>\n</body>\n</html>\n");
    var host = staffPage.getHost() == null ? "confide.invalid" : staffPage.getHost();
    return new Email(
        notification.id() + "@" + host,
        notification.recipient(),
        kind.subject(),
        text.toString(),
        html.toString());
  }

  /** The line every email ends with: why it says so little. */
  public static final String FOOTER =
      "This email says nothing about the case on purpose: what there is to see is in Confide.";

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  @Override
  public String toString() {
    return "Email[" + messageId + ", " + subject + "]";
  }
}
