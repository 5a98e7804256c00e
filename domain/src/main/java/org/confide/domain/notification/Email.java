package org.confide.domain.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
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
    var html = head(kind.subject()).append("<p>").append(kind.sentence()).append("</p>\n");
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
    link(text, html, linked, linkText);
    return new Email(
        notification.id() + "@" + host(staffPage),
        notification.recipient(),
        kind.subject(),
        text.toString(),
        html.toString());
  }

  /** The subject of a daily digest. */
  public static final String DIGEST_SUBJECT = "Your daily digest from Confide";

  /** The first line of a daily digest. */
  public static final String DIGEST_OPENING =
      "These emails were held for your daily digest, as you chose:";

  /**
   * The daily digest that lists {@code held}, each by its subject line, case reference and due
   * date, oldest first, with one link to the staff pages. Its Message-ID is made from the ids of
   * the notifications it lists, so the same notifications always make the same Message-ID: a digest
   * sent again after a crash is recognisably the same email.
   *
   * @param held the notifications held for one recipient's digest; at least one, all to the same
   *     address
   * @param staffPage the address of Confide's staff pages
   * @return the email
   * @throws IllegalArgumentException if {@code held} is empty or has more than one recipient
   */
  public static Email digest(List<Notification> held, URI staffPage) {
    Objects.requireNonNull(held, "held must not be null");
    Objects.requireNonNull(staffPage, "staff page must not be null");
    if (held.isEmpty()) {
      throw new IllegalArgumentException("a digest lists at least one notification");
    }
    var to = held.getFirst().recipient();
    if (held.stream().anyMatch(n -> !n.recipient().equals(to))) {
      throw new IllegalArgumentException("a digest goes to one recipient");
    }
    var listed =
        held.stream()
            .sorted(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id))
            .toList();
    var text = new StringBuilder(DIGEST_OPENING).append("\n");
    var html = head(DIGEST_SUBJECT).append("<p>").append(DIGEST_OPENING).append("</p>\n<ul>\n");
    for (var notification : listed) {
      text.append('\n').append(notification.kind().subject()).append('\n');
      html.append("<li><p><strong>").append(notification.kind().subject()).append("</strong>");
      notification
          .reference()
          .ifPresent(reference -> {
            text.append("Case reference: ").append(reference.display()).append('\n');
            html.append("<br>Case reference: ").append(reference.display());
          });
      notification
          .dueDate()
          .ifPresent(date -> {
            text.append("Due: ").append(DATE.format(date)).append('\n');
            html.append("<br>Due: ").append(DATE.format(date));
          });
      html.append("</p></li>\n");
    }
    html.append("</ul>\n");
    link(text, html, staffPage, "Sign in to Confide to see them");
    var ids = listed.stream().map(n -> n.id().toString()).sorted().collect(Collectors.joining(","));
    var id = UUID.nameUUIDFromBytes(("digest:" + ids).getBytes(StandardCharsets.UTF_8));
    return new Email(
        "digest-" + id + "@" + host(staffPage),
        to,
        DIGEST_SUBJECT,
        text.toString(),
        html.toString());
  }

  private static StringBuilder head(String title) {
    return new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(title)
        .append("</title>\n</head>\n<body>\n");
  }

  private static void link(StringBuilder text, StringBuilder html, URI linked, String words) {
    var link = linked.toString();
    text.append('\n')
        .append(words)
        .append(": ")
        .append(link)
        .append("\n\n")
        .append(FOOTER)
        .append('\n');
    html.append("<p><a href=\"")
        .append(escape(link))
        .append("\">")
        .append(words)
        .append("</a></p>\n<p>")
        .append(FOOTER)
        .append("</p>\n</body>\n</html>\n");
  }

  private static String host(URI staffPage) {
    return staffPage.getHost() == null ? "confide.invalid" : staffPage.getHost();
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
