package org.confide.domain.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confide.domain.shared.Wording;
import org.confide.domain.staff.EmailAddress;

/**
 * The email a notification becomes: a generic subject, a plain-text body and a simple HTML
 * alternative, each naming only the kind of event, the case reference, the due date and a link to
 * the staff pages. No image, no tracking, nothing from the report. Its words are the recipient's
 * language's, from a {@link Wording}: the keys {@link #SIGN_IN}, {@link #FOOTER} and the others
 * here, and each kind's {@linkplain NotificationKind#subjectKey() subject} and {@linkplain
 * NotificationKind#sentenceKey() sentence}.
 *
 * @param messageId the Message-ID, without angle brackets: the same for every attempt at one
 *     notification
 * @param to the staff member's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML alternative
 */
public record Email(String messageId, EmailAddress to, String subject, String text, String html) {

  /** The key of the words before the link in most emails. */
  public static final String SIGN_IN = "email.signIn";

  /** The key of the words before the one-time link in the email of a password reset. */
  public static final String CHOOSE_PASSWORD = "email.choosePassword";

  /** The key of the words before a case's reference. */
  public static final String CASE_REFERENCE = "email.caseReference";

  /** The key of the words before a due date. */
  public static final String DUE = "email.due";

  /** The key of the subject of a daily digest. */
  public static final String DIGEST_SUBJECT = "email.digest.subject";

  /** The key of the first line of a daily digest. */
  public static final String DIGEST_OPENING = "email.digest.opening";

  /** The key of the words before the link of a daily digest. */
  public static final String DIGEST_SIGN_IN = "email.digest.signIn";

  /** The key of the line every email ends with: why it says so little. */
  public static final String FOOTER = "email.footer";

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
   * The email for {@code notification}, linking to {@code staffPage}, in {@code words}' language.
   *
   * @param notification what to tell, and whom
   * @param staffPage the address of Confide's staff pages, such as {@code
   *     https://confide.example.ac.uk/staff}
   * @param words the words of the recipient's language
   * @return the email
   */
  public static Email of(Notification notification, URI staffPage, Wording words) {
    return of(notification, staffPage, SIGN_IN, staffPage, words);
  }

  /**
   * The email for a {@link NotificationKind#PASSWORD_RESET} notification: the same as {@link
   * #of(Notification, URI, Wording)}, but its link is the one-time set-password link. That link
   * holds the token, so the email is the one place it travels; it is never logged.
   *
   * @param notification what to tell, and whom
   * @param setPasswordLink the one-time link, such as {@code
   *     https://confide.example.ac.uk/staff/set-password?token=...}
   * @param staffPage the address of Confide's staff pages, whose host names the Message-ID
   * @param words the words of the recipient's language
   * @return the email
   */
  public static Email withSetPasswordLink(
      Notification notification, URI setPasswordLink, URI staffPage, Wording words) {
    return of(notification, setPasswordLink, CHOOSE_PASSWORD, staffPage, words);
  }

  private static Email of(
      Notification notification, URI linked, String linkKey, URI staffPage, Wording words) {
    Objects.requireNonNull(notification, "notification must not be null");
    Objects.requireNonNull(linked, "link must not be null");
    Objects.requireNonNull(staffPage, "staff page must not be null");
    Objects.requireNonNull(words, "words must not be null");
    var kind = notification.kind();
    var subject = words.text(kind.subjectKey());
    var sentence = words.text(kind.sentenceKey());
    var text = new StringBuilder(sentence).append("\n\n");
    var html = head(subject, words).append("<p>").append(escape(sentence)).append("</p>\n");
    notification
        .reference()
        .ifPresent(reference -> {
          var label = words.text(CASE_REFERENCE);
          text.append(label).append(": ").append(reference.display()).append('\n');
          html.append("<p>")
              .append(escape(label))
              .append(": <strong>")
              .append(reference.display())
              .append("</strong></p>\n");
        });
    notification
        .dueDate()
        .ifPresent(date -> {
          var due = words.text(DUE) + ": " + words.day(date);
          text.append(due).append('\n');
          html.append("<p>").append(escape(due)).append("</p>\n");
        });
    link(text, html, linked, words.text(linkKey), words);
    return new Email(
        notification.id() + "@" + host(staffPage),
        notification.recipient(),
        subject,
        text.toString(),
        html.toString());
  }

  /**
   * The daily digest that lists {@code held}, each by its subject line, case reference and due
   * date, oldest first, with one link to the staff pages, in {@code words}' language. Its
   * Message-ID is made from the ids of the notifications it lists, so the same notifications always
   * make the same Message-ID: a digest sent again after a crash is recognisably the same email.
   *
   * @param held the notifications held for one recipient's digest; at least one, all to the same
   *     address
   * @param staffPage the address of Confide's staff pages
   * @param words the words of the recipient's language
   * @return the email
   * @throws IllegalArgumentException if {@code held} is empty or has more than one recipient
   */
  public static Email digest(List<Notification> held, URI staffPage, Wording words) {
    Objects.requireNonNull(held, "held must not be null");
    Objects.requireNonNull(staffPage, "staff page must not be null");
    Objects.requireNonNull(words, "words must not be null");
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
    var subject = words.text(DIGEST_SUBJECT);
    var opening = words.text(DIGEST_OPENING);
    var text = new StringBuilder(opening).append("\n");
    var html = head(subject, words).append("<p>").append(escape(opening)).append("</p>\n<ul>\n");
    for (var notification : listed) {
      var kindSubject = words.text(notification.kind().subjectKey());
      text.append('\n').append(kindSubject).append('\n');
      html.append("<li><p><strong>").append(escape(kindSubject)).append("</strong>");
      notification
          .reference()
          .ifPresent(reference -> {
            var line = words.text(CASE_REFERENCE) + ": " + reference.display();
            text.append(line).append('\n');
            html.append("<br>").append(escape(line));
          });
      notification
          .dueDate()
          .ifPresent(date -> {
            var line = words.text(DUE) + ": " + words.day(date);
            text.append(line).append('\n');
            html.append("<br>").append(escape(line));
          });
      html.append("</p></li>\n");
    }
    html.append("</ul>\n");
    link(text, html, staffPage, words.text(DIGEST_SIGN_IN), words);
    var ids = listed.stream().map(n -> n.id().toString()).sorted().collect(Collectors.joining(","));
    var id = UUID.nameUUIDFromBytes(("digest:" + ids).getBytes(StandardCharsets.UTF_8));
    return new Email(
        "digest-" + id + "@" + host(staffPage), to, subject, text.toString(), html.toString());
  }

  private static StringBuilder head(String title, Wording words) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
        .append(words.language().tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n</head>\n<body>\n");
  }

  private static void link(
      StringBuilder text, StringBuilder html, URI linked, String linkWords, Wording words) {
    var link = linked.toString();
    var footer = words.text(FOOTER);
    text.append('\n')
        .append(linkWords)
        .append(": ")
        .append(link)
        .append("\n\n")
        .append(footer)
        .append('\n');
    html.append("<p><a href=\"")
        .append(escape(link))
        .append("\">")
        .append(escape(linkWords))
        .append("</a></p>\n<p>")
        .append(escape(footer))
        .append("</p>\n</body>\n</html>\n");
  }

  private static String host(URI staffPage) {
    return staffPage.getHost() == null ? "confide.invalid" : staffPage.getHost();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  @Override
  public String toString() {
    return "Email[" + messageId + ", " + subject + "]";
  }
}
