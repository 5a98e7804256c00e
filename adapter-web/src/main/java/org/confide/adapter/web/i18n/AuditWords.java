package org.confide.adapter.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.Role;

/**
 * The one way the web adapter says an audit event's note, for the page, the CSV and the API alike:
 * by its {@link AuditDetailCode}, from the bundles ({@code audit.detail.<code>}), in a language.
 * Its arguments are said too: numbers by the language's own patterns, tokens (ids, dates, versions,
 * slugs) as they are, a language by its tag, and Confide's own codes in the language's words (a
 * case's status as the case lists say it, an escalation's state, a role as the staff pages say it,
 * a channel as the entry form says it, a safeguarding reason by {@code audit.risk.<name>}), a list
 * of them joined by commas. A note that is not coded (recorded before notes were coded) is said as
 * recorded, in English.
 */
public final class AuditWords {

  private AuditWords() {}

  /**
   * The note of {@code event} in the words of {@code texts}, if it is coded.
   *
   * @param event an audit event
   * @param texts the words of a language
   * @return the note in those words; empty if the note is not coded, and so only in English
   */
  public static Optional<String> coded(AuditEvent event, Texts texts) {
    return event.coded().map(detail -> of(detail, texts));
  }

  /**
   * The note of {@code event} in the words of {@code texts}, or as recorded if it is not coded.
   *
   * @param event an audit event
   * @param texts the words of a language
   * @return the note
   */
  public static String of(AuditEvent event, Texts texts) {
    return coded(event, texts).orElse(event.detail());
  }

  /**
   * The coded note {@code detail} in the words of {@code texts}.
   *
   * @param detail a coded note
   * @param texts the words of a language
   * @return the sentence
   */
  public static String of(AuditDetail detail, Texts texts) {
    var key = key(detail.code());
    if (detail.arguments().isEmpty()) {
      return texts.text(key);
    }
    var said = detail.arguments().stream().map(argument -> said(argument, texts)).toArray();
    return texts.text(key, said);
  }

  private static Object said(Object argument, Texts texts) {
    return switch (argument) {
      case Long number -> number;
      case String token -> token;
      case Language language -> language.tag();
      case ReportStatus status -> texts.text("staff.status." + lower(status));
      case EscalationStatus status -> texts.text("staff.escalation." + lower(status));
      case Role role -> texts.text("admin.role." + role.name());
      case Channel channel -> texts.text("entry.channel." + lower(channel));
      case RiskReason reason -> texts.text("audit.risk." + lower(reason));
      case List<?> list ->
          list.stream().map(each -> said(each, texts).toString()).collect(Collectors.joining(", "));
      default -> argument.toString();
    };
  }

  private static String lower(Enum<?> named) {
    return named.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The message that says {@code code}.
   *
   * @param code a kind of note
   * @return {@code audit.detail.<code>}
   */
  public static String key(AuditDetailCode code) {
    return "audit.detail." + code.code();
  }
}
